/** Questions: the named query library, parameters, and rendering answers as tables, CSV or JSON. */
package tw.gov.taichung.kg.query;
