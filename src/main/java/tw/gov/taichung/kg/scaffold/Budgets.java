package tw.gov.taichung.kg.scaffold;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a reported cost: 新臺幣 51 萬 2,005 元 is 512005; 核銷中 (accounts being settled) is unsettled. */
final class Budgets {
    private static final Pattern AMOUNT = Pattern.compile("(?:新臺幣|新台幣|NT\\$)?(?:(\\d+(?:\\.\\d+)?)萬)?(\\d+)?元");

    private Budgets() {
    }

    /** The amount in TWD, or null when the cell states none. */
    static Long amount(String cell) {
        String s = java.text.Normalizer.normalize(Text.noSpace(cell), java.text.Normalizer.Form.NFKC).replace(",", "");
        Matcher m = AMOUNT.matcher(s);
        if (!m.find() || m.group(1) == null && m.group(2) == null) {
            return null;
        }
        long v = 0;
        if (m.group(1) != null) {
            v += Math.round(Double.parseDouble(m.group(1)) * 10000);
        }
        if (m.group(2) != null) {
            v += Long.parseLong(m.group(2));
        }
        return v;
    }

    static boolean unsettled(String cell) {
        return Text.noSpace(cell).contains("核銷中");
    }
}
