package io.lambdasim.reports.uncertainty;

import io.lambdasim.engine.Durations;
import io.lambdasim.engine.init.InitModel;
import io.lambdasim.engine.keepalive.KeepAlive;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The grammar of a range, {@code LOW..HIGH}, shared by every uncertain setting: each end in the
 * setting's own grammar, and a {@code word:} prefix of the low end carried to a high end that has
 * none, so {@code fixed:5m..60m} reads as {@code fixed:5m..fixed:60m}. The ends must be in order.
 * The central value of a range given alone is its midpoint ({@link #midKeepAlive}, {@link #midInit},
 * {@link #midFraction}).
 */
public final class Spans {

    public static final String SEPARATOR = "..";

    private Spans() {
    }

    /** Whether {@code text} is written as a range. */
    public static boolean isSpan(String text) {
        return text != null && text.contains(SEPARATOR);
    }

    /** A range of {@code single} values ordered by {@code order}. */
    public static <T> Span<T> parse(String text, Function<String, T> single, ToDoubleFunction<T> order,
                                    Function<T, String> canonical) {
        int at = text == null ? -1 : text.indexOf(SEPARATOR);
        if (at <= 0 || at + SEPARATOR.length() >= text.length() || text.indexOf(SEPARATOR, at + 1) >= 0) {
            throw new IllegalArgumentException("expected a range LOW..HIGH");
        }
        String lowText = text.substring(0, at).trim();
        String highText = text.substring(at + SEPARATOR.length()).trim();
        int colon = lowText.indexOf(':');
        if (colon > 0 && highText.indexOf(':') < 0 && highText.indexOf('(') < 0) {
            highText = lowText.substring(0, colon + 1) + highText;
        }
        T low = single.apply(lowText);
        T high = single.apply(highText);
        if (order.applyAsDouble(low) > order.applyAsDouble(high)) {
            throw new IllegalArgumentException("the range's low end " + canonical.apply(low) + " is above its high end "
                    + canonical.apply(high));
        }
        return new Span<>(low, high, canonical.apply(low) + SEPARATOR + canonical.apply(high));
    }

    // ------------------------------------------------------------------------------- keep-alive

    /** A keep-alive range: fixed or random policies at both ends ({@code fixed:5m..60m}). */
    public static Span<KeepAlive> keepAlive(String text) {
        return parse(text, t -> {
            KeepAlive k = KeepAlive.parse(t);
            if (k.kind() != KeepAlive.Kind.FIXED && k.kind() != KeepAlive.Kind.RANDOM) {
                throw new IllegalArgumentException("a keep-alive range has fixed:D or random:MIN-MAX ends, not '" + t + "'");
            }
            return k;
        }, Spans::meanUs, KeepAlive::spec);
    }

    /** The central policy of a range given alone: each parameter's midpoint, same kind as the low end. */
    public static KeepAlive midKeepAlive(Span<KeepAlive> s) {
        long lo = (s.low().minUs() + s.high().minUs()) / 2;
        long hi = (s.low().maxUs() + s.high().maxUs()) / 2;
        if (s.low().kind() == KeepAlive.Kind.FIXED && s.high().kind() == KeepAlive.Kind.FIXED) {
            return KeepAlive.parse("fixed:" + Durations.format(lo));
        }
        return KeepAlive.parse("random:" + Durations.format(lo) + "-" + Durations.format(hi));
    }

    /** A keep-alive setting's central value: the policy itself, or the midpoint of a range. */
    public static KeepAlive keepAliveCentral(String text) {
        return isSpan(text) ? midKeepAlive(keepAlive(text)) : KeepAlive.parse(text);
    }

    /** Mean keep-alive of a fixed or random policy, µs (the order of keep-alive ranges). */
    public static double meanUs(KeepAlive k) {
        return (k.minUs() / 2.0) + (k.maxUs() / 2.0);
    }

    // ------------------------------------------------------------------------------- INIT

    /** An INIT range: two models ({@code 200ms..800ms}, {@code lognormal(250ms,700ms)..lognormal(400ms,1.2s)}). */
    public static Span<InitModel> init(String text) {
        return parse(text, InitModel::parse, InitModel::meanUs, Spans::initText);
    }

    private static final java.util.regex.Pattern MICROS = java.util.regex.Pattern.compile("(\\d+)us");

    /** An INIT model's text with its durations in ms where they are not whole units: {@code lognormal(225.8ms,314.7ms)}. */
    public static String initText(InitModel m) {
        java.util.regex.Matcher x = MICROS.matcher(m.spec());
        StringBuilder sb = new StringBuilder();
        while (x.find()) {
            long us = Long.parseLong(x.group(1));
            String ms = java.math.BigDecimal.valueOf(us, 3).stripTrailingZeros().toPlainString() + "ms";
            x.appendReplacement(sb, ms);
        }
        x.appendTail(sb);
        return sb.toString();
    }

    /**
     * The central model of an INIT range given alone: the midpoint of two constants, or of each
     * argument of two models of one family ({@code lognormal(a,b)..lognormal(c,d)} →
     * {@code lognormal((a+c)/2,(b+d)/2)}).
     */
    public static InitModel midInit(Span<InitModel> s) {
        String a = s.low().spec();
        String b = s.high().spec();
        int pa = a.indexOf('(');
        int pb = b.indexOf('(');
        if (pa < 0 && pb < 0) {
            return InitModel.parse(Durations.format((Durations.parseUs(a) + Durations.parseUs(b)) / 2));
        }
        if (pa > 0 && pb > 0 && a.substring(0, pa).equals(b.substring(0, pb))) {
            String[] x = a.substring(pa + 1, a.length() - 1).split(",");
            String[] y = b.substring(pb + 1, b.length() - 1).split(",");
            StringBuilder sb = new StringBuilder(a.substring(0, pa)).append('(');
            for (int i = 0; i < x.length; i++) {
                sb.append(i > 0 ? "," : "").append(Durations.format((Durations.parseUs(x[i]) + Durations.parseUs(y[i])) / 2));
            }
            return InitModel.parse(sb.append(')').toString());
        }
        throw new IllegalArgumentException("INIT range " + s.text() + " has ends of different kinds: give the central "
                + "model with --init");
    }

    // ------------------------------------------------------------------------------- shares

    /** A range of shares from 0 to 1 ({@code 0.3..0.7}, or percentages). */
    public static Span<Double> fraction(String text) {
        return parse(text, Spans::share, d -> d, Spans::plain);
    }

    public static double midFraction(Span<Double> s) {
        return (s.low() + s.high()) / 2;
    }

    private static double share(String t) {
        String s = t.trim();
        double v;
        try {
            v = s.endsWith("%") ? Double.parseDouble(s.substring(0, s.length() - 1).trim()) / 100 : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a share from 0 to 1 (or 0% to 100%), got '" + t + "'");
        }
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("expected a share from 0 to 1 (or 0% to 100%), got '" + t + "'");
        }
        return v;
    }

    /** A share as text: up to 4 decimals, no trailing zeros. */
    public static String plain(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
