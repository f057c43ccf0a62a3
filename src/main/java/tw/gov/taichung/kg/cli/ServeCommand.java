package tw.gov.taichung.kg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.serve.Server;
import tw.gov.taichung.kg.serve.Store;

/** Builds the graph in memory, validates it and serves it read-only on loopback. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:the data has problems", "2:usage error (options that do not fit together)",
                "3:input cannot be read (a data file, or a --tdb2 folder that is read-only or in use)"},
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

    @Option(names = "--host", paramLabel = "ADDRESS", description = "listen on this address (e.g. 0.0.0.0) "
            + "instead of loopback only; puts the server on the network")
    String host;

    @Option(names = "--allow-update", description = "turn on SPARQL Update (/kg/update) and graph-store writes "
            + "(/kg/data) for the users of --password-file (HTTP basic auth); reads stay anonymous")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE", description = "users who may write, one "
            + "'user: password' a line (needs --allow-update)")
    java.nio.file.Path passwordFile;

    @Option(names = "--tdb2", paramLabel = "DIR", description = "keep the graph in a TDB2 database in DIR: "
            + "loaded from --data when DIR is new or empty, reopened as it is otherwise; survives restarts and "
            + "crashes")
    java.nio.file.Path tdb2;

    @Option(names = "--max-rows", description = "rows (or triples) per answer at most (default: "
            + "${DEFAULT-VALUE})", defaultValue = "" + tw.gov.taichung.kg.serve.Exposure.DEFAULT_MAX_ROWS)
    int maxRows;

    @Option(names = "--max-query-bytes", description = "largest query request body or query string, in bytes "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "" + tw.gov.taichung.kg.serve.Exposure.DEFAULT_MAX_QUERY_BYTES)
    long maxQueryBytes;

    @Option(names = "--max-concurrent", description = "SPARQL requests run at once at most; more wait their turn "
            + "(default: twice the processors, at least 4)")
    Integer maxConcurrent;

    @Option(names = "--answer-cache", paramLabel = "MB", description = "memory for kept answers: a query "
            + "asked again (same text, same Accept) is answered from memory, as the data cannot change while "
            + "serving; 0 turns it off; never used with --allow-update (default: ${DEFAULT-VALUE})",
            defaultValue = "64")
    long answerCacheMb;

    @Option(names = "--max-answer-bytes", description = "the terms of one answer, in bytes, at most; a larger "
            + "answer is cut there and says so (X-Result-Truncated) (default: ${DEFAULT-VALUE})",
            defaultValue = "" + tw.gov.taichung.kg.serve.Exposure.DEFAULT_MAX_ANSWER_BYTES)
    long maxAnswerBytes;

    @Option(names = "--max-update-bytes", description = "largest update request body, in bytes (default: "
            + "${DEFAULT-VALUE})", defaultValue = "" + tw.gov.taichung.kg.serve.Exposure.DEFAULT_MAX_UPDATE_BYTES)
    long maxUpdateBytes;

    @Option(names = "--cache", paramLabel = "DIR", description = "where validated datasets are kept between "
            + "starts, so unchanged data is not loaded and validated again (default: $XDG_CACHE_HOME/tdkg or "
            + "~/.cache/tdkg)")
    java.nio.file.Path cacheDir;

    @Option(names = "--no-cache", description = "always load and validate the data; keep nothing")
    boolean noCache;

    @Override
    public Integer call() {
        tw.gov.taichung.kg.serve.Exposure exposure = exposure();
        if (exposure == null) {
            return Main.USAGE;
        }
        Server.initialiseInBackground();
        Iris iris = new Iris(data.base);
        Served served = dataset(iris, exposure);
        if (served == null) {
            return exitCode;
        }
        FusekiServer server;
        try {
            server = Server.start(served.dataset(), served.published(),
                    new Server.Options(port, timeoutSeconds * 1000, iris, data.data.resolve("reports"), exposure));
        } catch (RuntimeException e) {
            if (!portTaken(e)) {
                throw e;
            }
            System.err.println("port " + port + " is already in use on " + (host != null ? host : "localhost")
                    + " (another server is listening there); stop it or choose another port with --port N");
            return Main.USAGE;
        }
        String root = "http://localhost:" + server.getPort() + "/";
        System.err.println("serving SPARQL at " + root + "kg/sparql, linked data at " + root + "id/..., VoID at "
                + root + ".well-known/void, dumps at " + root + "dumps/ (Ctrl-C stops)");
        System.err.println("web interface at " + root + " (home, questions, SPARQL editor, timeline, map)");
        if (exposure.allowUpdate()) {
            System.err.println("updates at " + root + "kg/update and graph-store writes at " + root
                    + "kg/data, for the users in " + passwordFile);
        }
        server.join();
        return Main.OK;
    }

    private int exitCode = Main.OK;

    /** Whether starting failed because the address is already in use. */
    private static boolean portTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }

    /** The network settings from the options, or null (and a message) when they do not fit together. */
    private tw.gov.taichung.kg.serve.Exposure exposure() {
        if (allowUpdate != (passwordFile != null)) {
            System.err.println(allowUpdate ? "--allow-update needs --password-file FILE: updates are for "
                    + "authenticated users only" : "--password-file is only used with --allow-update");
            return null;
        }
        if (passwordFile != null && !java.nio.file.Files.isReadable(passwordFile)) {
            System.err.println(passwordFile + ": the password file does not exist or cannot be read");
            return null;
        }
        if (timeoutSeconds < 1 || maxRows < 1 || maxQueryBytes < 1 || maxUpdateBytes < 1 || maxAnswerBytes < 1
                || maxConcurrent != null && maxConcurrent < 1) {
            System.err.println("--timeout, --max-rows, --max-query-bytes, --max-update-bytes, --max-answer-bytes and "
                    + "--max-concurrent must be positive");
            return null;
        }
        if (answerCacheMb < 0) {
            System.err.println("--answer-cache must not be negative");
            return null;
        }
        if (host != null) {
            System.err.println("WARNING: listening on " + host + ", not only on loopback: anyone who can reach "
                    + "this address can query the graph" + (allowUpdate ? " (updates need a password; basic auth "
                    + "sends it in clear text, so put TLS in front)" : ""));
        }
        return new tw.gov.taichung.kg.serve.Exposure(host, passwordFile, maxRows, maxQueryBytes, maxUpdateBytes,
                maxConcurrent != null ? maxConcurrent : tw.gov.taichung.kg.serve.Exposure.defaultConcurrency(),
                answerCacheMb * 1024L * 1024L, maxAnswerBytes);
    }

    /**
     * The dataset to serve: the TDB2 database in --tdb2 (reopened as it is, or loaded from --data when new);
     * otherwise the data, loaded and validated, in memory (in a writable TDB2 store with --allow-update).
     * Null, with {@link #exitCode} set, when the data has problems or --tdb2 is not usable.
     */
    private Served dataset(Iris iris, tw.gov.taichung.kg.serve.Exposure exposure) {
        try {
            if (tdb2 != null && Store.holdsData(tdb2)) {
                System.err.println("opening the TDB2 database in " + tdb2 + " (--data is not read)");
                return new Served(Store.open(tdb2, () -> null).dataset(), null);
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            exitCode = Main.USAGE;
            return null;
        } catch (RuntimeException e) {
            System.err.println(TdbFolder.explain(tdb2, e));
            exitCode = Main.UNREADABLE;
            return null;
        }
        DatasetGraph published = published(iris);
        if (published == null) {
            return null;
        }
        if (tdb2 != null) {
            System.err.println("loading the graph into a new TDB2 database in " + tdb2);
            try {
                return new Served(Store.open(tdb2, () -> published).dataset(), null);
            } catch (RuntimeException e) {
                System.err.println(TdbFolder.explain(tdb2, e));
                exitCode = Main.UNREADABLE;
                return null;
            }
        }
        if (exposure.allowUpdate()) {
            System.err.println("updates go to memory and are lost when the server stops; use --tdb2 DIR to keep them");
            return new Served(Store.inMemory(published), null);
        }
        return new Served(KnowledgeGraph.withUnionDefault(published), published);
    }

    /**
     * What is served: the dataset behind SPARQL, and, when it is read-only in memory, the published dataset
     * it was made from (null otherwise), which the linked-data pages then use as it is.
     */
    private record Served(DatasetGraph dataset, DatasetGraph published) {
    }

    /**
     * The published dataset: from the snapshot of an earlier validated start with the same data, base and
     * program, or else loaded, validated and kept as a snapshot. Null (exit code set) when the data has problems.
     */
    private DatasetGraph published(Iris iris) {
        ValidatedData.Outcome o = ValidatedData.published(data, iris, cacheDir, noCache, System.err);
        if (o.fromSnapshot()) {
            System.err.println("data unchanged since it was last validated: serving the validated snapshot");
        }
        exitCode = o.exitCode();
        return o.published();
    }
}
