/**
 * The model shared by every pipeline stage: problems as data, partial dates, IRIs and vocabulary terms.
 */
package tw.gov.taichung.kg.model;
