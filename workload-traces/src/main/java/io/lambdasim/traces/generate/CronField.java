package io.lambdasim.traces.generate;

import java.util.BitSet;
import java.util.Locale;

/**
 * One numeric field of an EventBridge cron expression as the set of values it allows:
 * {@code *}, single values, lists {@code a,b}, ranges {@code a-b}, increments {@code a/n},
 * {@code * /n} and {@code a-b/n}. Month and weekday names ({@code JAN}, {@code MON}) are accepted
 * where EventBridge accepts them. A range whose start is after its end wraps around
 * ({@code FRI-MON}, {@code 22-2}).
 */
final class CronField {

    private CronField() {
    }

    /**
     * Parses {@code field} into the values it allows within {@code [min, max]}; {@code names[i]}
     * (when given) is another spelling of {@code min + i}.
     */
    static BitSet parse(SpecToken field, int min, int max, String what, String[] names) {
        BitSet set = new BitSet(max + 1);
        for (SpecToken item : field.split(',')) {
            addItem(item, min, max, what, names, set);
        }
        return set;
    }

    private static void addItem(SpecToken item, int min, int max, String what, String[] names, BitSet set) {
        int slash = item.indexOf('/');
        SpecToken range = slash < 0 ? item : item.sub(0, slash);
        int step = 1;
        if (slash >= 0) {
            step = (int) Quantities.integer(item.sub(slash + 1), 1, max - min + 1, "an increment for " + what);
        }
        int from;
        int to;
        if (range.text().equals("*")) {
            from = min;
            to = max;
        } else {
            int dash = range.indexOf('-');
            if (dash < 0) {
                from = value(range, min, max, what, names);
                // "5/15" means from 5 to the end in steps of 15; a lone "5" is just 5.
                to = slash < 0 ? from : max;
            } else {
                from = value(range.sub(0, dash), min, max, what, names);
                to = value(range.sub(dash + 1), min, max, what, names);
            }
        }
        int span = max - min + 1;
        int count = ((to - from + span) % span) + 1;  // a wrapped range counts through max back to min
        for (int i = 0; i < count; i += step) {
            set.set(min + (from - min + i) % span);
        }
    }

    private static int value(SpecToken t, int min, int max, String what, String[] names) {
        if (names != null) {
            String upper = t.text().toUpperCase(Locale.ROOT);
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(upper)) {
                    return min + i;
                }
            }
        }
        String expected = what + " from " + min + " to " + max
                + (names == null ? "" : " or " + names[0] + "-" + names[names.length - 1]);
        if (t.isEmpty() || !t.text().chars().allMatch(Character::isDigit)) {
            throw t.error(expected);
        }
        return (int) Quantities.integer(t, min, max, expected);
    }
}
