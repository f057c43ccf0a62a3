package tw.gov.taichung.kg.model;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/** Namespaces and terms: the project's ontology (tdo) and the standard vocabularies it reuses. */
public final class Vocab {
    private Vocab() {
    }

    public static final String SITE = "https://taichung-diplomacy.example/";
    public static final String TDO = SITE + "ontology#";
    public static final String CONCEPT = SITE + "ontology/concept/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String TIME = "http://www.w3.org/2006/time#";
    public static final String GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String SH = "http://www.w3.org/ns/shacl#";
    /** The RDF Data Cube vocabulary, for a report's comparison tables. */
    public static final String QB = "http://purl.org/linked-data/cube#";
    public static final String SDMX_ATTRIBUTE = "http://purl.org/linked-data/sdmx/2009/attribute#";

    /** The prefixes used in every export, query and page. */
    public static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("tdo", TDO);
        pm.setNsPrefix("concept", CONCEPT);
        pm.setNsPrefix("rdf", RDF);
        pm.setNsPrefix("rdfs", RDFS);
        pm.setNsPrefix("owl", OWL);
        pm.setNsPrefix("xsd", XSD);
        pm.setNsPrefix("schema", SCHEMA);
        pm.setNsPrefix("org", ORG);
        pm.setNsPrefix("sem", SEM);
        pm.setNsPrefix("oa", OA);
        pm.setNsPrefix("prov", PROV);
        pm.setNsPrefix("skos", SKOS);
        pm.setNsPrefix("foaf", FOAF);
        pm.setNsPrefix("time", TIME);
        pm.setNsPrefix("geo", GEO);
        pm.setNsPrefix("dct", DCT);
        pm.setNsPrefix("void", VOID);
        pm.setNsPrefix("dcat", DCAT);
        return pm;
    }

    public static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    public static Node tdo(String local) {
        return uri(TDO + local);
    }

    public static Node schema(String local) {
        return uri(SCHEMA + local);
    }

    public static Node concept(String scheme, String slug) {
        return uri(CONCEPT + scheme + "/" + slug);
    }

    public static final Node TYPE = uri(RDF + "type");
    public static final Node VALUE = uri(RDF + "value");
    public static final Node LABEL = uri(RDFS + "label");
    public static final Node PREF_LABEL = uri(SKOS + "prefLabel");
    public static final Node ALT_LABEL = uri(SKOS + "altLabel");
    public static final Node SAME_AS = uri(OWL + "sameAs");
}
