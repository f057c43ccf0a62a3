package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Vocab;

/** A pledge: who pledged what to whom, where, and its status history, each assessment with its evidence. */
final class PledgeSection {
    private static final Node DATE = Vocab.uri(Vocab.DCT + "date");
    private static final Node COMMENT = Vocab.uri(Vocab.RDFS + "comment");

    private PledgeSection() {
    }

    static String render(View v, Node pledge) {
        Kg kg = v.kg();
        StringBuilder sb = new StringBuilder("<section class=\"pledge\"><h2>承諾 <small lang=\"en\">Pledge</small></h2>\n<dl>");
        row(sb, v, "承諾者 <small lang=\"en\">Pledged by</small>", kg.objects(pledge, Vocab.tdo("pledgedBy")));
        row(sb, v, "對象 <small lang=\"en\">Pledged to</small>", kg.objects(pledge, Vocab.tdo("pledgedTo")));
        row(sb, v, "場合 <small lang=\"en\">Made at</small>", kg.objects(pledge, Vocab.tdo("madeAt")));
        List<String> kinds = new ArrayList<>();
        kg.objects(pledge, Vocab.tdo("pledgeKind")).forEach(k -> kinds.add(esc(EventItem.label(kg, k))));
        if (!kinds.isEmpty()) {
            sb.append("<dt>類型 <small lang=\"en\">Kind</small></dt><dd>").append(String.join("、", kinds)).append("</dd>");
        }
        row(sb, v, "後續 <small lang=\"en\">Followed up by</small>", kg.objects(pledge, Vocab.tdo("followedUpBy")));
        sb.append("</dl>\n<h3>狀態紀錄 <small lang=\"en\">Status history</small></h3>\n");
        List<Node> assessments = new ArrayList<>(kg.objects(pledge, Vocab.tdo("assessment")));
        kg.subjects(Vocab.tdo("assessedPledge"), pledge).forEach(a -> {
            if (!assessments.contains(a)) {
                assessments.add(a);
            }
        });
        assessments.sort(Comparator.comparing((Node a) -> String.valueOf(kg.text(a, DATE))).thenComparing(Node::getURI));
        if (assessments.isEmpty()) {
            sb.append("<p class=\"none\">尚未評估 <small lang=\"en\">not yet assessed</small></p>\n");
        } else {
            sb.append("<ol class=\"status-history\">\n");
            for (Node a : assessments) {
                sb.append(assessment(v, a));
            }
            sb.append("</ol>\n");
        }
        return sb.append("</section>\n").toString();
    }

    private static void row(StringBuilder sb, View v, String term, List<Node> values) {
        if (values.isEmpty()) {
            return;
        }
        List<String> links = new ArrayList<>();
        for (Node n : values) {
            String date = v.kg().text(n, EventItem.START);
            links.add(v.link(n) + (date == null ? "" : " <small>" + esc(date) + "</small>"));
        }
        sb.append("<dt>").append(term).append("</dt><dd>").append(String.join("、", links)).append("</dd>");
    }

    /** One dated assessment: status, comment, evidence, report and quoted passage. */
    private static String assessment(View v, Node a) {
        Kg kg = v.kg();
        Node status = kg.object(a, Vocab.tdo("status"));
        String notation = status == null ? "" : status.getURI().substring(status.getURI().lastIndexOf('/') + 1);
        StringBuilder sb = new StringBuilder("<li class=\"assessment\"><span class=\"date\">")
                .append(esc(kg.text(a, DATE) == null ? "" : kg.text(a, DATE))).append("</span> ")
                .append("<span class=\"status status-").append(esc(notation)).append("\">")
                .append(status == null ? "" : esc(EventItem.label(kg, status))).append("</span> ")
                .append(Links.a(v.links().href(a), "評估 assessment"));
        for (Node c : kg.objects(a, COMMENT)) {
            sb.append("<p class=\"comment\" lang=\"zh-Hant\">").append(esc(c.isLiteral() ? c.getLiteralLexicalForm()
                    : c.toString())).append("</p>");
        }
        List<Node> evidence = kg.objects(a, Vocab.tdo("evidence"));
        if (!evidence.isEmpty()) {
            sb.append("<p class=\"evidence\">佐證 <small lang=\"en\">Evidence</small>: ");
            List<String> items = new ArrayList<>();
            for (Node e : evidence) {
                String date = kg.text(e, EventItem.START);
                items.add(v.value(e) + (date == null ? "" : " <small>" + esc(date) + "</small>"));
            }
            sb.append(String.join("、", items)).append("</p>");
        }
        sb.append(v.quotes(a));
        return sb.append("</li>\n").toString();
    }
}
