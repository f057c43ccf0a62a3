package tw.gov.taichung.kg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tw.gov.taichung.kg.export.Publication;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.serve.Server;

/** Builds the graph in memory, validates it and serves it read-only on loopback. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the graph read-only: SPARQL at http://localhost:PORT/kg/sparql, entity IRIs "
                + "(/id/...), VoID (/.well-known/void), dumps (/dumps/) and report texts (/texts/).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--port", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)",
            defaultValue = "3030")
    int port;

    @Option(names = "--timeout", description = "query timeout in seconds (default: ${DEFAULT-VALUE})",
            defaultValue = "10")
    long timeoutSeconds;

    @Override
    public Integer call() {
        DataOptions.Checked c = data.load(true, System.err);
        if (c.exitCode() != Main.OK) {
            return c.exitCode();
        }
        Iris iris = new Iris(data.base);
        FusekiServer server = Server.start(
                KnowledgeGraph.withUnionDefault(Publication.publish(c.result().dataset(), iris)),
                new Server.Options(port, timeoutSeconds * 1000, iris, data.data.resolve("reports")));
        String root = "http://localhost:" + server.getPort() + "/";
        System.err.println("serving SPARQL at " + root + "kg/sparql, linked data at " + root + "id/..., VoID at "
                + root + ".well-known/void, dumps at " + root + "dumps/ (Ctrl-C stops)");
        server.join();
        return Main.OK;
    }
}
