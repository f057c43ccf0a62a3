package tw.gov.taichung.kg.scaffold;

import java.util.List;

/**
 * The event type an item's wording suggests (參訪 → visit, 拜會 → courtesy-call ...). Only a suggestion: the
 * draft writes {@code type: TODO} and names the suggestion in a comment, for a person to decide.
 */
final class EventTypes {
    private record Rule(String type, List<String> words) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("trip-leg", List.of("搭機", "搭乘", "班機", "轉機", "飛往", "返抵", "返國", "回臺", "出發赴")),
            new Rule("signing", List.of("簽署", "簽訂", "締結", "締盟")),
            new Rule("press-conference", List.of("記者會")),
            new Rule("interview", List.of("專訪", "採訪")),
            new Rule("banquet", List.of("晚宴", "餐會", "僑宴", "午宴", "宴請", "酒會")),
            new Rule("speech", List.of("演講", "致詞", "為題", "演說")),
            new Rule("courtesy-call", List.of("拜會", "拜訪", "會晤", "會見")),
            new Rule("conference", List.of("論壇", "會議", "峰會", "大會", "研討會")),
            new Rule("site-inspection", List.of("考察", "踏勘", "視察")),
            new Rule("ceremony", List.of("獻花", "典禮", "儀式", "開幕")),
            new Rule("exhibition", List.of("展覽", "航太展", "食品展", "博覽會")),
            new Rule("visit", List.of("參訪", "參觀", "造訪", "走訪", "訪問")),
            new Rule("meeting", List.of("交流", "會談", "座談", "洽談")));

    private EventTypes() {
    }

    /** The suggested type of a label, or null when the wording suggests none. */
    static String suggest(String label) {
        for (Rule r : RULES) {
            for (String w : r.words()) {
                if (label.contains(w)) {
                    return r.type();
                }
            }
        }
        return null;
    }
}
