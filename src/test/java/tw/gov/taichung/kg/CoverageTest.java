package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tw.gov.taichung.kg.coverage.Coverage;
import tw.gov.taichung.kg.coverage.CoverageTable;
import tw.gov.taichung.kg.coverage.ReportCoverage;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Sentences;

/**
 * The coverage meter: exact counts on the fixture (counted by hand in its two texts), and the same counts as
 * the curators' interim script (src/test/resources/coverage/coverage.py, a copy of the spec's) on every report.
 */
class CoverageTest {
    private static ReportCoverage fixture(String report) {
        return Coverage.measure(Fixture.result().dataset(), Iris.defaults(), report,
                read(Fixture.DIR.resolve("reports/" + report + ".txt")));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void fixtureReportAByHand() {
        // 21 lines; 謝謝 has fewer than 6 letters; line 6 holds two sentences: 21 sentences. 壹、考察目的與行程概要 is
        // marked heading; 感謝新加坡政府的熱情接待！ greeting; 新加坡重視智慧國家建設 rests on a statement, 本次行程亦途經
        // 香港轉機 on a mention; 行程緊湊但收穫豐富！ carries nothing; the other 16 carry a fact in structure.
        ReportCoverage c = fixture("a");
        assertEquals(List.of(21, 1, 16, 1, 1), List.of(c.sentences(), c.headings(), c.structure(), c.statement(),
                c.mention()));
        assertEquals(Map.of("greeting", 1), c.marked());
        assertEquals(List.of(new Sentences.Sentence(317, 327, "行程緊湊但收穫豐富！")), c.uncovered());
        assertEquals("a: 21 sentences, 1 heading/toc, covered 18/20 = 0.90 (structure 16, statement 1, mention 1; "
                + "weak 0.11), marked 1 {greeting=1}, uncovered 1", CoverageTable.totals(c));
    }

    @Test
    void fixtureReportBDisagreementValuesCoverNothing() {
        // 4 sentences; the heading is marked; 2016年新加坡行程共計3人出席 is quoted by a disagreement value (which
        // does not count) and by a mention; the date and the memorandum are structure.
        ReportCoverage c = fixture("b");
        assertEquals(List.of(4, 1, 2, 0, 1, 0), List.of(c.sentences(), c.headings(), c.structure(), c.statement(),
                c.mention(), c.uncovered().size()));
    }

    @Test
    void sentencesSplitAfterClosingMarksAndAtLineBreaks() {
        assertEquals(List.of(new Sentences.Sentence(0, 7, "一二三四五六。"), new Sentences.Sentence(7, 14, "七八九十一二！"),
                new Sentences.Sentence(19, 25, "abcdef")), Sentences.of("一二三四五六。七八九十一二！短？\n  abcdef \n"));
        assertEquals(7, Sentences.letters("²³abc12"), "superscript digits count, as in Python's isdigit");
    }

    private static final Pattern SCRIPT = Pattern.compile("sentences (\\d+), heading/toc (\\d+), covered (\\d+)/(\\d+)"
            + " = [0-9.]+ \\(weak (\\d+) = [0-9.]+\\), other marked (\\d+), uncovered (\\d+), bad quotes 0");

    @Test
    void sameCountsAsTheCuratorsScriptOnEveryReport() throws Exception {
        Path script = Path.of("src/test/resources/coverage/coverage.py");
        List<ReportCoverage> all = Coverage.measure(TestCorpus.result().dataset(), Iris.defaults(),
                f -> read(Path.of("data/reports", f)));
        List<String> ours = new ArrayList<>();
        List<String> theirs = new ArrayList<>();
        for (ReportCoverage c : all) {
            String out = run(List.of("python3", script.toString(), "data/reports/" + c.report() + ".yaml"));
            assumeTrue(out != null, "python3 with PyYAML is not available");
            Matcher m = SCRIPT.matcher(out);
            assertEquals(true, m.find(), out);
            theirs.add(c.report() + " " + String.join(" ", m.group(1), m.group(2), m.group(3), m.group(4),
                    m.group(6), m.group(7)));
            ours.add(c.report() + " " + c.sentences() + " " + c.headings() + " " + c.covered() + " " + c.counted()
                    + " " + c.markedOther() + " " + c.uncovered().size());
            // The script calls a sentence weak by the YAML section its quotes sit in; the meter reads the graph,
            // where a mention of an event or a pledge attests that fact, so it may count fewer weak sentences.
            assertTrue(c.weak() <= Integer.parseInt(m.group(5)), c.report() + ": weak " + c.weak() + " > " + m.group(5));
        }
        assertEquals(theirs, ours);
        assertEquals(5, all.size());
    }

    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
