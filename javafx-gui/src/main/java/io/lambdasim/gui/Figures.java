package io.lambdasim.gui;

import java.util.Locale;

/**
 * Captions for results.csv figure columns: "cold_start_ratio" -> "Cold start ratio", "lambda_monthly_usd"
 * -> "Lambda (USD/month)", "ec2_m7g.large_usd" -> "EC2 m7g.large (USD, covered period)".
 */
public final class Figures {
    private Figures() {
    }

    public static String caption(String column) {
        String c = column;
        String unit = "";
        for (String[] u : new String[][] {{"_usd_per_1m_invocations", " (USD per 1M)"}, {"_monthly_usd", " (USD/month)"},
            {"_usd", " (USD, covered period)"}, {"_ms", " (ms)"}}) {
            if (c.endsWith(u[0])) {
                c = c.substring(0, c.length() - u[0].length());
                unit = u[1];
                break;
            }
        }
        if (c.startsWith("ec2_")) {
            return "EC2 " + c.substring(4) + unit;
        }
        String words = c.replace('_', ' ').replace("gb seconds", "GB-seconds").replace("lambda", "Lambda").trim();
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1) + unit;
    }
}
