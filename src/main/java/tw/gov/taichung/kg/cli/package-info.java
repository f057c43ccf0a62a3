/** The command line (picocli): the thin edge that reads files, prints, and returns exit codes. */
package tw.gov.taichung.kg.cli;
