/**
 * Scaffolding: drafts a report fact file (in the format of docs/data-format.md) from a new report's plain
 * text, for a person to review and finish. {@link tw.gov.taichung.kg.scaffold.Scaffolder} is the entry point;
 * it is pure (text and registry in, YAML text and review flags out) and never touches the file system.
 *
 * <p>What it drafts: the cover metadata (report date, trip period, title), the delegation table, the
 * itinerary (a date/content table, or day headings with numbered items), and tables of trips like the 2018
 * council report's (one trip per row, rows reassembled across page breaks). Names are linked to the
 * registry (including aliases); whatever the text cannot tell (event types, ids, English names) is left as a
 * {@code TODO} that fails validation until a person fills it.
 */
package tw.gov.taichung.kg.scaffold;
