package tw.gov.taichung.kg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Exact answers of search over the real corpus (issue 14, item 7). */
class SearcherTest {
    private static final String ID = "https://taichung-diplomacy.example/id/";

    private static Hits.Answer search(String q) {
        return SearchCorpus.searcher().search(q, null, 20);
    }

    private static Hits.EntityHit first(String q) {
        return search(q).entities().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"輝達", "NVIDIA", "nvidia", "ＮＶＩＤＩＡ", "Nvidia Corporation"})
    void theCompanyComesFirstByEitherName(String q) {
        Hits.EntityHit e = first(q);
        assertEquals(ID + "org/nvidia", e.iri());
        assertEquals("org", e.kind());
        assertEquals("輝達", e.zh());
        assertEquals("NVIDIA", e.en());
        assertEquals(51, e.facts());
    }

    @Test
    void variantCharactersFoldSo台FindsTheEntityWritten臺() {
        Hits.EntityHit e = first("台中國際機場");
        assertEquals(ID + "org/taichung-international-airport", e.iri());
        assertEquals("臺中國際機場", e.matched(), "the registry writes only 臺");
        assertEquals(ID + "org/taichung-city-government", first("台中市政府").iri());
        assertEquals("臺中市政府", first("台中市政府").zh());
        assertEquals(Terms.texts(SearchIndex.LABEL, "臺中"), Terms.texts(SearchIndex.LABEL, "台中"));
        assertEquals(List.of("nvidia"), Terms.texts(SearchIndex.LABEL, "ＮＶＩＤＩＡ"));
        assertEquals(List.of("dassault", "systemes"), Terms.texts(SearchIndex.LABEL, "Dassault Systèmes"));
    }

    @Test
    void aMangledSpellingFindsTheShuinanEntryFirst() {
        Hits.Answer a = search("水滸");
        assertEquals(List.of(ID + "place/shuinan-smart-city", ID + "org/taichung-international-convention-center"),
                a.entities().stream().map(Hits.EntityHit::iri).toList(), "the park, then the venue whose alias 水滸會展中心 it also is");
        assertEquals("水湳智慧城", a.entities().get(0).zh());
        assertEquals("水滸", a.entities().get(0).matched());
        assertEquals(7, a.passages().size(), "the seven sentences that spell it so");
    }

    @Test
    void anEnglishNameFindsItsChineseEntity() {
        Hits.EntityHit e = first("Chang Kuang-yao");
        assertEquals(ID + "person/chang-kuang-yao", e.iri());
        assertEquals("張光瑤", e.zh());
        assertEquals(ID + "person/lawrence-wong", first("lawrence wong").iri());
        assertEquals("黃循財", first("lawrence wong").zh());
    }

    @Test
    void aPhraseThatOnlyTheTextHoldsFindsItsPassages() {
        Hits.Answer a = search("充滿機會的創新城市");
        assertEquals(List.of(), a.entities());
        assertEquals(2, a.passages().size());
        Hits.PassageHit p = a.passages().get(0);
        assertEquals(ID + "report/2016-singapore-world-cities-summit", p.report());
        assertEquals("2016-singapore-world-cities-summit.txt", p.file());
        assertEquals(887, p.start());
        assertEquals(993, p.end());
        assertEquals("充滿機會的創新城市", p.sentence().substring(p.marks().get(0)[0], p.marks().get(0)[1]));
        assertEquals(1, p.marks().size());
        assertEquals(2100, a.passages().get(1).start());
    }

    @Test
    void aPassageListsTheFactsWhoseQuotesLieInIt() {
        Hits.PassageHit p = search("Lawrence Wong").passages().get(1);
        assertEquals(1001, p.start());
        assertEquals(1097, p.end());
        assertEquals(List.of(ID + "event/2016-07-10-wcs-mayors-forum",
                ID + "figure/2016-singapore-world-cities-summit-1054-editions-per-year"), p.facts().stream().map(Hits.Fact::iri).toList());
        assertEquals("世界城市峰會市長論壇", p.facts().get(0).label());
    }

    @Test
    void suggestionsCompleteTheLastWord() {
        assertEquals(ID + "org/nvidia", SearchCorpus.searcher().suggest("輝", 8).entities().get(0).iri());
        assertEquals(ID + "org/nvidia", SearchCorpus.searcher().suggest("nvi", 8).entities().get(0).iri());
        assertEquals(ID + "person/chang-kuang-yao", SearchCorpus.searcher().suggest("張光", 8).entities().get(0).iri());
    }

    @Test
    void aKindNarrowsTheEntities() {
        Hits.Answer a = SearchCorpus.searcher().search("NVIDIA", "event", 20);
        assertEquals(List.of("event"), a.entities().stream().map(Hits.EntityHit::kind).distinct().toList());
        assertEquals(List.of(), a.passages(), "passages only for all kinds or reports");
        assertEquals("'martian' is not a kind of entity; use one of person, org, place, trip, event, pledge, agreement, "
                + "report.", SearchCorpus.searcher().search("NVIDIA", "martian", 20).error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "\"", ":", "~", "", "   ", "a:b~", "\"\"", "***", "((", "AND OR NOT", "title:", "[x TO y]"})
    void luceneSyntaxIsTextAndNeverAnError(String q) {
        Hits.Answer a = search(q);
        assertNull(a.error());
        if (!q.contains("AND") && !q.contains("x") && !q.contains("title") && !q.contains("a:b")) {
            assertEquals(List.of(), a.entities());
            assertEquals(List.of(), a.passages());
        }
    }

    @Test
    void operatorsAreWordsLikeAnyOther() {
        Hits.Answer a = search("Plug AND Play");
        assertEquals(ID + "org/plug-and-play", a.entities().get(0).iri());
        assertEquals(ID + "org/nvidia", first("NVIDIA*").iri());
        assertEquals(ID + "org/nvidia", first("\"NVIDIA\"").iri());
        assertEquals(ID + "org/nvidia", first("NVIDIA~").iri());
    }

    @Test
    void anOverLongQueryIsRefusedWithASentence() {
        String q = "臺".repeat(501);
        assertEquals("The query is 501 characters long; ask with at most 500.", search(q).error());
        assertNull(search("臺".repeat(500)).error());
        assertEquals("The query is 501 characters long; ask with at most 500.",
                SearchCorpus.searcher().suggest(q, 8).error());
    }
}
