package tw.gov.taichung.kg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void sentencesEndAtStopsLineBreaksAndParagraphTagsAndCountCodePoints() {
        List<Sentences.Sentence> s = Sentences.of("<p>壹、摘要</p> <p>一、本府。二、𠀋字！</p>\n  Hello world? ok");
        assertEquals(List.of("壹、摘要", "一、本府。", "二、𠀋字！", "Hello world?", "ok"),
                s.stream().map(Sentences.Sentence::text).toList());
        assertEquals(List.of(3, 15, 20, 32, 45), s.stream().map(Sentences.Sentence::start).toList());
        assertEquals(25, s.get(2).end(), "𠀋 is one code point");
    }
}
