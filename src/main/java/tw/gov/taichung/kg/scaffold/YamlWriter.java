package tw.gov.taichung.kg.scaffold;

import java.util.List;
import java.util.stream.Collectors;
import tw.gov.taichung.kg.model.Terms;

/** Writes a {@link DraftReport} as a fact file in the data format, with TODO markers and review comments. */
final class YamlWriter {
    private final StringBuilder out = new StringBuilder();

    private YamlWriter() {
    }

    static String write(DraftReport r) {
        YamlWriter w = new YamlWriter();
        w.header(r);
        w.report(r);
        w.trips(r);
        w.posts(r);
        w.events(r);
        w.newPeople(r);
        return w.out.toString();
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    private void header(DraftReport r) {
        line("# DRAFT fact file scaffolded by `tdkg scaffold` from reports/" + r.textFile() + ": review before committing.");
        line("# Fill every TODO (grep -n TODO), check every linked id, then run `tdkg validate`");
        line("# (see docs/adding-a-report.md). Quotes are verbatim; \"@a-b\" after a quote is its position in the");
        line("# text in code points, as the loader counts them.");
        if (!r.cover().isEmpty()) {
            line("#");
            line("# Cover of the report:");
            for (String c : r.cover()) {
                line("#   " + YamlText.comment(c));
            }
        }
        line("#");
        line("# Review (" + r.flags().size() + "):");
        for (ReviewFlag f : r.flags()) {
            line("#   - " + YamlText.comment(f.toString()));
        }
        line("");
    }

    private void report(DraftReport r) {
        line("report:");
        line("  id: " + YamlText.scalar(r.id()));
        line("  text: " + YamlText.scalar(r.textFile()));
        line("  zh: " + (r.zh() == null ? "TODO  # the report's title" : YamlText.scalar(r.zh())));
        line("  date: " + (r.date() == null ? "TODO  # the report date (報告日期)" : r.date().startText()));
        if (r.publisher() != null) {
            line("  publisher: " + r.publisher());
        }
        if (r.dateQuote() != null) {
            quote("  ", r.dateQuote());
        } else {
            line("  quote: TODO  # the words stating the report date");
        }
        line("");
    }

    private void trips(DraftReport r) {
        if (r.trips().isEmpty()) {
            return;
        }
        line("trips:");
        for (DraftTrip t : r.trips()) {
            line("  - id: " + YamlText.scalar(t.id()));
            line("    zh: " + YamlText.scalar(t.zh()));
            line("    start: " + t.period().startText());
            line("    end: " + t.period().endText());
            if (t.leader() != null) {
                line("    leader: " + YamlText.scalar(t.leader()));
            }
            if (!t.members().isEmpty()) {
                line("    members: [" + t.members().stream().map(m -> YamlText.flowScalar(m.ref()))
                        .collect(Collectors.joining(", ")) + "]  # " + t.members().stream()
                        .map(DraftMember::name).collect(Collectors.joining(", ")));
            }
            if (t.size() != null) {
                line("    size: " + t.size());
            }
            if (!t.destinations().isEmpty()) {
                line("    destinations: [" + String.join(", ", t.destinations()) + "]");
            }
            if (t.budget() != null) {
                line("    budget:");
                if (t.budget().amount() != null) {
                    line("      amount: " + t.budget().amount());
                } else {
                    line("      unsettled: true");
                }
                quotes("      ", t.budget().quotes());
            }
            quotes("    ", t.quotes());
            if (!t.notes().isEmpty()) {
                line("    # outcomes in the row (events, pledges, agreements to curate by hand):");
                for (String n : t.notes()) {
                    line("    #   " + YamlText.comment(n));
                }
            }
        }
        line("");
    }

    private void posts(DraftReport r) {
        if (r.posts().isEmpty()) {
            return;
        }
        line("posts:");
        for (DraftPost p : r.posts()) {
            line("  - person: " + YamlText.scalar(p.person()));
            line("    org: " + YamlText.scalar(p.org()));
            line("    role: {zh: " + YamlText.flowScalar(p.roleZh()) + ", en: "
                    + (p.roleEn() == null ? "\"\"}  # TODO the English title" : YamlText.flowScalar(p.roleEn()) + "}"));
            quote("    ", p.quote());
        }
        line("");
    }

    private void events(DraftReport r) {
        boolean any = r.trips().stream().anyMatch(t -> !t.events().isEmpty());
        if (!any) {
            return;
        }
        line("events:");
        for (DraftTrip t : r.trips()) {
            if (t.events().isEmpty()) {
                continue;
            }
            line("  # itinerary of " + t.id() + ", in the order of the text");
            for (DraftEvent e : t.events()) {
                line("  - id: " + e.id() + "  # TODO name it YYYY-MM-DD-what");
                line("    type: TODO  # " + (e.suggested() == null ? "" : "suggested: " + e.suggested() + "; ")
                        + "one of " + String.join(", ", Terms.EVENT_TYPES.stream().sorted().toList()));
                line("    zh: " + YamlText.scalar(e.zh()));
                String note = e.dateNote() == null ? "" : "  # " + YamlText.comment(e.dateNote());
                if (e.date().single()) {
                    line("    date: " + e.date().startText() + note);
                } else {
                    line("    start: " + e.date().startText() + note);
                    line("    end: " + e.date().endText());
                }
                line("    trip: " + YamlText.scalar(t.id()));
                if (e.partOf() != null) {
                    line("    part_of: " + e.partOf());
                }
                if (e.place() != null) {
                    line("    place: " + e.place());
                }
                if (!e.visited().isEmpty()) {
                    line("    visited: [" + String.join(", ", e.visited()) + "]");
                }
                quotes("    ", e.quotes());
            }
        }
        line("");
    }

    private void newPeople(DraftReport r) {
        if (r.newPeople().isEmpty()) {
            return;
        }
        line("# People not found in the registry. Add each to a file of data/registry/ (or add the spelling to the");
        line("# alt of an existing person), then replace TODO-<name> above by the id:");
        line("# people:");
        for (String n : r.newPeople()) {
            line("#   - {id: TODO, zh: " + n + ", en: TODO}");
        }
    }

    private void quote(String indent, Quote q) {
        line(indent + "quote: " + YamlText.scalar(q.text()) + "  # @" + q.start() + "-" + q.end());
        if (!q.unique()) {
            line(indent + "occurrence: " + q.occurrence());
        }
    }

    private void quotes(String indent, List<Quote> qs) {
        if (qs.size() == 1) {
            quote(indent, qs.get(0));
            return;
        }
        line(indent + "quote:");
        for (Quote q : qs) {
            line(indent + "  - " + YamlText.scalar(q.text()) + "  # @" + q.start() + "-" + q.end()
                    + (q.unique() ? "" : "  TODO not unique: lengthen this quote"));
        }
    }
}
