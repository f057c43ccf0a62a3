package tw.gov.taichung.kg.model;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;

/**
 * The closed vocabularies of the data format (event types, organisation types, tiers, kinds,
 * statuses, roles) and the ontology terms they map to. The SKOS concepts themselves are
 * described in {@code ontology/concepts.ttl}.
 */
public final class Terms {
    private Terms() {
    }

    public static final Set<String> EVENT_TYPES = set("trip-leg", "visit", "courtesy-call", "meeting", "signing",
            "conference", "forum-session", "speech", "banquet", "interview", "press-conference", "site-inspection",
            "ceremony", "exhibition", "performance", "promotion", "return-visit", "other");
    public static final Set<String> ORG_TYPES = set("company", "government-body", "legislature", "university",
            "research-institute", "museum", "venue", "business-association", "overseas-community-association",
            "ngo", "international-organisation", "media", "think-tank", "sports-body", "school", "library",
            "airport", "sports-team");
    public static final Set<String> PLACE_TYPES = set("city", "admin-area", "country");
    public static final Set<String> TIERS = set("sister", "friendship", "sister-airport", "sister-port",
            "cooperation");
    public static final Set<String> AGREEMENT_TYPES = set("mou", "sister-city-agreement",
            "friendship-city-agreement", "council-resolution", "declaration", "letter-of-intent",
            "cooperation-agreement");
    public static final Set<String> PLEDGE_KINDS = set("investment", "return-visit", "invitation", "cooperation",
            "participation", "office", "exchange", "purchase", "support", "other", "recommendation", "lesson", "intention");
    /** Pledge kinds that are the city's own conclusions (closing sections): no event needed, dated by the report. */
    public static final Set<String> CONCLUSION_KINDS = set("recommendation", "lesson", "intention");
    public static final Set<String> FIGURE_KINDS = set("actual", "target", "budget", "forecast");
    public static final Set<String> APPROXIMATIONS = set("exact", "approximate", "more-than", "at-least",
            "less-than", "at-most");
    public static final Set<String> TOPICS = set("history", "size", "ownership", "economy", "industry",
            "technology", "smart-city", "urban-planning", "transport", "housing", "environment", "energy", "water",
            "agriculture", "tourism", "culture", "sport", "education", "health", "social-welfare", "governance",
            "public-safety", "diplomacy", "partnership", "trade", "investment", "media", "logistics", "other");
    public static final Set<String> PROJECT_TYPES = set("infrastructure", "facility", "event-series", "programme",
            "policy", "plan", "development-zone", "other");
    public static final Set<String> DISPUTED_PROPERTIES = set("delegation-size", "date", "start", "end", "post",
            "figure", "cost", "name", "other");
    public static final Set<String> NO_FACT_REASONS = set("heading", "table-of-contents", "boilerplate",
            "repetition", "greeting");
    public static final Set<String> STATUSES = set("not-yet-rated", "in-the-works", "stalled", "kept",
            "partially-kept", "broken");
    public static final Set<String> ROLES = set("host", "guest", "speaker", "signatory", "moderator", "organizer",
            "attendee", "presenter", "witness");

    private static Set<String> set(String... values) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(values)));
    }

    /** {@code courtesy-call} becomes {@code CourtesyCall}. */
    public static String camel(String slug) {
        return Arrays.stream(slug.split("-"))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining());
    }

    /** The tdo class of an event type ({@code other} maps to tdo:OtherEvent). */
    public static Node eventClass(String type) {
        return Vocab.tdo(type.equals("other") ? "OtherEvent" : camel(type));
    }

    /** The schema.org class of a place type. */
    public static Node placeClass(String type) {
        return Vocab.schema(switch (type) {
            case "city" -> "City";
            case "country" -> "Country";
            default -> "AdministrativeArea";
        });
    }
}
