package tw.gov.taichung.kg.scaffold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cover of a report: labelled fields (服務機關：臺中市政府, 出國期間：..., 報告日期：...), the title, and the
 * date line of a council report (中華民國 107 年 5 月 11 日).
 *
 * @param fields     label to field, in the order found (first occurrence of each label)
 * @param title      the title (lines joined), or null
 * @param dateLine   the 中華民國 ... 年 ... 月 ... 日 line of a council report's cover, or null
 */
record Cover(Map<String, Field> fields, String title, Segment dateLine) {
    /** Labels read from a cover. */
    static final List<String> LABELS = List.of("出國報告名稱", "服務機關", "姓名職稱", "派赴國家", "出國地區", "出國期間",
            "報告日期", "出國計畫主辦機關", "出國類別", "聯絡人", "報告人", "類別");
    private static final Pattern FIELD = Pattern.compile("^\\s*(" + String.join("|", LABELS) + ")\\s*[：:]\\s*(.*?)\\s*$");
    private static final Pattern ROC_DATE_LINE = Pattern.compile("^\\s*中華民國\\s*[0-9０-９]{2,3}\\s*年.*日\\s*$");
    private static final Pattern END_OF_COVER = Pattern.compile("^\\s*(<p>)?(#+\\s*)?(壹、|目\\s*錄|目錄|摘要)");

    /**
     * A labelled field.
     *
     * @param whole  label, colon and value (what a quote of the field starts with)
     * @param value  the value
     */
    record Field(Segment whole, Segment value) {
    }

    Cover {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    Field get(String label) {
        return fields.get(label);
    }

    String value(String label) {
        Field f = fields.get(label);
        return f == null ? null : f.value().text();
    }

    /** Reads the cover: the lines before the table of contents, summary or first chapter. */
    static Cover read(List<Line> lines) {
        Map<String, Field> fields = new LinkedHashMap<>();
        Segment dateLine = null;
        int end = lines.size();
        for (Line l : lines) {
            if (l.no() > 3 && END_OF_COVER.matcher(l.text()).find()) {
                end = l.no() - 1;
                break;
            }
        }
        List<Line> cover = lines.subList(0, Math.min(end, lines.size()));
        for (Line l : cover) {
            for (Segment cell : l.cells()) {
                Matcher m = FIELD.matcher(cell.text());
                if (m.matches() && !fields.containsKey(m.group(1))) {
                    Segment whole = cell.trim();
                    Segment value = cell.sub(m.start(2), m.end(2));
                    fields.put(m.group(1), new Field(whole, value));
                }
            }
            if (dateLine == null && ROC_DATE_LINE.matcher(l.text()).matches()) {
                dateLine = new Segment(l.start(), l.end(), l.text()).trim();
            }
        }
        Field named = fields.get("出國報告名稱");
        String title = named != null && !named.value().blank() ? Text.collapse(named.value().text()) : title(cover);
        return new Cover(fields, title, dateLine);
    }

    /**
     * The title block: the lines just before the first line that ends in 報告 (出國報告, 專案報告), after a blank
     * line; the series line (公務出國或赴大陸地區報告..., 臺中市議會第N屆...) is not part of it.
     */
    private static String title(List<Line> cover) {
        for (int i = 0; i < cover.size(); i++) {
            String t = Text.noSpace(cover.get(i).text());
            if (!t.endsWith("報告") || t.contains("公務出國或赴大陸地區報告") || t.contains("：") || t.contains(":")) {
                continue;
            }
            List<String> block = new ArrayList<>();
            for (int j = i; j >= 0 && !cover.get(j).blank(); j--) {
                block.add(0, cover.get(j).text());
            }
            return squeezeCjk(Text.join(block));
        }
        return null;
    }

    /** Removes the spaces that a layout put between two CJK characters (市政暨產業交流合作 出國報告). */
    static String squeezeCjk(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < s.length() && (Text.isCjk(s.charAt(i - 1)) || Text.isCjk(s.charAt(i + 1)))) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
