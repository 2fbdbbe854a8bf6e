package io.lambdasim.traces.write;

/**
 * Text cells made safe to open in a spreadsheet, reversibly. A cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab, carriage return or line feed is taken for a formula by
 * Excel, LibreOffice and Google Sheets; OWASP's CSV Injection guidance
 * (https://owasp.org/www-community/attacks/CSV_Injection; line feed added in OWASP/www-community
 * PR #1116, 2025) is to prefix such a cell with a single quote, which spreadsheets show as text.
 *
 * <p>The rule, applied to text cells only (a plain number such as {@code -1.5} is left alone):
 * <ul>
 *   <li>{@link #guard}: a cell that starts with a trigger character, or with one or more quotes
 *       followed by one, gets one more quote in front;</li>
 *   <li>{@link #unguard}: a cell of one or more quotes followed by a trigger character loses one.</li>
 * </ul>
 * So every text survives a write and a read unchanged ({@code "=x"} is stored {@code "'=x"},
 * {@code "'=x"} is stored {@code "''=x"}, and {@code "'abc"} is stored as it is).
 */
public final class CsvCells {

    private CsvCells() {
    }

    static boolean trigger(int c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }

    /** The cell as written to a CSV file. */
    public static String guard(String cell) {
        if (cell == null || cell.isEmpty() || !needsGuard(cell) || isNumber(cell)) {
            return cell;
        }
        return "'" + cell;
    }

    private static boolean needsGuard(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i < cell.length() && trigger(cell.charAt(i));
    }

    /**
     * A text cell ready for a CSV line: {@link #guard}ed, then quoted as RFC 4180 says when it
     * holds a comma, quote or line break (a quote doubled), and also when it is empty or has
     * blanks around it, which readers that trim would otherwise lose.
     */
    public static String text(String cell) {
        String n = guard(cell == null ? "" : cell);
        if (n.indexOf(',') >= 0 || n.indexOf('"') >= 0 || n.indexOf('\n') >= 0 || n.indexOf('\r') >= 0
                || n.isEmpty() || !n.equals(n.trim())) {
            return '"' + n.replace("\"", "\"\"") + '"';
        }
        return n;
    }

    /** A cell as read from a CSV file this project wrote: the guard quote removed. */
    public static String unguard(String cell) {
        if (cell == null || cell.isEmpty() || cell.charAt(0) != '\'' || !needsGuard(cell)) {
            return cell;
        }
        return cell.substring(1);
    }

    /**
     * The start of the unguarded text in {@code b[s..e)}: {@code s + 1} when it is a guarded cell,
     * else {@code s}. For readers that parse bytes without a String per row.
     */
    public static int unguardedStart(byte[] b, int s, int e) {
        if (s >= e || b[s] != '\'') {
            return s;
        }
        int i = s;
        while (i < e && b[i] == '\'') {
            i++;
        }
        return i < e && trigger(b[i]) ? s + 1 : s;
    }

    /** A plain decimal number ({@code -12}, {@code +3.5}, {@code -1e-5}): a value, not a formula. */
    static boolean isNumber(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exp = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }
}
