package tw.gov.taichung.kg.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * The file format of a kept snapshot: a table of terms, then the quads as four term numbers each. Reading it
 * is a few array look-ups per quad, which matters in a JVM that has just started and still interprets most
 * code (RDF Thrift took about five times as long there).
 */
final class SnapshotFormat {
    private static final long MAGIC = 0x54444b47534e4131L; // "TDKGSNA1"
    private static final byte URI = 0;
    private static final byte STRING = 1;
    private static final byte LANG = 2;
    private static final byte TYPED = 3;
    private static final byte DIRLANG = 4;
    private static final byte BLANK = 5;

    private SnapshotFormat() {
    }

    /** Writes every quad of {@code dsg} (default graph included, if it has any). */
    static void write(DatasetGraph dsg, OutputStream os) throws IOException {
        Map<Node, Integer> ids = new HashMap<>();
        List<Node> terms = new ArrayList<>();
        List<int[]> quads = new ArrayList<>();
        dsg.find().forEachRemaining(q -> quads.add(new int[] {id(q.getGraph(), ids, terms), id(q.getSubject(), ids,
                terms), id(q.getPredicate(), ids, terms), id(q.getObject(), ids, terms)}));
        DataOutputStream out = new DataOutputStream(os);
        out.writeLong(MAGIC);
        out.writeInt(terms.size());
        for (Node n : terms) {
            writeTerm(n, out);
        }
        out.writeInt(quads.size());
        for (int[] q : quads) {
            for (int x : q) {
                out.writeInt(x);
            }
        }
        out.flush();
    }

    /** Reads a snapshot into a new in-memory dataset. */
    static DatasetGraph read(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(is);
        if (in.readLong() != MAGIC) {
            throw new IOException("not a tdkg snapshot");
        }
        Node[] terms = new Node[count(in)];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = readTerm(in);
        }
        DatasetGraph dsg = DatasetGraphFactory.create();
        int quads = count(in);
        for (int i = 0; i < quads; i++) {
            Node g = term(terms, in.readInt());
            dsg.add(Quad.create(g, term(terms, in.readInt()), term(terms, in.readInt()), term(terms, in.readInt())));
        }
        if (in.read() != -1) {
            throw new IOException("trailing bytes after the quads");
        }
        return dsg;
    }

    private static int id(Node n, Map<Node, Integer> ids, List<Node> terms) {
        return ids.computeIfAbsent(n, x -> {
            terms.add(x);
            return terms.size() - 1;
        });
    }

    private static void writeTerm(Node n, DataOutputStream out) throws IOException {
        if (n.isURI()) {
            out.writeByte(URI);
            str(n.getURI(), out);
        } else if (n.isBlank()) {
            out.writeByte(BLANK);
            str(n.getBlankNodeLabel(), out);
        } else if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            TextDirection dir = n.getLiteralBaseDirection();
            if (dir != null) {
                out.writeByte(DIRLANG);
                str(n.getLiteralLexicalForm(), out);
                str(lang, out);
                str(dir.direction(), out);
            } else if (!lang.isEmpty()) {
                out.writeByte(LANG);
                str(n.getLiteralLexicalForm(), out);
                str(lang, out);
            } else if (n.getLiteralDatatype().equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring)) {
                out.writeByte(STRING);
                str(n.getLiteralLexicalForm(), out);
            } else {
                out.writeByte(TYPED);
                str(n.getLiteralLexicalForm(), out);
                str(n.getLiteralDatatypeURI(), out);
            }
        } else {
            throw new IOException("cannot keep this term in a snapshot: " + n);
        }
    }

    private static Node readTerm(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        return switch (kind) {
            case URI -> NodeFactory.createURI(str(in));
            case BLANK -> NodeFactory.createBlankNode(str(in));
            case STRING -> NodeFactory.createLiteralString(str(in));
            case LANG -> NodeFactory.createLiteralLang(str(in), str(in));
            case TYPED -> NodeFactory.createLiteralDT(str(in), TypeMapper.getInstance().getSafeTypeByName(str(in)));
            case DIRLANG -> NodeFactory.createLiteralDirLang(str(in), str(in), str(in));
            default -> throw new IOException("unknown term kind " + kind);
        };
    }

    private static Node term(Node[] terms, int i) throws IOException {
        if (i < 0 || i >= terms.length) {
            throw new IOException("term number out of range: " + i);
        }
        return terms[i];
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative count");
        }
        return n;
    }

    private static void str(String s, DataOutputStream out) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String str(DataInputStream in) throws IOException {
        byte[] b = new byte[count(in)];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
