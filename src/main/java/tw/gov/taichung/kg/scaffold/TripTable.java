package tw.gov.taichung.kg.scaffold;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A table of trips like the 2018 council report's (計畫名稱 / 出國日期 / 出國地點 / 出國人員 / 預算經費 / 出國內容成效),
 * one trip per row, with rows reassembled across page breaks: the header repeats after each break, and the
 * first row after it continues the row before when one of its date, place, members or budget cells is empty or
 * when the row before stopped mid-date ({@code 106/}).
 */
final class TripTable {
    /** The columns a trip table may have. */
    enum Col { TITLE, DATE, PLACE, MEMBERS, BUDGET, OUTCOMES }

    /** A row: for each column, the pieces of the cell (more than one when the row crosses a page break). */
    record Row(Map<Col, List<Segment>> cells, int line) {
        List<Segment> get(Col c) {
            return cells.getOrDefault(c, List.of());
        }

        /** The cell's pieces joined as they were one text (no separator: 王 + 俊雄, 106/ + 11/19). */
        String raw(Col c) {
            StringBuilder sb = new StringBuilder();
            for (Segment s : get(c)) {
                sb.append(s.text().strip());
            }
            return sb.toString();
        }
    }

    private TripTable() {
    }

    static List<Row> read(List<Line> lines) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Map<Col, Integer> h = header(lines.get(i));
            if (h != null) {
                i = rows(lines, i + 1, h, rows);
            }
        }
        return rows;
    }

    private static Map<Col, Integer> header(Line l) {
        List<Segment> cs = l.cells();
        if (cs.size() < 4) {
            return null;
        }
        Map<Col, Integer> h = new EnumMap<>(Col.class);
        for (int c = 0; c < cs.size(); c++) {
            String k = Text.key(cs.get(c).text());
            Col col = k.contains("名稱") ? Col.TITLE : k.contains("日期") ? Col.DATE : k.contains("地點") ? Col.PLACE
                    : k.contains("人員") ? Col.MEMBERS : k.contains("經費") || k.contains("預算") ? Col.BUDGET
                    : k.contains("成效") || k.contains("內容") ? Col.OUTCOMES : null;
            if (col != null && !h.containsKey(col)) {
                h.put(col, c);
            }
        }
        return h.containsKey(Col.DATE) && h.containsKey(Col.MEMBERS) && h.containsKey(Col.TITLE) ? h : null;
    }

    private static int rows(List<Line> lines, int from, Map<Col, Integer> h, List<Row> rows) {
        boolean afterHeader = false;
        int last = from - 1;
        int firstRow = rows.size();
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
            if (cs.size() < 3) {
                break;
            }
            last = i;
            Map<Col, List<Segment>> cells = new EnumMap<>(Col.class);
            for (var e : h.entrySet()) {
                int c = e.getValue();
                Segment s = c < cs.size() ? cs.get(c) : new Segment(l.end(), l.end(), "");
                cells.put(e.getKey(), new ArrayList<>(List.of(s)));
            }
            Row row = new Row(cells, l.no());
            if (afterHeader && rows.size() > firstRow && continues(row, rows.get(rows.size() - 1))) {
                Row prev = rows.get(rows.size() - 1);
                for (var e : cells.entrySet()) {
                    if (!e.getValue().get(0).blank()) {
                        prev.cells().computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue().get(0));
                    }
                }
            } else {
                rows.add(row);
            }
            afterHeader = false;
        }
        return last;
    }

    private static boolean continues(Row row, Row prev) {
        for (Col c : List.of(Col.DATE, Col.PLACE, Col.MEMBERS, Col.BUDGET)) {
            if (row.cells().containsKey(c) && row.get(c).get(0).blank()) {
                return true;
            }
        }
        String d = prev.raw(Col.DATE);
        return d.endsWith("/") || d.endsWith("-") || d.endsWith("／");
    }
}
