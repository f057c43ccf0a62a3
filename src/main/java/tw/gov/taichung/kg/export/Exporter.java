package tw.gov.taichung.kg.export;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Writes the dataset deterministically: N-Quads as sorted lines, TriG from a dataset filled in sorted
 * order, so that two builds of the same data give byte-identical files. Only named graphs are written.
 */
public final class Exporter {
    private Exporter() {
    }

    /** The export formats, with their file names under the output folder. */
    public enum Format {
        NQ("kg.nq"), TRIG("kg.trig");

        public final String fileName;

        Format(String fileName) {
            this.fileName = fileName;
        }
    }

    public static void write(DatasetGraph dsg, Format format, OutputStream out) {
        switch (format) {
            case NQ -> writeNQuads(dsg, out);
            case TRIG -> RDFDataMgr.write(out, sorted(dsg), RDFFormat.TRIG_BLOCKS);
        }
    }

    static List<Quad> sortedQuads(DatasetGraph dsg) {
        List<Quad> quads = new ArrayList<>();
        dsg.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                quads.add(q);
            }
        });
        quads.sort(Comparator.comparing(Exporter::line));
        return quads;
    }

    /** A copy of the named graphs, filled in sorted order, with the standard prefixes. */
    public static DatasetGraph sorted(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.create();
        copy.prefixes().putAll(Vocab.prefixes().getNsPrefixMap());
        for (Quad q : sortedQuads(dsg)) {
            copy.add(q);
        }
        return copy;
    }

    private static void writeNQuads(DatasetGraph dsg, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (Quad q : sortedQuads(dsg)) {
            w.print(line(q));
            w.print('\n');
        }
        w.flush();
    }

    private static String line(Quad q) {
        return NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                + NodeFmtLib.strNT(q.getObject()) + " " + NodeFmtLib.strNT(q.getGraph()) + " .";
    }
}
