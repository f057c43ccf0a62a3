package tw.gov.taichung.kg.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The itinerary of a report, as items with dates: from a table whose header has a date column and a programme
 * column (日期 / 行程內容, 日期 / 時間、地點 / 行程規劃, 日期/地點 / 行程內容), or else from day headings followed by
 * numbered items (一、7月9日： then (一)..., (二)..., with 1. 2. sub-items).
 *
 * <p>In a table, a row with an empty date cell belongs to the date above; the first row after a repeated header
 * (a page break) whose date and place cells are empty and whose previous cell stopped mid-sentence continues
 * that cell. A date cell that names a region after the date (3/14 (六) 大紐約地區) is a leg of the journey, and
 * the row's items are part of it.
 */
final class Itinerary {
    /**
     * An item.
     *
     * @param date        its date, or null when the row states none
     * @param dateSource  the cell or heading stating the date, or null
     * @param place       the place cell (or the region after the date), or null
     * @param pieces      the item's text (several pieces when it is broken by a page break or spans lines)
     * @param parent      index of the enclosing item in the list, or -1
     * @param leg         whether the item is a leg of the journey (its only piece is the date/place cell)
     */
    record Item(DateSpan date, Segment dateSource, Segment place, List<Segment> pieces, int parent, boolean leg) {
        Item {
            pieces = List.copyOf(pieces);
        }

        int start() {
            return pieces.get(0).start();
        }

        int end() {
            return pieces.get(pieces.size() - 1).end();
        }
    }

    private static final Pattern TOP_HEADING = Pattern.compile("^\\s*(<p>)?(#+\\s*)?[壹貳參肆伍陸柒捌玖拾]+\\s*、");
    private static final Pattern NUM_HEADING = Pattern.compile("^\\s*(?:[-*•]\\s*)?[一二三四五六七八九十]+\\s*、\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*•]\\s*)?([(（][一二三四五六七八九十]{1,3}[)）])");
    private static final Pattern SUB_ITEM = Pattern.compile("^\\s*(?:[-*•]\\s*)?([0-9０-９]{1,2}\\s*[.．])(?![0-9０-９])");

    private final CellItems cells;
    private final DateText.YearHint hint;

    Itinerary(List<String> headings, DateText.YearHint hint) {
        this.cells = new CellItems(headings);
        this.hint = hint;
    }

    /** The headings of a report (一、參訪日程暨交流合作項目 ...), without table-of-contents page numbers. */
    static List<String> headings(List<Line> lines) {
        List<String> out = new ArrayList<>();
        for (Line l : lines) {
            Matcher m = NUM_HEADING.matcher(l.text());
            if (m.matches()) {
                String t = m.group(1).replaceFirst("\\t\\s*[0-9]+\\s*$", "").strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    List<Item> read(List<Line> lines) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Header h = header(lines.get(i));
            if (h != null) {
                i = table(lines, i + 1, h, items);
            }
        }
        if (items.isEmpty()) {
            dayHeadings(lines, items);
        }
        return items;
    }

    private record Header(int date, int place, int content, boolean combined) {
    }

    private static Header header(Line l) {
        List<Segment> cs = l.cells();
        if (cs.size() < 2) {
            return null;
        }
        int date = -1;
        int place = -1;
        int content = -1;
        for (int c = 0; c < cs.size(); c++) {
            String k = Text.key(cs.get(c).text());
            if (k.contains("人員") || k.contains("經費") || k.contains("預算") || k.contains("成效") || k.length() > 12) {
                return null;
            }
            if (date < 0 && k.contains("日期")) {
                date = c;
            } else if (content < 0 && (k.contains("行程") || k.endsWith("內容"))) {
                content = c;
            } else if (place < 0 && (k.contains("地點") || k.contains("時間"))) {
                place = c;
            }
        }
        if (date < 0 || content < 0 || content < date) {
            return null;
        }
        return new Header(date, place, content, Text.key(cs.get(date).text()).contains("地點"));
    }

    private static final class Row {
        final DateSpan date;
        final Segment dateSource;
        final Segment place;
        final List<Segment> pieces = new ArrayList<>();
        final Segment leg;

        Row(DateSpan date, Segment dateSource, Segment place, Segment content, Segment leg) {
            this.date = date;
            this.dateSource = dateSource;
            this.place = place;
            this.leg = leg;
            pieces.add(content);
        }
    }

    /** Reads table rows from line {@code from}; returns the index of the last line of the table. */
    private int table(List<Line> lines, int from, Header h, List<Item> items) {
        List<Row> rows = new ArrayList<>();
        boolean afterHeader = false;
        DateSpan date = null;
        Segment dateSource = null;
        Segment rowPlace = null;
        int last = from - 1;
        for (int i = from; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.blank()) {
                continue;
            }
            if (header(l) != null) {
                afterHeader = true;
                last = i;
                continue;
            }
            List<Segment> cs = l.cells();
            if (cs.size() < 2) {
                break;
            }
            last = i;
            Segment dateCell = cell(cs, h.date());
            Segment placeCell = h.place() >= 0 ? cell(cs, h.place()) : null;
            Segment content = h.content() < cs.size()
                    ? new Segment(cs.get(h.content()).start(), l.end(), l.text().substring(cs.get(h.content()).start() - l.start()))
                    : new Segment(l.end(), l.end(), "");
            if (dateCell.blank() && (placeCell == null || placeCell.blank()) && afterHeader && !rows.isEmpty()
                    && !endsSentence(rows.get(rows.size() - 1))) {
                rows.get(rows.size() - 1).pieces.add(content);
                afterHeader = false;
                continue;
            }
            afterHeader = false;
            Segment leg = null;
            if (!dateCell.blank()) {
                DateSpan d = DateText.parsePrefix(dateCell.text(), hint);
                if (d != null) {
                    date = d;
                    Segment rest = dateCell.sub(d.length(), dateCell.text().length()).trim();
                    dateSource = h.combined() ? dateCell.trim() : dateCell.sub(0, d.length()).trim();
                    rowPlace = h.combined() ? (rest.blank() ? null : rest) : placeCell;
                    if (h.combined() && !rest.blank()) {
                        leg = dateCell.trim();
                    }
                } else {
                    date = null;
                    dateSource = null;
                    rowPlace = dateCell.trim();
                }
            } else if (!h.combined()) {
                rowPlace = placeCell;
            }
            rows.add(new Row(date, dateSource, placeCell != null && !placeCell.blank() ? placeCell : rowPlace,
                    content, leg));
        }
        int legIndex = -1;
        for (Row r : rows) {
            if (r.leg != null) {
                items.add(new Item(r.date, r.dateSource, r.place, List.of(r.leg), -1, true));
                legIndex = items.size() - 1;
            } else if (r.dateSource != null && (legIndex < 0 || items.get(legIndex).dateSource() != r.dateSource)) {
                legIndex = -1;
            }
            if (r.date == null) {
                legIndex = -1;
            }
            for (List<Segment> item : cells.split(r.pieces)) {
                items.add(new Item(r.date, r.dateSource, r.place, item, legIndex, false));
            }
        }
        return last;
    }

