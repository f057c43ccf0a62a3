package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Vocab;

/**
 * What the reports say about an entity: its figures, descriptions, statements, talks, gifts, invitations, and
 * the disagreements between reports about it, each disagreement beside the values it links and their reports.
 * Every item carries its quoted passages, as the other sections do.
 */
final class StatedSection {
    private static final Node VALUE = Vocab.schema("value");
    private static final Node DATE = Vocab.uri(Vocab.DCT + "date");
    private static final Node AGENT = Vocab.schema("agent");
    private static final Node RECIPIENT = Vocab.schema("recipient");

    private StatedSection() {
    }

    static String render(View v, Node focus) {
        Kg kg = v.kg();
        StringBuilder sb = new StringBuilder();
        list(sb, v, "數值", "Figures", kg.objects(focus, Vocab.tdo("figure")), StatedSection::figure);
        list(sb, v, "描述", "Descriptions", kg.objects(focus, Vocab.tdo("description")), StatedSection::description);
        list(sb, v, "陳述", "Statements", kg.objects(focus, Vocab.tdo("statement")),
                (vv, s) -> esc(text(vv.kg(), s, Vocab.schema("text"))) + by(vv, s));
        Set<Node> talks = new LinkedHashSet<>(kg.objects(focus, Vocab.tdo("talk")));
        talks.addAll(kg.objects(focus, Vocab.tdo("gaveTalk")));
        list(sb, v, "演講", "Talks", new ArrayList<>(talks), StatedSection::talk);
        list(sb, v, "致贈", "Gifts", related(kg, focus, Vocab.tdo("gift"), "Gift"), StatedSection::gift);
        list(sb, v, "邀請", "Invitations", related(kg, focus, null, "Invitation"), StatedSection::invitation);
        list(sb, v, "報告間的歧異", "Where reports disagree", kg.objects(focus, Vocab.tdo("disagreement")),
                StatedSection::disagreement);
        if (sb.length() == 0) {
            return "";
        }
        return "<section class=\"stated\"><h2>報告所載 <small lang=\"en\">What the reports say</small></h2>\n" + sb
                + "</section>\n";
    }

    /** Nodes of a class linked from the focus by {@code shortcut}, or giving or receiving with the focus as agent. */
    private static List<Node> related(Kg kg, Node focus, Node shortcut, String cls) {
        Set<Node> out = new LinkedHashSet<>(shortcut == null ? List.of() : kg.objects(focus, shortcut));
        for (Node p : List.of(AGENT, RECIPIENT)) {
            for (Node n : kg.subjects(p, focus)) {
                if (kg.isA(n, Vocab.tdo(cls))) {
                    out.add(n);
                }
            }
        }
        return new ArrayList<>(out);
    }

    interface Item {
        String render(View v, Node n);
    }

    private static void list(StringBuilder sb, View v, String zh, String en, List<Node> nodes, Item item) {
        if (nodes.isEmpty()) {
            return;
        }
        List<Node> sorted = new ArrayList<>(nodes);
        sorted.sort(java.util.Comparator.comparing(Node::getURI));
        sb.append("<h3>").append(esc(zh)).append(" <small lang=\"en\">").append(esc(en)).append("</small> (")
                .append(sorted.size()).append(")</h3>\n<ul class=\"stated\">\n");
        for (Node n : sorted) {
            sb.append("<li>").append(item.render(v, n)).append(" <small>")
                    .append(v.sources(v.kg().graphs(n, Vocab.tdo("attestedBy"), Node.ANY))).append("</small>");
            String quotes = v.quotes(n);
            if (!quotes.isEmpty()) {
                sb.append("<details><summary>引文 <small lang=\"en\">quoted passage</small></summary>").append(quotes)
                        .append("</details>");
            }
            sb.append("</li>\n");
        }
        sb.append("</ul>\n");
    }

    private static String figure(View v, Node f) {
        Kg kg = v.kg();
        StringBuilder s = new StringBuilder();
        Node measure = kg.object(f, Vocab.tdo("measure"));
        s.append(esc(measure == null ? "" : EventItem.label(kg, measure))).append(": <strong>")
                .append(esc(String.valueOf(kg.text(f, VALUE)))).append("</strong> ");
        Node unit = kg.object(f, Vocab.tdo("unit"));
        s.append(esc(unit == null ? "" : EventItem.label(kg, unit)));
        for (String p : List.of("approximation", "figureKind")) {
            Node c = kg.object(f, Vocab.tdo(p));
            if (c != null && !c.getURI().endsWith("/exact") && !c.getURI().endsWith("/actual")) {
                s.append(" <small>").append(esc(EventItem.label(kg, c))).append("</small>");
            }
        }
        String date = kg.text(f, DATE);
        return s.append(date == null ? "" : " <small>" + esc(date) + "</small>").append(by(v, f)).toString();
    }

