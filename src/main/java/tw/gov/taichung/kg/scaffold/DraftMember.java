package tw.gov.taichung.kg.scaffold;

/**
 * A delegation member as drafted.
 *
 * @param name   the name as written (whitespace removed), e.g. 柳嘉峰
 * @param title  the post as written (職稱), or null
 * @param unit   the unit as written (單位), or null
 * @param id     the registry person id when the name is known, else null (the draft writes TODO-name)
 */
public record DraftMember(String name, String title, String unit, String id) {
    public DraftMember {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a member needs a name");
        }
    }

    /** The id, or the TODO placeholder that fails validation until a person links or adds the person. */
    public String ref() {
        return id != null ? id : "TODO-" + name;
    }
}
