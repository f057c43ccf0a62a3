package tw.gov.taichung.kg.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Plain RDF/XML in the order given: one {@code rdf:Description} per subject, one property element per
 * triple, namespaces sorted. Jena's RDF/XML writers walk subjects in hash order, which is stable but not
 * sorted, so the dump uses this small writer instead; the tests read its output back with Jena's parser.
 */
final class RdfXmlWriter {
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final Pattern NCNAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");

    private RdfXmlWriter() {
    }

    /** Writes triples already sorted by subject; fails on a blank node or a property it cannot name. */
    static void write(List<Triple> sorted, Map<String, String> prefixes, OutputStream out) {
        Map<String, String> ns = namespaces(sorted, prefixes);
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.print("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF");
        ns.forEach((uri, prefix) -> w.print("\n    xmlns:" + prefix + "=\"" + attr(uri) + "\""));
        w.print(">\n");
        Node subject = null;
        for (Triple t : sorted) {
            if (!t.getSubject().isURI() || t.getObject().isBlank()) {
                throw new IllegalArgumentException("blank nodes are not published: " + t);
            }
            if (!t.getSubject().equals(subject)) {
                if (subject != null) {
                    w.print("  </rdf:Description>\n");
                }
                subject = t.getSubject();
                w.print("  <rdf:Description rdf:about=\"" + attr(subject.getURI()) + "\">\n");
            }
            property(w, qname(t.getPredicate().getURI(), ns), t.getObject());
        }
        if (subject != null) {
            w.print("  </rdf:Description>\n");
        }
        w.print("</rdf:RDF>\n");
        w.flush();
    }

    private static void property(PrintWriter w, String name, Node o) {
        if (o.isURI()) {
            w.print("    <" + name + " rdf:resource=\"" + attr(o.getURI()) + "\"/>\n");
            return;
        }
        String lang = o.getLiteralLanguage();
        String dt = o.getLiteralDatatypeURI();
        String a = !lang.isEmpty() ? " xml:lang=\"" + attr(lang) + "\""
                : XSDDatatype.XSDstring.getURI().equals(dt) ? "" : " rdf:datatype=\"" + attr(dt) + "\"";
        w.print("    <" + name + a + ">" + text(o.getLiteralLexicalForm()) + "</" + name + ">\n");
    }

    /** The namespace of every property, with the standard prefixes first and {@code ns1 ...} for others. */
    private static Map<String, String> namespaces(List<Triple> triples, Map<String, String> prefixes) {
        Map<String, String> byUri = new TreeMap<>();
        Map<String, String> extra = new TreeMap<>();
        prefixes.forEach((p, uri) -> byUri.put(uri, p));
        byUri.put(RDF, "rdf");
        for (Triple t : triples) {
            String iri = t.getPredicate().getURI();
            if (byUri.keySet().stream().noneMatch(uri -> iri.startsWith(uri)
                    && NCNAME.matcher(iri.substring(uri.length())).matches())) {
                extra.put(split(iri), "");
            }
        }
        int n = 1;
        for (String uri : extra.keySet()) {
            byUri.put(uri, "ns" + n++);
        }
        Map<String, String> out = new LinkedHashMap<>();
        byUri.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static String split(String iri) {
        for (int i = iri.length() - 1; i > 0; i--) {
            if (!NCNAME.matcher(iri.substring(i)).matches()) {
                if (i + 1 < iri.length()) {
                    return iri.substring(0, i + 1);
                }
                break;
            }
        }
        throw new IllegalArgumentException("RDF/XML cannot name the property " + iri);
    }

    private static String qname(String iri, Map<String, String> ns) {
        String best = null;
        for (String uri : ns.keySet()) {
            if (iri.startsWith(uri) && NCNAME.matcher(iri.substring(uri.length())).matches()
                    && (best == null || uri.length() > best.length())) {
                best = uri;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("RDF/XML cannot name the property " + iri);
        }
        return ns.get(best) + ":" + iri.substring(best.length());
    }

    private static String text(String s) {
        return escape(s, false);
    }

    private static String attr(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\r' -> sb.append("&#13;");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate((char) c) && c < 0x10000) {
                        throw new IllegalArgumentException("RDF/XML cannot hold the character U+"
                                + Integer.toHexString(c) + " in: " + s);
                    }
                    sb.appendCodePoint(c);
                }
            }
        });
        return sb.toString();
    }
}
