package io.lambdasim.gui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The bundled example the app opens on at its first start ({@code example.properties}): settings of
 * the registry by key, and the one-line hint shown over it. Data, not defaults: the registry's
 * defaults apply first, the example fills what a first look needs (a function to price, EC2 types to
 * compare, a workload to replay).
 */
public final class Example {
    private static final Properties PROPS = load();

    private Example() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Example.class.getResourceAsStream("example.properties")) {
            if (in == null) {
                throw new IllegalStateException("example.properties missing from the app");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The example's settings, key to text. */
    public static Map<String, String> settings() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : PROPS.stringPropertyNames()) {
            if (!k.equals("hint")) {
                m.put(k, PROPS.getProperty(k));
            }
        }
        return m;
    }

    public static String hint() {
        return PROPS.getProperty("hint", "");
    }
}
