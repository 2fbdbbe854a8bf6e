package io.lambdasim.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;

/**
 * Reads the project's small JSON data files with errors a user can act on: a syntax error names
 * line and column, a missing or mistyped field names its path ({@code lambda[1].requestUsdPerMillion}).
 * Decimals are read as {@link BigDecimal} so prices stay exact.
 */
final class JsonData {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final String file;

    JsonData(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    JsonNode parse(InputStream in) {
        try {
            JsonNode root = MAPPER.readTree(in);
            if (root == null || !root.isObject()) {
                throw new DataFileException(file, "", "expected a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new DataFileException(file, where, e.getOriginalMessage().split("\n")[0]);
        } catch (IOException e) {
            throw DataFileException.cannotRead(file, e);
        }
    }

    JsonNode field(JsonNode node, String name, String path) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull() || v.isMissingNode()) {
            throw new DataFileException(file, "at " + join(path, name), "missing field");
        }
        return v;
    }

    String text(JsonNode node, String name, String path) {
        JsonNode v = field(node, name, path);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new DataFileException(file, "at " + join(path, name), "expected a non-empty string");
        }
        return v.asText();
    }

    String text(JsonNode node, String name, String path, String fallback) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? fallback : text(node, name, path);
    }

    BigDecimal decimal(JsonNode node, String name, String path) {
        JsonNode v = field(node, name, path);
        if (!v.isNumber() || v.decimalValue().signum() < 0) {
            throw new DataFileException(file, "at " + join(path, name), "expected a number >= 0, found " + v);
        }
        return v.decimalValue();
    }

    BigDecimal decimal(JsonNode node, String name, String path, BigDecimal fallback) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? fallback : decimal(node, name, path);
    }

    long integer(JsonNode node, String name, String path) {
        JsonNode v = field(node, name, path);
        if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0) {
            throw new DataFileException(file, "at " + join(path, name), "expected a whole number >= 0, found " + v);
        }
        return v.asLong();
    }

    boolean bool(JsonNode node, String name, String path) {
        JsonNode v = field(node, name, path);
        if (!v.isBoolean()) {
            throw new DataFileException(file, "at " + join(path, name), "expected true or false, found " + v);
        }
        return v.asBoolean();
    }

    JsonNode array(JsonNode node, String name, String path) {
        JsonNode v = field(node, name, path);
        if (!v.isArray()) {
            throw new DataFileException(file, "at " + join(path, name), "expected an array");
        }
        return v;
    }

    Architecture arch(JsonNode node, String name, String path) {
        try {
            return Architecture.parse(text(node, name, path));
        } catch (DataFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new DataFileException(file, "at " + join(path, name), e.getMessage());
        }
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
