package io.lambdasim.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

/**
 * Brings a scenario's input files (its {@code trace}, {@code functions} and {@code prices} cells)
 * from any Hadoop-compatible file system (hdfs://, s3a://, abfs://, gs://, ...) to the executor's
 * local disk, since the readers memory-map and seek in local files. Local paths pass untouched. An
 * Azure 2019 trace brings its durations and app-memory files of the same day along. Each file is
 * copied once per executor JVM and reused by every scenario that names it.
 */
final class HadoopInputs {

    private static final String[] PATH_KEYS = {"trace", "functions", "prices"};
    private static final Pattern AZURE_DAY = Pattern.compile("\\.(d\\d+)\\.");
    private static final Map<String, Path> COPIED = new ConcurrentHashMap<>();

    private HadoopInputs() {
    }

    /** Whether {@code s} names a file by a URI with a scheme other than {@code file} (e.g. hdfs://). */
    static boolean isRemote(String s) {
        int colon = s.indexOf("://");
        if (colon <= 1) {
            return false; // no scheme, or a Windows drive letter
        }
        return !s.substring(0, colon).equalsIgnoreCase("file");
    }

    /** {@code settings} with every remote input replaced by a local copy, resolving against {@code baseDir}. */
    static Map<String, String> localize(Map<String, String> settings, String baseDir) {
        Map<String, String> out = new LinkedHashMap<>(settings);
        for (String key : PATH_KEYS) {
            String v = settings.get(key);
            if (v == null || v.isBlank()) {
                continue;
            }
            String uri = isRemote(v) ? v : baseDir != null && isRemote(baseDir) && !Path.of(v).isAbsolute()
                    ? join(baseDir, v) : null;
            if (uri != null) {
                out.put(key, fetch(uri, key.equals("trace")).toString());
            }
        }
        return out;
    }

    private static String join(String dir, String relative) {
        return dir.endsWith("/") ? dir + relative : dir + "/" + relative;
    }

    private static Path fetch(String uri, boolean withAzureSidecars) {
        return COPIED.computeIfAbsent(uri, u -> {
            try {
                Path dir = Files.createTempDirectory("lambdasim-inputs");
                Configuration conf = new Configuration();
                org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(URI.create(u));
                FileSystem fs = remote.getFileSystem(conf);
                Path local = dir.resolve(remote.getName());
                fs.copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(local.toUri()), true);
                Matcher day = AZURE_DAY.matcher(remote.getName());
                if (withAzureSidecars && remote.getName().startsWith("invocations_per_function_md") && day.find()) {
                    for (FileStatus f : fs.listStatus(remote.getParent())) {
                        String n = f.getPath().getName();
                        if ((n.startsWith("function_durations_percentiles") || n.startsWith("app_memory_percentiles"))
                                && n.contains("." + day.group(1) + ".")) {
                            fs.copyToLocalFile(false, f.getPath(), new org.apache.hadoop.fs.Path(dir.resolve(n).toUri()), true);
                        }
                    }
                }
                return local;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + u + " to the executor: " + e.getMessage(), e);
            }
        });
    }
}
