package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Posts (org:Membership): for a person the posts held, for an organisation the people holding posts in it;
 * each with the dates a report attests it on and the quoted passages.
 */
final class PostsSection {
    private static final Node MEMBER = Vocab.uri(Vocab.ORG + "member");
    private static final Node ORGANIZATION = Vocab.uri(Vocab.ORG + "organization");

    private PostsSection() {
    }

    static String render(View v, Node focus) {
        Kg kg = v.kg();
        Set<Node> posts = new LinkedHashSet<>(kg.subjects(MEMBER, focus));
        boolean person = !posts.isEmpty();
        if (!person) {
            posts.addAll(kg.subjects(ORGANIZATION, focus));
        }
        if (posts.isEmpty()) {
            return "";
        }
        List<Node> sorted = new ArrayList<>(posts);
        sorted.sort(Comparator.comparing((Node m) -> String.valueOf(firstDate(kg, m))).thenComparing(Node::getURI));
        StringBuilder sb = new StringBuilder("<section class=\"posts\"><h2>")
                .append(person ? "職務 <small lang=\"en\">Posts held</small>" : "成員職務 <small lang=\"en\">People with posts</small>")
                .append(" (").append(sorted.size()).append(")</h2>\n<ul class=\"posts\">\n");
        for (Node m : sorted) {
            Node other = kg.object(m, person ? ORGANIZATION : MEMBER);
            sb.append("<li>").append(other == null ? "" : v.linkShort(other)).append(" <strong>").append(esc(role(kg, m)))
                    .append("</strong>");
            List<String> dates = new ArrayList<>();
            kg.objects(m, Vocab.tdo("attestedOn")).forEach(d -> dates.add(d.getLiteralLexicalForm()));
            if (!dates.isEmpty()) {
                dates.sort(null);
                sb.append(" <small>見於 <span lang=\"en\">attested on</span> ").append(esc(String.join("、", dates)))
                        .append("</small>");
            }
            String quotes = v.quotes(m);
            if (!quotes.isEmpty()) {
                sb.append("<details><summary>引文 <small lang=\"en\">quoted passage</small> (").append(kg.quotes(m).size())
                        .append(")</summary>").append(quotes).append("</details>");
            }
            sb.append("</li>\n");
        }
        return sb.append("</ul></section>\n").toString();
    }

    private static String firstDate(Kg kg, Node membership) {
        List<Node> dates = kg.objects(membership, Vocab.tdo("attestedOn"));
        return dates.isEmpty() ? "~" : dates.stream().map(Node::getLiteralLexicalForm).sorted().findFirst().orElse("~");
    }

    /** "副市長 Deputy Mayor" from the membership's role labels. */
    private static String role(Kg kg, Node membership) {
        String zh = null;
        String en = null;
        for (Node l : kg.objects(membership, Vocab.tdo("roleLabel"))) {
            if (l.isLiteral() && Kg.langOf(l).equals("zh")) {
                zh = l.getLiteralLexicalForm();
            } else if (l.isLiteral() && Kg.langOf(l).equals("en")) {
                en = l.getLiteralLexicalForm();
            }
        }
        if (zh == null && en == null) {
            Node role = kg.object(membership, Vocab.uri(Vocab.ORG + "role"));
            return role == null ? "" : EventItem.label(kg, role);
        }
        return zh == null ? en : en == null ? zh : zh + " " + en;
    }
}
