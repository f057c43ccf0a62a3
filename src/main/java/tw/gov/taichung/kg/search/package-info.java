/**
 * Full-text search over the served graph: a Lucene index, built with Jena's text index (jena-text), of every
 * label and alias of every entity and every sentence of every report text, with an analyzer for Traditional
 * Chinese beside English ({@link TextAnalyzer}); {@code text:query} at {@code /kg/sparql} reads it, and
 * {@link Searcher} answers the web interface's and {@code tdkg search}'s questions from it. Nothing here
 * changes the dataset or the dumps: sentences are index documents only, named by RFC 5147 fragment IRIs of
 * the report text ({@code {base}texts/{file}.txt#char=start,end}).
 */
package tw.gov.taichung.kg.search;
