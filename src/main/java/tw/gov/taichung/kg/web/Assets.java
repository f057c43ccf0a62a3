package tw.gov.taichung.kg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import tw.gov.taichung.kg.model.Vocab;

/**
 * The files under {@code /assets/}, all from the classpath: the style sheet and scripts of the pages
 * ({@code web/} in the resources), YASGUI from its WebJar, the world outline with its licence, and the
 * prefixes for the editor's autocompletion. Only the names listed here are served.
 */
final class Assets {
    static final String YASGUI_WEBJAR = "META-INF/resources/webjars/zazuko__yasgui/";
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("site.css", "web/site.css");
        FILES.put("editor.js", "web/editor.js");
        FILES.put("search.js", "web/search.js");
        FILES.put("favicon.svg", "web/favicon.svg");
        FILES.put("world/LICENSE.txt", "web/world/LICENSE.txt");
        FILES.put("world/countries-110m.json", "web/world/countries-110m.json");
        String yasgui = YASGUI_WEBJAR + yasguiVersion() + "/build/";
        FILES.put("yasgui/yasgui.min.js", yasgui + "yasgui.min.js");
        FILES.put("yasgui/yasgui.min.css", yasgui + "yasgui.min.css");
        FILES.put("yasgui/LICENSE.txt", yasgui + "yasgui.min.js.LICENSE.txt");
    }

    private Assets() {
    }

    /** The version of the YASGUI WebJar on the classpath, from its Maven metadata. */
    static String yasguiVersion() {
        try (InputStream in = Assets.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/zazuko__yasgui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the YASGUI WebJar (org.webjars.npm:zazuko__yasgui) is not on the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An asset's bytes by its name under {@code /assets/}, or null when there is none. */
    static byte[] read(String name) {
        if (name.equals("prefixes.json")) {
            return prefixes().getBytes(StandardCharsets.UTF_8);
        }
        String resource = FILES.get(name);
        if (resource == null) {
            return null;
        }
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The media type for an asset's name. */
    static String contentType(String name) {
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (name.endsWith(".json")) {
            return "application/json; charset=utf-8";
        }
        return "text/plain; charset=utf-8";
    }

    /** The project's prefixes as the editor's prefix autocompleter expects them: {"tdo": "https://…#"}. */
    static String prefixes() {
        StringBuilder sb = new StringBuilder("{");
        new TreeMap<>(Vocab.prefixes().getNsPrefixMap()).forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "")
                .append(Html.jsonString(k)).append(':').append(Html.jsonString(v)));
        return sb.append('}').toString();
    }
}
