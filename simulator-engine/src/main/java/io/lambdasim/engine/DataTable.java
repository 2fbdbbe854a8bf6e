package io.lambdasim.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's cited data files: lines starting with {@code #} are comments, the first other line
 * is a header, and each row has {@code columns} fields separated by {@code ;} (distributions and
 * sources contain commas), the last one taking the rest of the line.
 */
public final class DataTable {

    private DataTable() {
    }

    /** The rows of the resource {@code name} beside {@code owner}, fields trimmed. */
    public static List<String[]> read(Class<?> owner, String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the engine's resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(";", columns);
                if (f.length != columns) {
                    throw new IllegalStateException(name + ": expected " + columns + " fields separated by ';' in '" + line + "'");
                }
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].trim();
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
