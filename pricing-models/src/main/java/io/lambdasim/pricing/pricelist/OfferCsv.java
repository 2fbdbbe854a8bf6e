package io.lambdasim.pricing.pricelist;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.pricing.DataFileException;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CSV layout of AWS Price List offers ({@code index.csv}): a few metadata lines
 * ({@code "FormatVersion","aws_v1"}, {@code "Publication Date",...}), then a header starting
 * with {@code "SKU"} and one row per price dimension of a SKU: term, range, {@code PricePerUnit},
 * {@code Currency}, then the product's attributes as columns ("Product Family", "usageType",
 * "Instance Type", "Pre Installed S/W", ...), named like the JSON attributes once spaces and
 * punctuation are dropped. Streams: one row at a time.
 */
final class OfferCsv {

    /** One price dimension with its product, attributes under their JSON names. */
    record Row(long line, String sku, String termType, String begin, String end, String price, String currency,
               String family, ObjectNode attributes) {
    }

    private static final String[] JSON_NAMES = {"usagetype", "regionCode", "location", "instanceType", "vcpu",
        "memory", "operatingSystem", "tenancy", "preInstalledSw", "capacitystatus", "processorArchitecture",
        "physicalProcessor", "servicecode", "group", "operation"};

    private final BufferedReader in;
    private final String file;
    private long line;
    private String publicationDate = "";
    private Map<String, Integer> columns;
    private List<String> header;

    OfferCsv(BufferedReader in, String file) {
        this.in = in;
        this.file = file;
    }

    String publicationDate() {
        return publicationDate;
    }

    /** The next OnDemand-or-other row, or null at the end. */
    Row next() throws IOException {
        String text;
        while ((text = in.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            List<String> f = split(text);
            if (columns == null) {
                String first = f.get(0);
                if (first.equalsIgnoreCase("Publication Date") && f.size() > 1) {
                    publicationDate = f.get(1);
                } else if (first.equals("SKU")) {
                    header = f;
                    columns = new HashMap<>();
                    for (int i = 0; i < f.size(); i++) {
                        columns.put(norm(f.get(i)), i);
                    }
                    for (String required : new String[] {"sku", "termtype", "priceperunit", "currency", "productfamily"}) {
                        if (!columns.containsKey(required)) {
                            throw new DataFileException(file, "line " + line, "CSV offer header without '" + required + "'");
                        }
                    }
                }
                continue;
            }
            ObjectNode a = JsonNodeFactory.instance.objectNode();
            for (String name : JSON_NAMES) {
                Integer c = columns.get(norm(name));
                if (c != null && c < f.size()) {
                    a.put(name, f.get(c));
                }
            }
            return new Row(line, get(f, "sku"), get(f, "termtype"), get(f, "startingrange"), get(f, "endingrange"),
                    get(f, "priceperunit"), get(f, "currency"), get(f, "productfamily"), a);
        }
        if (columns == null) {
            throw new DataFileException(file, "", "no CSV header starting with \"SKU\": not an AWS Price List offer");
        }
        return null;
    }

    private String get(List<String> f, String column) {
        Integer c = columns.get(column);
        return c == null || c >= f.size() ? "" : f.get(c);
    }

    /** "Pre Installed S/W" -> "preinstalledsw": how CSV headers meet JSON attribute names. */
    static String norm(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** RFC 4180 fields of one line (offers put no line breaks inside fields). */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
