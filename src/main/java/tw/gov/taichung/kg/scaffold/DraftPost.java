package tw.gov.taichung.kg.scaffold;

import java.util.Objects;

/**
 * A post held by a delegation member, from a row of the delegation table.
 *
 * @param person  person id or TODO placeholder
 * @param org     organisation id or TODO placeholder
 * @param roleZh  the title as written
 * @param roleEn  the English title used for the same Chinese title elsewhere in the data, or null (TODO)
 * @param quote   the table row
 */
public record DraftPost(String person, String org, String roleZh, String roleEn, Quote quote) {
    public DraftPost {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(roleZh, "roleZh");
        Objects.requireNonNull(quote, "quote");
    }
}
