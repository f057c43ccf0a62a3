package tw.gov.taichung.kg.scaffold;

import java.util.Objects;

/**
 * Something a person must check or supply before the draft is committed.
 *
 * @param code     what kind of review: UNMATCHED_PERSON, UNMATCHED_ORG, UNMATCHED_PLACE, EVENT_TYPE, EVENT_ID,
 *                 TRIP_ID, SAME_TRIP, LEADER_GUESS, YEAR_INFERRED, DATE_MISSING, ROLE_EN, TITLE_MISSING,
 *                 NO_DELEGATION, NO_ITINERARY, AMBIGUOUS_NAME
 * @param where    where in the report text it comes from (e.g. {@code line 60}), or the draft field
 * @param message  one sentence saying what to do
 */
public record ReviewFlag(String code, String where, String message) {
    public ReviewFlag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return code + " (" + where + "): " + message;
    }
}
