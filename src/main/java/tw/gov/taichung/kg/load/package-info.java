/**
 * Loading: curated YAML and report texts in, RDF dataset and problems out. {@link tw.gov.taichung.kg.load.Loader}
 * is the entry point; it checks every reference and every quote and never touches the file system.
 */
package tw.gov.taichung.kg.load;
