package tw.gov.taichung.kg.serve;

import java.nio.file.Path;

/**
 * How the server faces the network, with safe defaults: bound to loopback, read-only, at most
 * {@value #DEFAULT_MAX_ROWS} result rows per query, query bodies of at most
 * {@value #DEFAULT_MAX_QUERY_BYTES} bytes.
 *
 * @param host           the address to bind to; null binds to loopback only (the default)
 * @param passwordFile   null: read-only, there is no update or graph-store write endpoint at all; otherwise
 *                       SPARQL Update ({@code /kg/update}) and graph-store writes ({@code /kg/data}) are
 *                       on, for the users of this file only (HTTP basic auth; Jetty's
 *                       {@code user: password} format). Reads stay anonymous.
 * @param maxRows        rows of a SELECT (triples of a CONSTRUCT or DESCRIBE) sent at most; the answer says
 *                       when it was cut (see {@link CappedQuery})
 * @param maxQueryBytes  largest request body accepted on any path but the update endpoints (413 above)
 * @param maxUpdateBytes largest request body accepted on the update endpoints (413 above)
 * @param maxConcurrent  SPARQL requests run at once at most; more wait their turn (see
 *                       {@link ConcurrencyLimitFilter})
 * @param answerCacheBytes memory for kept answers of a read-only endpoint (see {@link AnswerCache}); 0: none.
 *                       Never used when updates are on.
 * @param maxAnswerBytes  the terms of one answer, in bytes, at most (see {@link AnswerSize}); the answer is cut
 *                       there, with {@code X-Result-Truncated: true}
 */
public record Exposure(String host, Path passwordFile, int maxRows, long maxQueryBytes, long maxUpdateBytes,
                       int maxConcurrent, long answerCacheBytes, long maxAnswerBytes) {
    public static final int DEFAULT_MAX_ROWS = 10_000;
    public static final long DEFAULT_MAX_QUERY_BYTES = 64 * 1024;
    public static final long DEFAULT_MAX_UPDATE_BYTES = 16L * 1024 * 1024;
    public static final long DEFAULT_ANSWER_CACHE_BYTES = 64L * 1024 * 1024;
    public static final long DEFAULT_MAX_ANSWER_BYTES = 32L * 1024 * 1024;

    /** With the default cap on answer bytes. */
    public Exposure(String host, Path passwordFile, int maxRows, long maxQueryBytes, long maxUpdateBytes,
            int maxConcurrent, long answerCacheBytes) {
        this(host, passwordFile, maxRows, maxQueryBytes, maxUpdateBytes, maxConcurrent, answerCacheBytes,
                DEFAULT_MAX_ANSWER_BYTES);
    }

    public Exposure {
        if (host != null && host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
        if (maxQueryBytes < 1 || maxUpdateBytes < 1) {
            throw new IllegalArgumentException("request size limits must be positive");
        }
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be positive: " + maxConcurrent);
        }
        if (maxAnswerBytes < 1) {
            throw new IllegalArgumentException("maxAnswerBytes must be positive: " + maxAnswerBytes);
        }
        if (answerCacheBytes < 0) {
            throw new IllegalArgumentException("answerCacheBytes must not be negative: " + answerCacheBytes);
        }
    }

    /** The default number of SPARQL requests run at once: twice the processors, at least 4. */
    public static int defaultConcurrency() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    /** Loopback, read-only, default limits. */
    public static Exposure defaults() {
        return new Exposure(null, null, DEFAULT_MAX_ROWS, DEFAULT_MAX_QUERY_BYTES, DEFAULT_MAX_UPDATE_BYTES,
                defaultConcurrency(), DEFAULT_ANSWER_CACHE_BYTES);
    }

    /** Whether updates are on (a password file is given). */
    public boolean allowUpdate() {
        return passwordFile != null;
    }

    /** Whether the server listens on loopback only. */
    public boolean loopbackOnly() {
        return host == null;
    }

    public Exposure withHost(String newHost) {
        return new Exposure(newHost, passwordFile, maxRows, maxQueryBytes, maxUpdateBytes, maxConcurrent, answerCacheBytes, maxAnswerBytes);
    }

    public Exposure withUpdates(Path newPasswordFile) {
        return new Exposure(host, newPasswordFile, maxRows, maxQueryBytes, maxUpdateBytes, maxConcurrent, answerCacheBytes, maxAnswerBytes);
    }

    public Exposure withMaxRows(int rows) {
        return new Exposure(host, passwordFile, rows, maxQueryBytes, maxUpdateBytes, maxConcurrent, answerCacheBytes, maxAnswerBytes);
    }

    public Exposure withMaxBytes(long query, long update) {
        return new Exposure(host, passwordFile, maxRows, query, update, maxConcurrent, answerCacheBytes, maxAnswerBytes);
    }

    public Exposure withAnswerCache(long newBytes) {
        return new Exposure(host, passwordFile, maxRows, maxQueryBytes, maxUpdateBytes, maxConcurrent, newBytes, maxAnswerBytes);
    }

    /** Whether answers are kept: a budget is set and the data cannot change. */
    public boolean cachesAnswers() {
        return answerCacheBytes > 0 && !allowUpdate();
    }

    public Exposure withMaxAnswerBytes(long bytes) {
        return new Exposure(host, passwordFile, maxRows, maxQueryBytes, maxUpdateBytes, maxConcurrent, answerCacheBytes,
                bytes);
    }

    public Exposure withMaxConcurrent(int n) {
        return new Exposure(host, passwordFile, maxRows, maxQueryBytes, maxUpdateBytes, n, answerCacheBytes, maxAnswerBytes);
    }
}
