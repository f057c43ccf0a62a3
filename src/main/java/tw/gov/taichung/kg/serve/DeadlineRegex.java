package tw.gov.taichung.kg.serve;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.XSD;

/**
 * Regular expressions that stop at the request's deadline ({@link Deadline}). ARQ evaluates {@code REGEX}
 * (and {@code fn:matches}) with {@link java.util.regex}, which never checks a timeout: a backtracking pattern
 * such as {@code (a*)*\1b} on thirty letters runs for minutes, past the query timeout, holding a query slot.
 * Here the text is matched as a {@link CharSequence} that checks the deadline as the matcher reads it, so the
 * query ends with the timeout (503) like any other. {@link #bound} puts these in place of ARQ's {@code REGEX}
 * and {@code REPLACE} in a query or update; {@link #copy} keeps them through ARQ's own rewriting.
 */
final class DeadlineRegex extends E_Regex {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    /** The pattern, compiled once when it and the flags are constants (as ARQ's own REGEX does); else null. */
    private final Pattern fixed;

    DeadlineRegex(Expr text, Expr pattern, Expr flags) {
        super(text, pattern, flags);
        this.fixed = fixed(pattern, flags, "REGEX");
    }

    /** The compiled pattern when {@code pattern} and {@code flags} (may be null) are constant strings; else null. */
    static Pattern fixed(Expr pattern, Expr flags, String label) {
        try {
            if (pattern.isConstant() && (flags == null || flags.isConstant())) {
                return RegexEngine.makePattern(label, string(pattern.getConstant(), label),
                        flags == null ? null : string(flags.getConstant(), label));
            }
        } catch (RuntimeException e) {
            // not a valid pattern: the error is raised when it is evaluated
        }
        return null;
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        String text = string(args.get(0), "REGEX");
        Pattern p = fixed != null ? fixed : pattern(args, "REGEX");
        return NodeValue.makeBoolean(p.matcher(Deadline.chars(text, Deadline.now())).find());
    }

    @Override
    public Expr copy(ExprList args) {
        return new DeadlineRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
    }

    static String string(NodeValue v, String label) {
        Node n = v.asNode();
        if (!n.isLiteral() || !(n.getLiteralLanguage().length() > 0 || XSD.xstring.getURI().equals(n.getLiteralDatatypeURI()))) {
            throw new ExprEvalException(label + ": not a string: " + v);
        }
        return n.getLiteralLexicalForm();
    }

    static Pattern pattern(List<NodeValue> args, String label) {
        int flagsAt = label.equals("REGEX") ? 2 : 3;
        String flags = args.size() > flagsAt ? string(args.get(flagsAt), label) : null;
        return RegexEngine.makePattern(label, string(args.get(1), label), flags);
    }

    /** {@code REPLACE} with the same deadline. */
    static final class Replace extends E_StrReplace {
        private final Pattern fixed;

        Replace(Expr text, Expr pattern, Expr replacement, Expr flags) {
            super(text, pattern, replacement, flags);
            this.fixed = fixed(pattern, flags, "REPLACE");
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            Node n = args.get(0).asNode();
            String text = string(args.get(0), "REPLACE");
            Pattern p = fixed != null ? fixed : pattern(args, "REPLACE");
            if (p.matcher("").matches()) {
                throw new ExprEvalException("REPLACE: the pattern matches the empty string");
            }
            String out = p.matcher(Deadline.chars(text, Deadline.now())).replaceAll(string(args.get(2), "REPLACE"));
            return n.getLiteralLanguage().isEmpty() ? NodeValue.makeString(out)
                    : NodeValue.makeLangString(out, n.getLiteralLanguage());
        }

        @Override
        public Expr copy(ExprList args) {
            return new Replace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
        }
    }

    private static final ExprTransformCopy TRANSFORM = new ExprTransformCopy() {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            String iri = func instanceof E_Function f ? f.getFunctionIRI() : null;
            if ((func instanceof E_Regex && !(func instanceof DeadlineRegex)) || (FN + "matches").equals(iri)) {
                if (args.size() == 2 || args.size() == 3) {
                    return new DeadlineRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
                }
            }
            if ((func instanceof E_StrReplace && !(func instanceof Replace)) || (FN + "replace").equals(iri)) {
                if (args.size() == 3 || args.size() == 4) {
                    return new Replace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
                }
            }
            return super.transform(func, args);
        }
    };

    /** The query with every regular expression bounded by the deadline. */
    static Query bound(Query q) {
        Query out = QueryTransformOps.transform(q, new ElementTransformCopyBase(), TRANSFORM);
        out.setResultVars();
        return out;
    }

    /** The update with every regular expression bounded by the deadline. */
    static UpdateRequest bound(UpdateRequest u) {
        return UpdateTransformOps.transform(u, new ElementTransformCopyBase(), TRANSFORM);
    }

}
