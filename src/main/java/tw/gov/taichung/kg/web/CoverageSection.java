package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.coverage.Coverage;
import tw.gov.taichung.kg.coverage.ReportCoverage;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Sentences.Sentence;
import tw.gov.taichung.kg.model.Vocab;

/** A report's coverage: how many of its sentences carry a fact, and those that carry none. */
final class CoverageSection {
    private CoverageSection() {
    }

    static String render(View v, Node report, DatasetGraph data, Iris iris, Function<String, byte[]> texts) {
        Node file = v.kg().object(report, Vocab.tdo("textFile"));
        byte[] bytes = file == null || texts == null ? null : texts.apply(file.getLiteralLexicalForm());
        if (bytes == null) {
            return "";
        }
        String id = report.getURI().replaceFirst("^.*/", "");
        ReportCoverage c = Coverage.measure(data, iris, id, new String(bytes, StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder("<section class=\"coverage\"><h2>涵蓋率 <small lang=\"en\">Coverage</small>"
                + "</h2>\n<table class=\"coverage\"><tbody>\n");
        row(sb, "句數", "sentences", Integer.toString(c.sentences()));
        row(sb, "標題、目錄", "headings and table of contents", Integer.toString(c.headings()));
        row(sb, "有事實", "carry a fact", c.covered() + " / " + c.counted() + " ("
                + String.format(Locale.ROOT, "%.0f%%", 100 * c.coveredShare()) + ")");
        row(sb, "結構化事實", "in structure", Integer.toString(c.structure()));
        row(sb, "僅文字陳述", "only a text statement", Integer.toString(c.statement()));
        row(sb, "僅提及", "only a mention", Integer.toString(c.mention()));
        row(sb, "標為無事實", "marked as carrying no fact", c.markedOther() + (c.marked().isEmpty() ? ""
                : " " + c.marked()));
        row(sb, "未涵蓋", "carry nothing", Integer.toString(c.uncovered().size()));
        sb.append("</tbody></table>\n");
        if (!c.uncovered().isEmpty()) {
            sb.append("<details><summary>未涵蓋的句子 <small lang=\"en\">sentences that carry nothing</small> (")
                    .append(c.uncovered().size()).append(")</summary><ol class=\"uncovered\">\n");
            for (Sentence s : c.uncovered()) {
                sb.append("<li value=\"").append(s.start()).append("\"><small>").append(s.start()).append('–')
                        .append(s.end()).append("</small> ").append(esc(s.text())).append("</li>\n");
            }
            sb.append("</ol></details>\n");
        }
        return sb.append("</section>\n").toString();
    }

    private static void row(StringBuilder sb, String zh, String en, String value) {
        sb.append("<tr><th>").append(esc(zh)).append(" <small lang=\"en\">").append(esc(en)).append("</small></th><td>")
                .append(esc(value)).append("</td></tr>\n");
    }
}
