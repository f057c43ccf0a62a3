package tw.gov.taichung.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.gov.taichung.kg.model.Sentences;

/** The report text as a page: the marked passage and the sentences that carry no fact, escaped and nested. */
class TextPageTest {
    private static String page(String text, int start, int end, List<Sentences.Sentence> bare) {
        StringBuilder sb = new StringBuilder();
        TextPage.appendText(sb, text, start, end, bare);
        return sb.toString();
    }

    @Test
    void bareSentencesAreShadedAndThePassageMarkedAcrossThem() {
        String text = "甲句有事實。乙句<p>沒有。丙句";
        List<Sentences.Sentence> bare = List.of(new Sentences.Sentence(6, 14, "乙句<p>沒有。"));
        assertEquals("甲句有<mark id=\"passage\">事實。</mark><mark><span class=\"uncovered\" title=\"no fact yet\">乙句</span></mark>"
                + "<span class=\"uncovered\" title=\"no fact yet\">&lt;p&gt;沒有。</span>丙句", page(text, 3, 8, bare));
    }

    @Test
    void withNothingToMarkTheTextIsOnlyEscaped() {
        assertEquals("a &lt;input&gt; b", page("a <input> b", -1, -1, List.of()));
    }

    @Test
    void codePointsOutsideTheBasicPlaneCountOnce() {
        String text = "𠀀ab";
        assertEquals("𠀀<span class=\"uncovered\" title=\"no fact yet\">ab</span>",
                page(text, -1, -1, List.of(new Sentences.Sentence(1, 3, "ab"))));
    }
}