    private static String description(View v, Node d) {
        Kg kg = v.kg();
        List<String> parts = new ArrayList<>();
        String founded = kg.text(d, Vocab.schema("foundingDate"));
        if (founded != null) {
            parts.add("成立 <small lang=\"en\">founded</small> " + esc(founded));
        }
        for (String[] p : new String[][] {{"founder", "創辦人", "founder"}, {"location", "總部", "headquarters"},
            {"parentOrganization", "所有者", "owner"}, {"organizer", "主辦", "organizer"}}) {
            for (Node o : kg.objects(d, Vocab.schema(p[0]))) {
                parts.add(esc(p[1]) + " <small lang=\"en\">" + p[2] + "</small> " + v.link(o));
            }
        }
        String edition = kg.text(d, Vocab.tdo("edition"));
        if (edition != null) {
            parts.add("第 " + esc(edition) + " 屆 <small lang=\"en\">edition</small>");
        }
        String theme = text(kg, d, Vocab.schema("about"));
        if (theme != null) {
            parts.add("主題 <small lang=\"en\">theme</small> " + esc(theme));
        }
        return String.join("；", parts);
    }

    private static String talk(View v, Node t) {
        Kg kg = v.kg();
        return "「" + esc(String.valueOf(kg.label(t))) + "」 " + links(v, kg.objects(t, Vocab.tdo("speaker"))) + " @ "
                + links(v, kg.objects(t, Vocab.tdo("atEvent")));
    }

    private static String gift(View v, Node g) {
        Kg kg = v.kg();
        return links(v, kg.objects(g, AGENT)) + " → " + links(v, kg.objects(g, RECIPIENT)) + "：" + esc(String.valueOf(
                text(kg, g, Vocab.tdo("giftObject")))) + " @ " + links(v, kg.objects(g, Vocab.tdo("atEvent")));
    }

    private static String invitation(View v, Node i) {
        Kg kg = v.kg();
        String to = links(v, kg.objects(i, Vocab.tdo("invitedTo")));
        String what = text(kg, i, Vocab.schema("description"));
        String led = links(v, kg.objects(i, Vocab.tdo("ledTo")));
        return links(v, kg.objects(i, AGENT)) + " 邀請 <small lang=\"en\">invited</small> "
                + links(v, kg.objects(i, RECIPIENT)) + (to.isEmpty() && what == null ? "" : "：" + to
                        + (what == null ? "" : esc(what))) + (led.isEmpty() ? "" : " → " + led);
    }

    /** The disagreement beside its values: each value with the report that gives it. */
    private static String disagreement(View v, Node d) {
        Kg kg = v.kg();
        StringBuilder s = new StringBuilder(v.link(d)).append("<ul class=\"values\">");
        List<Node> values = new ArrayList<>(kg.objects(d, Vocab.tdo("disputedValue")));
        values.sort(java.util.Comparator.comparing(Node::getURI));
        for (Node val : values) {
            s.append("<li><strong>").append(esc(String.valueOf(kg.text(val, Vocab.VALUE)))).append("</strong> ")
                    .append(links(v, kg.objects(val, Vocab.tdo("reportedIn")))).append(v.quotes(val)).append("</li>");
        }
        return s.append("</ul>").toString();
    }

    private static String by(View v, Node n) {
        String by = links(v, v.kg().objects(n, Vocab.tdo("statedBy")));
        String at = links(v, v.kg().objects(n, Vocab.tdo("statedAt")));
        return (by.isEmpty() ? "" : " <small>—</small> " + by) + (at.isEmpty() ? "" : " @ " + at);
    }

    private static String links(View v, List<Node> nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(v.link(n)));
        return String.join("、", out);
    }

    /** The zh-Hant text of a property, else any text. */
    private static String text(Kg kg, Node s, Node p) {
        String any = null;
        for (Node o : kg.objects(s, p)) {
            if (o.isLiteral() && "zh".equals(Kg.langOf(o))) {
                return o.getLiteralLexicalForm();
            }
            any = any == null && o.isLiteral() ? o.getLiteralLexicalForm() : any;
        }
        return any;
    }
}
