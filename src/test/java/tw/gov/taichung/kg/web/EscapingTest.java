package tw.gov.taichung.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Every piece of data is escaped: a crafted graph whose labels, literals and quotes carry markup renders
 * that markup as text on every page, and no crafted element or attribute reaches the HTML.
 */
class EscapingTest {
    private static final Iris IRIS = Iris.defaults();
    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String SCRIPT_ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";
    private static final String IMG = "<img src=x onerror=\"alert(1)\">";
    private static final String IMG_ESCAPED = "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;";

    private static final Node G = IRIS.reportGraph("r");
    private static final Node PERSON = IRIS.id("person", "x");
    private static final Node TRIP = IRIS.id("trip", "t");
    private static final Node EVENT = IRIS.id("event", "e");
    private static final Node CITY = IRIS.id("place", "c");
    private static final Node ROLE = IRIS.id("participation", "e-x");
    private static final Node QUOTE = IRIS.id("quote", "r-1-2");
    private static final Node REPORT = IRIS.id("report", "r");

    /** A trip to a city, one event with one participant, a quote: every text carries markup. */
    static DatasetGraph crafted() {
        DatasetGraph d = DatasetGraphFactory.create();
        add(d, PERSON, Vocab.TYPE, Vocab.uri(Vocab.FOAF + "Person"));
        add(d, PERSON, Vocab.PREF_LABEL, NodeFactory.createLiteralLang(SCRIPT, "zh-Hant"));
        add(d, PERSON, Vocab.PREF_LABEL, NodeFactory.createLiteralLang("Tom & \"Jerry\"", "en"));
        add(d, PERSON, Vocab.ALT_LABEL, NodeFactory.createLiteralLang("</dd><b>bold</b>", "zh-Hant"));
        add(d, TRIP, Vocab.TYPE, Vocab.tdo("Trip"));
        add(d, TRIP, Vocab.PREF_LABEL, NodeFactory.createLiteralLang(IMG, "zh-Hant"));
        add(d, TRIP, Vocab.schema("startDate"), NodeFactory.createLiteralDT("2020-01-01", XSDDatatype.XSDdate));
        add(d, TRIP, Vocab.schema("endDate"), NodeFactory.createLiteralDT("2020-01-02", XSDDatatype.XSDdate));
        add(d, TRIP, Vocab.tdo("delegationMember"), PERSON);
        add(d, TRIP, Vocab.tdo("destination"), CITY);
        add(d, TRIP, Vocab.tdo("attestedBy"), QUOTE);
        add(d, PERSON, Vocab.tdo("travelledOn"), TRIP);
        add(d, CITY, Vocab.TYPE, Vocab.schema("City"));
        add(d, CITY, Vocab.PREF_LABEL, NodeFactory.createLiteralLang("<b>City</b>", "zh-Hant"));
        add(d, CITY, Vocab.uri(Vocab.GEO + "lat"), NodeFactory.createLiteralDT("10.5", XSDDatatype.XSDdecimal));
        add(d, CITY, Vocab.uri(Vocab.GEO + "long"), NodeFactory.createLiteralDT("20.5", XSDDatatype.XSDdecimal));
        add(d, EVENT, Vocab.TYPE, Vocab.tdo("Event"));
        add(d, EVENT, Vocab.PREF_LABEL, NodeFactory.createLiteralLang("</li><script>bad()</script>", "zh-Hant"));
        add(d, EVENT, Vocab.schema("superEvent"), TRIP);
        add(d, EVENT, Vocab.schema("startDate"), NodeFactory.createLiteralDT("2020-01-01", XSDDatatype.XSDdate));
        add(d, EVENT, Vocab.schema("location"), CITY);
        add(d, EVENT, Vocab.tdo("participation"), ROLE);
        add(d, ROLE, Vocab.VALUE, PERSON);
        add(d, PERSON, Vocab.tdo("tookPartIn"), EVENT);
        add(d, QUOTE, Vocab.uri(Vocab.OA + "hasSource"), REPORT);
        add(d, QUOTE, Vocab.VALUE, NodeFactory.createLiteralString("<mark>\"quoted\"</mark>"));
        add(d, REPORT, Vocab.uri(Vocab.DCT + "title"), NodeFactory.createLiteralLang("R&D <report>", "zh-Hant"));
        return KnowledgeGraph.withUnionDefault(d);
    }

