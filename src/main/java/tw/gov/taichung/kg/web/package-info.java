/**
 * The web interface served by {@code tdkg serve} beside SPARQL and linked data: a home page with counts,
 * reports and the named queries as one-click questions ({@code /}, {@code /questions/NAME}), a SPARQL
 * editor (YASGUI from its WebJar, {@code /editor}), a page for every entity (the {@code text/html} answer of
 * its IRI, see {@link tw.gov.taichung.kg.web.EntityView}), a timeline of all trips ({@code /timeline}) and a
 * map of the cities visited ({@code /map}).
 *
 * <p>Pages are generated on the server from the served dataset; every piece of data passes through
 * {@link tw.gov.taichung.kg.web.Html#esc}. Every asset (style sheet, scripts, the world outline) is bundled in
 * the jar and served under {@code /assets/}, so the pages make no request beyond this server. Entry point:
 * {@link tw.gov.taichung.kg.web.WebUi#install}.
 */
package tw.gov.taichung.kg.web;
