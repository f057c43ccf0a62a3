/** Export: deterministic dumps of the dataset in standard RDF formats. */
package tw.gov.taichung.kg.export;
