package tw.gov.taichung.kg.scaffold;

/**
 * The head of an itinerary item: what it is, before the first comma, full stop or half-width colon that is not
 * inside brackets (參訪惠普企業(Hewlett Packard Enterprise)亞太總部:參訪過程中 → 參訪惠普企業(...)亞太總部).
 *
 * @param quoteEnd  where the head ends in the item's text (the quote runs from the item's start to here)
 * @param label     the head without its number, tags and layout spaces between two Chinese characters
 */
record ItemHead(int quoteEnd, String label) {
    static final int MAX = 80;

    static ItemHead of(String item) {
        int depth = 0;
        int end = item.length();
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if ("(（「『[【".indexOf(c) >= 0) {
                depth++;
            } else if (")）」』]】".indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && i > 2 && ("，。；".indexOf(c) >= 0 || c == ':'
                    || c == ',' && i + 1 < item.length() && Text.isCjk(item.charAt(i + 1)))) {
                end = i;
                break;
            }
        }
        if (item.codePointCount(0, end) > MAX) {
            int cap = item.offsetByCodePoints(0, MAX);
            int close = Math.max(item.lastIndexOf('」', cap - 1), item.lastIndexOf(')', cap - 1));
            end = close > MAX / 3 ? close + 1 : cap;
        }
        String label = Text.stripTags(item.substring(0, end));
        label = label.replaceFirst("^\\s*([0-9０-９]{1,2}\\s*[.．]|[(（][一二三四五六七八九十]{1,3}[)）])\\s*", "");
        return new ItemHead(end, squeeze(Text.collapse(label)));
    }

    /** Removes a space between two Chinese characters (a line-wrap artefact: 國際聯合 記者會). */
    static String squeeze(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < s.length() && han(s.charAt(i - 1)) && han(s.charAt(i + 1))) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
