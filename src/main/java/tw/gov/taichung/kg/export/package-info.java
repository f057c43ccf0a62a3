/**
 * Export: the published dataset (the loaded graphs plus a VoID/DCAT description) and its
 * deterministic dumps in N-Quads, TriG, Turtle, N-Triples, JSON-LD and RDF/XML.
 */
package tw.gov.taichung.kg.export;
