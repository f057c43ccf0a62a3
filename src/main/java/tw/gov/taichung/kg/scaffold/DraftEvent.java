package tw.gov.taichung.kg.scaffold;

import java.util.List;
import java.util.Objects;

/**
 * An itinerary item drafted as an event.
 *
 * @param id         placeholder id ({@code 2017-06-18-TODO-3}): a person names it
 * @param suggested  the event type the wording suggests (visit for 參訪 ...), or null; the draft writes TODO
 * @param zh         the label: the head of the item, tags and numbering removed
 * @param date       the date or range of the item
 * @param dateNote   why the date is less than certain (year or day not in the row), or null
 * @param partOf     id of the enclosing draft event (a numbered sub-item, a leg of the journey), or null
 * @param place      place id (city) where it happened, or null
 * @param visited    organisation ids named in the item
 * @param quotes     verbatim quotes: the date cell or heading, the place cell, the item's head
 * @param start      where the whole item starts in the text (char index)
 * @param end        where it ends (char index, exclusive)
 * @param leg        whether this is a leg of the journey (a date/place cell such as 3/14 (六) 大紐約地區)
 */
public record DraftEvent(String id, String suggested, String zh, DateSpan date, String dateNote, String partOf,
        String place, List<String> visited, List<Quote> quotes, int start, int end, boolean leg) {
    public DraftEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(date, "date");
        visited = List.copyOf(visited);
        quotes = List.copyOf(quotes);
        if (quotes.isEmpty() || end < start) {
            throw new IllegalArgumentException("an event needs a quote and a span");
        }
    }
}
