package tw.gov.taichung.kg.scaffold;

import java.util.ArrayList;
import java.util.List;

/**
 * The delegation table (編號 / 單位 / 職稱 / 姓名), rows in order, across page breaks (repeated headers and blank
 * lines inside the table are skipped). A blank unit cell (a cell merged with the one above) takes the unit of
 * the row above; a title folded into the unit (臺中市長 with an empty 職稱) is split off.
 */
final class DelegationTable {
    /** One row: the cells as found, the unit and title after the fixes above, and the row's line. */
    record Row(String no, String unit, String title, String name, boolean unitFromAbove, Line line) {
    }

    private DelegationTable() {
    }

    static List<Row> read(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Header h = header(lines.get(i));
            if (h != null) {
                return rows(lines, i + 1, h);
            }
        }
        return List.of();
    }

    private record Header(int no, int unit, int title, int name) {
    }

    private static Header header(Line l) {
        List<Segment> cells = l.cells();
        if (cells.size() < 2) {
            return null;
        }
        int no = -1;
        int unit = -1;
        int title = -1;
        int name = -1;
        for (int c = 0; c < cells.size(); c++) {
            String k = Text.key(cells.get(c).text());
            if (k.equals("編號") || k.equals("序號") || k.equals("項次")) {
                no = c;
            } else if (k.equals("單位") || k.equals("服務機關") || k.equals("服務單位")) {
                unit = c;
            } else if (k.equals("職稱")) {
                title = c;
            } else if (k.equals("姓名")) {
                name = c;
            }
        }
        return name >= 0 && (unit >= 0 || title >= 0) ? new Header(no, unit, title, name) : null;
    }

    private static List<Row> rows(List<Line> lines, int from, Header h) {
        List<Row> out = new ArrayList<>();
        String lastUnit = null;
        for (int i = from; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.blank() || header(l) != null) {
                continue;
            }
            List<Segment> cells = l.cells();
            String no = cell(cells, h.no());
            String name = Text.noSpace(cell(cells, h.name()));
            if (cells.size() < 2 || name.isEmpty() || h.no() >= 0 && !no.matches("[0-9０-９]{1,3}[.．、]?")) {
                break;
            }
            String unit = Text.collapse(cell(cells, h.unit()));
            String title = Text.noSpace(cell(cells, h.title()));
            boolean fromAbove = false;
            if (unit.isEmpty() && lastUnit != null) {
                unit = lastUnit;
                fromAbove = true;
            }
            if (title.isEmpty() && Titles.trailing(unit) != null) {
                title = Titles.trailing(unit);
                unit = Text.noSpace(unit).substring(0, Text.noSpace(unit).length() - title.length());
            }
            lastUnit = fromAbove ? lastUnit : Text.collapse(cell(cells, h.unit()));
            out.add(new Row(no, unit, title, name, fromAbove, l));
        }
        return out;
    }

    private static String cell(List<Segment> cells, int c) {
        return c >= 0 && c < cells.size() ? cells.get(c).text().strip() : "";
    }
}
