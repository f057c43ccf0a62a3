/** Serving: the embedded, read-only Apache Jena Fuseki server. */
package tw.gov.taichung.kg.serve;