    private static Segment cell(List<Segment> cs, int c) {
        if (c < cs.size()) {
            return cs.get(c);
        }
        Segment lastCell = cs.get(cs.size() - 1);
        return new Segment(lastCell.end(), lastCell.end(), "");
    }

    private static boolean endsSentence(Row r) {
        String t = r.pieces.get(r.pieces.size() - 1).text().strip();
        if (t.endsWith("</p>") || t.endsWith("</ol>") || t.endsWith("</li>")) {
            return true;
        }
        t = Text.stripTags(t).strip();
        return t.isEmpty() || "。！？」）)".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Day headings (一、7月9日：) with (一) items and 1. sub-items, up to the next chapter (伍、...). */
    private void dayHeadings(List<Line> lines, List<Item> items) {
        DateSpan date = null;
        Segment dateSource = null;
        int item = -1;
        int current = -1;
        for (Line l : lines) {
            Segment whole = new Segment(l.start(), l.end(), l.text());
            if (TOP_HEADING.matcher(l.text()).find()) {
                date = null;
                continue;
            }
            Matcher nh = NUM_HEADING.matcher(l.text());
            if (nh.matches()) {
                String rest = nh.group(1);
                DateSpan d = DateText.parsePrefix(rest, hint);
                if (d != null && rest.substring(d.length()).replaceAll("[：:\\s]", "").isEmpty()) {
                    date = d;
                    dateSource = whole.trim();
                    item = -1;
                    current = -1;
                } else {
                    date = null;
                }
                continue;
            }
            if (date == null || l.blank()) {
                continue;
            }
            Matcher im = ITEM.matcher(l.text());
            Matcher sm = SUB_ITEM.matcher(l.text());
            if (im.find()) {
                items.add(new Item(date, dateSource, null, List.of(whole.sub(im.start(1), whole.text().length()).trim()),
                        -1, false));
                item = items.size() - 1;
                current = item;
            } else if (sm.find()) {
                items.add(new Item(date, dateSource, null, List.of(whole.sub(sm.start(1), whole.text().length()).trim()),
                        item, false));
                current = items.size() - 1;
            } else if (current >= 0) {
                Item c = items.get(current);
                List<Segment> pieces = new ArrayList<>(c.pieces());
                pieces.add(whole.trim());
                items.set(current, new Item(c.date(), c.dateSource(), c.place(), pieces, c.parent(), c.leg()));
            }
        }
    }
}
