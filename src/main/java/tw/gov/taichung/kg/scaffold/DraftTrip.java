package tw.gov.taichung.kg.scaffold;

import java.util.List;
import java.util.Objects;

/**
 * A trip as drafted: from the cover and tables of a one-trip report, or from one row of a table of trips.
 *
 * @param id            the id: reused from a curated report when the same dates are known, else
 *                      {@code YYYY-MM-destination} or {@code YYYY-MM-TODO}
 * @param zh            the title
 * @param period        start and end
 * @param leader        person id or TODO placeholder, or null
 * @param members       the named delegation members in the order of the text
 * @param size          delegation size in all when the text states it (等七人), else null
 * @param destinations  place ids
 * @param budget        the reported cost, or null
 * @param quotes        quotes for the trip (title, dates)
 * @param notes         comment lines for the reviewer (outcomes listed in the row ...)
 * @param events        the itinerary
 */
public record DraftTrip(String id, String zh, DateSpan period, String leader, List<DraftMember> members,
        Integer size, List<String> destinations, Budget budget, List<Quote> quotes, List<String> notes,
        List<DraftEvent> events) {
    public DraftTrip {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(period, "period");
        members = List.copyOf(members);
        destinations = List.copyOf(destinations);
        quotes = List.copyOf(quotes);
        notes = List.copyOf(notes);
        events = List.copyOf(events);
    }

    /**
     * A reported cost: an amount in TWD, or unsettled (核銷中).
     *
     * @param amount     TWD, or null when unsettled
     * @param unsettled  whether the text says the accounts are not settled
     * @param quotes     the budget cell (pieces of it when it is broken over pages)
     */
    public record Budget(Long amount, boolean unsettled, List<Quote> quotes) {
        public Budget {
            quotes = List.copyOf(quotes);
            if (amount == null && !unsettled || quotes.isEmpty()) {
                throw new IllegalArgumentException("a budget needs an amount or 'unsettled', and a quote");
            }
        }
    }
}
