package tw.gov.taichung.kg.web;

import java.util.Map;

/** The kinds of entity that search and the lists show, by the {@code id/{kind}/} of their IRIs, in two languages. */
final class KindNames {
    private static final Map<String, String[]> NAMES = Map.of(
            "person", new String[] {"人物", "People", "Person"},
            "org", new String[] {"組織", "Organisations", "Organisation"},
            "place", new String[] {"地點", "Places", "Place"},
            "trip", new String[] {"出訪", "Trips", "Trip"},
            "event", new String[] {"活動", "Events", "Event"},
            "pledge", new String[] {"承諾", "Pledges", "Pledge"},
            "agreement", new String[] {"協議", "Agreements", "Agreement"},
            "report", new String[] {"報告", "Reports", "Report"});

    private KindNames() {
    }

    static String zh(String kind) {
        String[] n = NAMES.get(kind);
        return n == null ? kind : n[0];
    }

    /** The English plural, e.g. "People". */
    static String en(String kind) {
        String[] n = NAMES.get(kind);
        return n == null ? kind : n[1];
    }

    /** The English singular, e.g. "Person". */
    static String one(String kind) {
        String[] n = NAMES.get(kind);
        return n == null ? kind : n[2];
    }

    /** "人物 People" as HTML. */
    static String bi(String kind) {
        return Html.esc(zh(kind)) + " <small lang=\"en\">" + Html.esc(en(kind)) + "</small>";
    }
}
