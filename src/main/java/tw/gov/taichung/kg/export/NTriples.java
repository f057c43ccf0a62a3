package tw.gov.taichung.kg.export;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/**
 * The N-Triples form of a term, as {@link NodeFmtLib#strNT} writes it. Jena's formatter builds a line
 * buffer for every term, which made sorting the dumps by N-Triples form the main cost of a build; here
 * IRIs of plain ASCII and literals with nothing to escape are written directly, everything else by Jena.
 */
public final class NTriples {
    private static final String XSD_STRING = XSD.xstring.getURI();
    private static final String LANG_STRING = RDF.langString.getURI();

    private NTriples() {
    }

    /** The term in N-Triples syntax: {@code <iri>}, {@code "lex"@lang} or {@code "lex"^^<datatype>}. */
    public static String term(Node n) {
        if (n.isURI() && plainIri(n.getURI())) {
            return "<" + n.getURI() + ">";
        }
        if (n.isLiteral() && plainLexical(n.getLiteralLexicalForm())) {
            String lang = n.getLiteralLanguage();
            String dt = n.getLiteralDatatypeURI();
            if (!lang.isEmpty() && LANG_STRING.equals(dt) && n.getLiteralBaseDirection() == null) {
                return "\"" + n.getLiteralLexicalForm() + "\"@" + lang;
            }
            if (lang.isEmpty() && XSD_STRING.equals(dt)) {
                return "\"" + n.getLiteralLexicalForm() + "\"";
            }
            if (lang.isEmpty() && dt != null && plainIri(dt)) {
                return "\"" + n.getLiteralLexicalForm() + "\"^^<" + dt + ">";
            }
        }
        return NodeFmtLib.strNT(n);
    }

    private static boolean plainIri(String iri) {
        if (iri.isEmpty()) {
            return false;
        }
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean plainLexical(String lex) {
        for (int i = 0; i < lex.length(); i++) {
            char c = lex.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == 0x7F || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
