package tw.gov.taichung.kg.scaffold;

import java.util.List;
import java.util.Objects;

/**
 * The whole draft before it is written as YAML.
 *
 * @param id         report id (from the text's file name when that is a valid id, else TODO)
 * @param textFile   the report text's file name
 * @param zh         the title, or null when none was found
 * @param date       the report date, or null
 * @param dateQuote  the quote stating the report date, or null
 * @param publisher  organisation id, or null
 * @param cover      cover fields as found ("label: value -> reading"), for the reviewer
 * @param trips      the trips
 * @param posts      posts of delegation members
 * @param newPeople  names not in the registry, to be added (or linked) by a person
 * @param flags      everything to review
 */
public record DraftReport(String id, String textFile, String zh, DateSpan date, Quote dateQuote, String publisher,
        List<String> cover, List<DraftTrip> trips, List<DraftPost> posts, List<String> newPeople,
        List<ReviewFlag> flags) {
    public DraftReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(textFile, "textFile");
        cover = List.copyOf(cover);
        trips = List.copyOf(trips);
        posts = List.copyOf(posts);
        newPeople = List.copyOf(newPeople);
        flags = List.copyOf(flags);
    }
}
