/**
 * Coverage: which sentences of each report carry a fact (in structure, as a text statement only, as a mention
 * only), which are marked as carrying none, and which carry nothing. The core is pure (a text and quote spans
 * in, counts and sentences out); {@link tw.gov.taichung.kg.coverage.Coverage} reads the spans from a dataset.
 */
package tw.gov.taichung.kg.coverage;
