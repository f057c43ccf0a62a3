package tw.gov.taichung.kg.bench;

/** Something that answers SPARQL SELECT queries: an in-process store or an HTTP endpoint. */
public interface QueryEngine extends AutoCloseable {
    /** The time an in-process query may take, as the servers' timeout in the benchmark (30 s). */
    int TIMEOUT_SECONDS = 30;

    /** Runs a SELECT query to the end and returns the number of rows. */
    long select(String sparql) throws Exception;

    @Override
    default void close() throws Exception {
    }
}
