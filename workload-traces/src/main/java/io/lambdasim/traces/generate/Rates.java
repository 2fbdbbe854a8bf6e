package io.lambdasim.traces.generate;

/** Formats rates for {@code expression()}: the coarsest unit that shows a whole number. */
final class Rates {
    private Rates() {
    }

    static String format(double perSecond) {
        if (perSecond == 0) {
            return "0/s";
        }
        double[] factors = {1, 60, 3600, 86_400};
        String[] units = {"/s", "/m", "/h", "/d"};
        for (int i = 0; i < factors.length; i++) {
            double v = perSecond * factors[i];
            if (Math.abs(v - Math.rint(v)) < 1e-9 * Math.max(1, v) && v >= 1) {
                return (long) Math.rint(v) + units[i];
            }
        }
        return perSecond + "/s";
    }
}