    private static void add(DatasetGraph d, Node s, Node p, Node o) {
        d.add(G, s, p, o);
    }

    @Test
    void entityPagesShowMarkupAsText() {
        DatasetGraph d = crafted();
        String person = EntityView.render(PERSON, d, IRIS, "../../");
        assertTrue(person.contains("<h1>" + SCRIPT_ESCAPED + " · Tom &amp; &quot;Jerry&quot;</h1>"), person);
        assertTrue(person.contains("&lt;/dd&gt;&lt;b&gt;bold&lt;/b&gt;"));
        assertTrue(person.contains(IMG_ESCAPED), "the trip's label in the timeline");
        assertTrue(person.contains("&lt;/li&gt;&lt;script&gt;bad()&lt;/script&gt;"), "the event's label");
        assertClean(person);
        String trip = EntityView.render(TRIP, d, IRIS, "../../");
        assertTrue(trip.contains("<h1>" + IMG_ESCAPED + "</h1>"));
        assertTrue(trip.contains("<mark>&lt;mark&gt;&quot;quoted&quot;&lt;/mark&gt;</mark>"), "the quote's text");
        assertTrue(trip.contains("R&amp;D &lt;report&gt;"), "the report's title");
        assertTrue(trip.contains("&lt;b&gt;City&lt;/b&gt;"));
        assertClean(trip);
        assertClean(EntityView.render(CITY, d, IRIS, "../../"));
        assertClean(EntityView.render(EVENT, d, IRIS, "../../"));
    }

    @Test
    void overviewPagesShowMarkupAsText() {
        WebUi web = WebUi.create(crafted(), IRIS);
        String timeline = new TimelinePage(web).render(web.links(""));
        assertTrue(timeline.contains("<title>2020-01-01 – 2020-01-02 " + IMG_ESCAPED + "</title>"), timeline);
        assertTrue(timeline.contains("&lt;b&gt;City&lt;/b&gt;"));
        assertClean(timeline);
        String map = new MapPage(web).render(null, web.links(""));
        assertTrue(map.contains("<title>&lt;b&gt;City&lt;/b&gt;：1 趟 trips</title>"), map);
        assertClean(map);
        assertClean(new HomePage(web).render(web.links("")));
    }

    @Test
    void answerTablesShowMarkupAsText() {
        View v = new View(new Kg(crafted()), new Links(IRIS, "../"));
        Sparql.Answer a = new Sparql.Answer(List.of("who", "note"),
                List.of(Map.of("who", PERSON, "note", NodeFactory.createLiteralString(IMG))));
        String html = ResultTable.render(v, a);
        assertTrue(html.contains("<td><a href=\"../id/person/x\" title=\"person:x\">" + SCRIPT_ESCAPED + "</a></td><td>"
                + IMG_ESCAPED + "</td>"), html);
        assertClean(html);
    }

    @Test
    void escapingCoversElementsAttributesAndScriptData() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
                Html.esc("<a href=\"x\" title='y'>&amp;</a>"));
        assertEquals("", Html.esc(null));
        assertEquals("\"\\u003c/script\\u003e\\u003cscript\\u003e \\\"q\\\" \\\\ \\n\"",
                Html.jsonString("</script><script> \"q\" \\ \n"));
    }

    /** No crafted element or attribute made it into the page. */
    private static void assertClean(String html) {
        for (String bad : List.of("<script>alert", "<script>bad", "<img", "onerror=\"", "<b>", "</dd><b>",
                "<mark>\"quoted")) {
            assertFalse(html.contains(bad), bad);
        }
    }
}
