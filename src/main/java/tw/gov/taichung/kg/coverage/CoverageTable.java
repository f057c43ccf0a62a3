package tw.gov.taichung.kg.coverage;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tw.gov.taichung.kg.model.Sentences.Sentence;

/** Coverage as text: a table (with each report's uncovered sentences after it) or CSV (one row per report). */
public final class CoverageTable {
    private static final String CSV_HEADER = "report,sentences,heading_or_toc,counted,covered,structure,statement,"
            + "mention,marked_other,uncovered,covered_share,weak_share,meets_bar";

    private CoverageTable() {
    }

    /** One line of totals per report, as {@code tdkg build} prints them. */
    public static String totals(ReportCoverage c) {
        return String.format(Locale.ROOT, "%s: %d sentences, %d heading/toc, covered %d/%d = %.2f (structure %d, "
                        + "statement %d, mention %d; weak %.2f), marked %d%s, uncovered %d", c.report(), c.sentences(),
                c.headings(), c.covered(), c.counted(), c.coveredShare(), c.structure(), c.statement(), c.mention(),
                c.weakShare(), c.markedOther(), c.marked().isEmpty() ? "" : " " + c.marked(), c.uncovered().size());
    }

    public static String table(List<ReportCoverage> all) {
        StringBuilder sb = new StringBuilder();
        for (ReportCoverage c : all) {
            sb.append(totals(c)).append(c.meetsBar() ? " (meets the bar)" : "").append('\n');
            for (Sentence s : c.uncovered()) {
                sb.append("  ").append(s.start()).append('-').append(s.end()).append(' ').append(s.text()).append('\n');
            }
        }
        return sb.toString();
    }

    public static String csv(List<ReportCoverage> all) {
        return CSV_HEADER + "\n" + all.stream().map(c -> String.join(",", c.report(), n(c.sentences()),
                n(c.headings()), n(c.counted()), n(c.covered()), n(c.structure()), n(c.statement()), n(c.mention()),
                n(c.markedOther()), n(c.uncovered().size()), share(c.coveredShare()), share(c.weakShare()),
                Boolean.toString(c.meetsBar()))).collect(Collectors.joining("\n")) + "\n";
    }

    /** The uncovered sentences of one report as CSV: report, start, end, text (quoted). */
    public static String uncoveredCsv(ReportCoverage c) {
        StringBuilder sb = new StringBuilder("report,start,end,text\n");
        for (Sentence s : c.uncovered()) {
            sb.append(c.report()).append(',').append(s.start()).append(',').append(s.end()).append(",\"")
                    .append(s.text().replace("\"", "\"\"")).append("\"\n");
        }
        return sb.toString();
    }

    private static String n(int v) {
        return Integer.toString(v);
    }

    private static String share(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
