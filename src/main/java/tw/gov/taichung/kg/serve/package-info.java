/**
 * Serving: the embedded, read-only Apache Jena Fuseki server (SPARQL at {@code /kg/sparql}) and the
 * linked-data front: dereferenceable IRIs with content negotiation, the VoID description, the dumps
 * and the report texts.
 */
package tw.gov.taichung.kg.serve;
