/** Validation: SHACL over the loaded dataset, violations reported as problems with file and line. */
package tw.gov.taichung.kg.validate;
