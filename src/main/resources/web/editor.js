// The SPARQL editor page: YASGUI against this server's endpoint, the named queries one click away.
// Nothing here contacts another origin: the prefix autocompleter reads this server's prefixes.json and
// the autocompleters that call outside services (LOV for classes and properties) are switched off.
(function () {
  "use strict";
  var root = document.getElementById("editor");
  var queries = JSON.parse(document.getElementById("named-queries").textContent);
  var endpoint = new URL(root.dataset.endpoint, document.baseURI).href;
  var prefixes = new URL(root.dataset.prefixes, document.baseURI).href;
  var byName = {};
  queries.forEach(function (q) { byName[q.name] = q; });

  var Yasgui = window.Yasgui;
  var completers = Yasgui.Yasqe.defaults.autocompleters;
  for (var i = completers.length - 1; i >= 0; i--) {
    if (completers[i] === "property" || completers[i] === "class") {
      completers.splice(i, 1);
    }
  }
  Yasgui.Yasqe.defaults.prefixCcApi = prefixes;
  var wanted = new URLSearchParams(window.location.search).get("query");
  var first = byName[wanted] || byName["trip-timeline"] || queries[0];

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    populateFromUrl: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    yasqe: { value: first.query, prefixCcApi: prefixes }
  });
  window.tdkgYasgui = yasgui;

  function load(q, run) {
    var tab = yasgui.getTab();
    tab.setQuery(q.query);
    if (tab.setName) { tab.setName(q.name); }
    document.querySelectorAll("button.load-query").forEach(function (b) {
      b.classList.toggle("active", b.dataset.query === q.name);
    });
    if (run) { tab.getYasqe().query(); }
  }

  document.querySelectorAll("button.load-query").forEach(function (b) {
    b.addEventListener("click", function () { load(byName[b.dataset.query], true); });
  });
  load(first, true);
})();
