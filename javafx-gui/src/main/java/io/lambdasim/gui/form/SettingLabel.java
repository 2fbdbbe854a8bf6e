package io.lambdasim.gui.form;

import io.lambdasim.reports.settings.Setting;
import java.util.Locale;
import java.util.Map;

/**
 * How a form names a registry setting and explains it, from its declaration only: the label from its
 * key ("memory_mb" -> "Memory (MB)"), the tooltip from its help, what it accepts and its default.
 * Works without the toolkit, so view models name settings the same way in their messages.
 */
public final class SettingLabel {

    /** Words that are acronyms or have a usual spelling of their own. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("ec2", "EC2"), Map.entry("cpu", "CPU"), Map.entry("init", "INIT"), Map.entry("slo", "objective"),
            Map.entry("gb", "GB"), Map.entry("lmi", "Managed Instances"), Map.entry("usd", "USD"),
            Map.entry("arches", "architectures"), Map.entry("arch", "architecture"), Map.entry("ms", "(ms)"),
            Map.entry("mb", "(MB)"), Map.entry("p99", "p99"), Map.entry("sqs", "SQS"));

    /** Labels a key cannot give on its own. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("ec2", "EC2 instance types"), Map.entry("keep_alive", "Keep-alive"),
            Map.entry("cpu_fraction", "CPU-bound share"), Map.entry("cold_ratio", "Cold-start share"),
            Map.entry("free_tier", "Free tier"), Map.entry("rules", "Billing rules"),
            Map.entry("fleet", "Fleet mode"), Map.entry("min_instances", "Fleet minimum"),
            Map.entry("max_instances", "Fleet maximum"), Map.entry("target_utilization", "Target utilisation"),
            Map.entry("memory_sizes", "Memory sizes (MB)"), Map.entry("init", "INIT of a cold start"),
            Map.entry("init_ms", "INIT (ms)"), Map.entry("latency_slo", "Latency objective"),
            Map.entry("generate", "Generator spec"), Map.entry("hours", "Hours in a month"),
            Map.entry("balancer", "Load balancing"), Map.entry("lmi_instance", "Managed Instances type"),
            Map.entry("lmi_min", "Fewest instances"), Map.entry("lmi_max", "Most instances"),
            Map.entry("lmi_max_concurrency", "Concurrency per environment"), Map.entry("lmi_target_cpu", "Target CPU"),
            Map.entry("snapstart", "SnapStart"), Map.entry("jobs", "Simulations at once"),
            Map.entry("calibration_arm64", "Calibration (arm64)"), Map.entry("vpc", "In a VPC"),
            Map.entry("azs", "Availability zones"), Map.entry("logs", "CloudWatch Logs"),
            Map.entry("public_ipv4", "Public IPv4 addresses"), Map.entry("ebs_gb", "EBS volume (GB)"),
            Map.entry("nat_bytes", "NAT bytes per invocation"), Map.entry("log_bytes", "Log bytes per invocation"));

    private SettingLabel() {
    }

    /** "Memory (MB)", "EC2 instance types", "Keep-alive". */
    public static String of(Setting<?> s) {
        return of(s.key());
    }

    /** The label of a setting key, also for keys of settings declared later (another branch's). */
    public static String of(String key) {
        String fixed = LABELS.get(key);
        if (fixed != null) {
            return fixed;
        }
        StringBuilder b = new StringBuilder();
        for (String w : key.split("_")) {
            if (w.isEmpty()) {
                continue;
            }
            b.append(b.length() == 0 ? "" : " ").append(WORDS.getOrDefault(w, w));
        }
        String s = b.toString();
        return s.isEmpty() ? key : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /**
     * The tooltip: what it does, what it accepts and its default, in plain text (the registry's help
     * marks names with backticks for the docs table; a tooltip shows quotes instead).
     */
    public static String tooltip(Setting<?> s) {
        return plain(s.help()) + "\nAccepts " + plain(s.type().expected()) + ".\nDefault: " + plain(s.describeDefault()) + ".";
    }

    /**
     * The prompt of an empty field: what leaving it empty means, when that fits in a field ("default:
     * 1m"); a longer rule ("the trace's memory field, else 512") is in the tooltip, the prompt says "default".
     */
    public static String prompt(Setting<?> s) {
        String d = plain(s.describeDefault());
        if (d.length() <= 16) {
            return "default: " + d;
        }
        return d.startsWith("none") ? "none" : "default";
    }

    /** Registry text for people: `lambdasim batch` -> 'lambdasim batch'. */
    public static String plain(String text) {
        return text == null ? "" : text.replaceAll("`([^`]*)`", "'$1'").replace("`", "'");
    }
}
