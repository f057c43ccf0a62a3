package tw.gov.taichung.kg.scaffold;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import tw.gov.taichung.kg.model.PartialDate;

/** The curated facts of one report that the scaffold is measured against: trips and events, quotes located. */
record Curated(List<Trip> trips, List<Event> events) {
    /** A quote located in the report text (char indices). */
    record Span(int start, int end) {
        boolean inside(int a, int b) {
            return start >= a && end <= b;
        }

        boolean overlaps(int a, int b) {
            return start < b && end > a;
        }
    }

    record Trip(String id, PartialDate start, PartialDate end, List<String> members, List<Span> quotes) {
    }

    record Event(String id, String trip, PartialDate start, PartialDate end, String zh, List<Span> quotes) {
    }

    static Curated read(String yaml, String text) {
        Resolver plain = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
            }
        };
        LoaderOptions o = new LoaderOptions();
        Map<?, ?> root = (Map<?, ?>) new Yaml(new SafeConstructor(o), new Representer(new DumperOptions()),
                new DumperOptions(), o, plain).load(new StringReader(yaml));
        List<Trip> trips = new ArrayList<>();
        for (Map<?, ?> t : maps(root.get("trips"))) {
            trips.add(new Trip((String) t.get("id"), PartialDate.parse((String) t.get("start")),
                    PartialDate.parse((String) t.get("end")), strings(t.get("members")), spans(t, text)));
        }
        List<Event> events = new ArrayList<>();
        for (Map<?, ?> e : maps(root.get("events"))) {
            String date = (String) e.get("date");
            PartialDate start = PartialDate.parse(date != null ? date : (String) e.get("start"));
            PartialDate end = date != null ? start : e.get("end") == null ? start : PartialDate.parse((String) e.get("end"));
            events.add(new Event((String) e.get("id"), (String) e.get("trip"), start, end, (String) e.get("zh"),
                    spans(e, text)));
        }
        return new Curated(trips, events);
    }

    private static List<Span> spans(Map<?, ?> fact, String text) {
        int occ = fact.get("occurrence") == null ? 1 : Integer.parseInt((String) fact.get("occurrence"));
        List<Span> out = new ArrayList<>();
        for (String q : strings(fact.get("quote"))) {
            int at = -1;
            for (int k = 0; k < occ; k++) {
                at = text.indexOf(q, at + 1);
            }
            if (at >= 0) {
                out.add(new Span(at, at + q.length()));
            }
        }
        return out;
    }

    private static List<Map<?, ?>> maps(Object o) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            for (Object x : l) {
                out.add((Map<?, ?>) x);
            }
        }
        return out;
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            for (Object x : l) {
                out.add((String) x);
            }
        } else if (o instanceof String s) {
            out.add(s);
        }
        return out;
    }
}
