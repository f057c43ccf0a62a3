package tw.gov.taichung.kg.serve;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The size of an answer's terms as written, estimated from the terms themselves (characters of the lexical
 * form, language tag, datatype and IRI, and a little for the format's own markup): what the byte cap of the
 * query endpoint counts. It is close to the size of a TSV or CSV answer and below that of JSON or XML.
 */
final class AnswerSize {
    private AnswerSize() {
    }

    static long of(Binding b) {
        long n = 2;
        for (Iterator<Var> it = b.vars(); it.hasNext(); ) {
            n += of(b.get(it.next())) + 1;
        }
        return n;
    }

    static long of(Node n) {
        if (n == null) {
            return 0;
        }
        if (n.isURI()) {
            return n.getURI().length() + 2;
        }
        if (n.isLiteral()) {
            String dt = n.getLiteralDatatypeURI();
            boolean plain = !n.getLiteralLanguage().isEmpty() || dt.endsWith("#string");
            return n.getLiteralLexicalForm().length() + n.getLiteralLanguage().length() + (plain ? 0 : dt.length()) + 6;
        }
        if (n.isTripleTerm()) {
            return of(n.getTriple().getSubject()) + of(n.getTriple().getPredicate()) + of(n.getTriple().getObject()) + 6;
        }
        return 24;
    }
}
