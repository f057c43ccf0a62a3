package tw.gov.taichung.kg.web;

/**
 * Escaping and the frame every page shares (UTF-8, {@code lang="zh-Hant"}, the bundled style sheet, the
 * navigation). All data goes through {@link #esc} before it reaches a page.
 */
public final class Html {
    private Html() {
    }

    /** Escapes text for HTML element content and for double- or single-quoted attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Text for a JSON string inside a {@code <script>} element: JSON-escaped, and with {@code <}, {@code >}
     * and {@code &} as Unicode escapes so that no {@code </script>} can end the element early.
     */
    public static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> sb.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A whole page: {@code up} leads from the page to the site root (e.g. {@code ../../}). */
    static String page(String title, String up, String body) {
        return page(title, up, "", body);
    }

    /** A whole page with extra elements for the head (style sheets, scripts of this page). */
    static String page(String title, String up, String head, String body) {
        String u = esc(up);
        return "<!DOCTYPE html>\n<html lang=\"zh-Hant\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title)
                + " | 臺中市政府出國交流知識圖譜</title>\n<link rel=\"stylesheet\" href=\"" + u + "assets/site.css\">\n"
                + "<link rel=\"icon\" type=\"image/svg+xml\" href=\"" + u + "assets/favicon.svg\">\n"
                + "<script src=\"" + u + "assets/search.js\" defer></script>\n" + head + "</head>\n<body>\n<header class=\"site\"><a class=\"brand\" href=\"" + (up.isEmpty() ? "./" : u)
                + "\">臺中市政府出國交流知識圖譜 <small lang=\"en\">Taichung Diplomacy Knowledge Graph</small></a>\n"
                + "<nav><a href=\"" + (up.isEmpty() ? "./" : u) + "\">首頁 <small lang=\"en\">Home</small></a>"
                + "<a href=\"" + u + "questions/\">問題 <small lang=\"en\">Questions</small></a>"
                + "<a href=\"" + u + "editor\">SPARQL 查詢 <small lang=\"en\">Editor</small></a>"
                + "<a href=\"" + u + "timeline\">時間軸 <small lang=\"en\">Timeline</small></a>"
                + "<a href=\"" + u + "map\">地圖 <small lang=\"en\">Map</small></a></nav>\n" + searchBox(u)
                + "</header>\n<main>\n" + body
                + "</main>\n<footer><p>資料來源：臺中市政府公開之出國報告 · <span lang=\"en\">Source: the Taichung City "
                + "Government&#39;s public trip reports</span> · <a href=\"" + u + ".well-known/void\">VoID</a> · <a href=\""
                + u + "dumps/\">Dumps</a> · <a href=\"" + u + "kg/sparql\">SPARQL endpoint</a> · CC BY 4.0</p></footer>\n"
                + "</body>\n</html>\n";
    }

    /** The search box of the header; {@code assets/search.js} adds suggestions while typing. */
    private static String searchBox(String u) {
        return "<form class=\"site-search\" role=\"search\" action=\"" + u + "search\"><input type=\"search\" "
                + "name=\"q\" id=\"site-search\" maxlength=\"500\" autocomplete=\"off\" placeholder=\"搜尋 Search\" "
                + "aria-label=\"搜尋 Search\"><ul class=\"suggestions\" id=\"site-search-suggestions\" role=\"listbox\" "
                + "hidden></ul></form>\n";
    }

    /** A bilingual text: the Chinese, then the English in a {@code lang="en"} element. */
    static String bi(String zh, String en) {
        if (en == null || en.isEmpty() || en.equals(zh)) {
            return esc(zh);
        }
        return esc(zh) + " <span class=\"en\" lang=\"en\">" + esc(en) + "</span>";
    }
}
