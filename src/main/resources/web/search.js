// Suggestions for the search box in every page's header: what was typed is sent to search/suggest (at most
// one request at a time, after a short pause), and the entities that come back are listed under the box; a
// click, or the arrow keys and Enter, go to the entity's page. Without this script the box still searches.
(function () {
  "use strict";
  function start() {
    var form = document.querySelector("form.site-search");
    if (!form) { return; }
    var input = form.querySelector("input[name=q]");
    var list = form.querySelector("ul.suggestions");
    var root = new URL("./", form.action);
    var timer = null, asked = "", selected = -1;

    function clear() { list.textContent = ""; list.hidden = true; selected = -1; }

    function show(items) {
      clear();
      items.forEach(function (s, i) {
        var li = document.createElement("li");
        li.setAttribute("role", "option");
        li.id = "site-search-suggestion-" + i;
        var a = document.createElement("a");
        a.href = new URL(s.href, root).href;
        a.textContent = s.zh || s.en || s.iri;
        if (s.en && s.zh) {
          var en = document.createElement("small");
          en.lang = "en";
          en.textContent = " " + s.en;
          a.appendChild(en);
        }
        var kind = document.createElement("small");
        kind.textContent = " · " + s.kind;
        a.appendChild(kind);
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = items.length === 0;
    }

    function ask() {
      var q = input.value.trim();
      if (q === asked) { return; }
      asked = q;
      if (!q) { clear(); return; }
      fetch(new URL("search/suggest?q=" + encodeURIComponent(q), root), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (j) { if (input.value.trim() === q) { show(j.suggestions || []); } })
        .catch(function () { clear(); });
    }

    function mark(i) {
      var items = list.querySelectorAll("li");
      if (!items.length) { return; }
      selected = (i + items.length) % items.length;
      items.forEach(function (li, k) { li.setAttribute("aria-selected", k === selected ? "true" : "false"); });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 120);
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") { mark(selected + 1); e.preventDefault(); }
      else if (e.key === "ArrowUp") { mark(selected - 1); e.preventDefault(); }
      else if (e.key === "Escape") { clear(); }
      else if (e.key === "Enter" && selected >= 0) {
        var a = list.querySelectorAll("li a")[selected];
        if (a) { e.preventDefault(); window.location.href = a.href; }
      }
    });
    document.addEventListener("click", function (e) { if (!form.contains(e.target)) { clear(); } });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
