package tw.gov.taichung.kg.bench;

/** Something that answers SPARQL SELECT queries: an in-process store or an HTTP endpoint. */
public interface QueryEngine extends AutoCloseable {
    /** Runs a SELECT query to the end and returns the number of rows. */
    long select(String sparql) throws Exception;

    @Override
    default void close() throws Exception {
    }
}
