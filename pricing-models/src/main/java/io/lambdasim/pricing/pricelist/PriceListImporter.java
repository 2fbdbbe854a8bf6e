package io.lambdasim.pricing.pricelist;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdasim.pricing.Architecture;
import io.lambdasim.pricing.DataFileException;
import io.lambdasim.pricing.DurationTier;
import io.lambdasim.pricing.Ec2InstanceType;
import io.lambdasim.pricing.FreeTier;
import io.lambdasim.pricing.LambdaPrices;
import io.lambdasim.pricing.LoadBalancerPrice;
import io.lambdasim.pricing.PriceBook;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads an AWS Price List bulk offer file ({@code AWSLambda} or {@code AmazonEC2}, JSON) and turns
 * it into price-book entries, streaming: the real EC2 file is several GB, so only one product or
 * one SKU's terms is ever held as a tree, and only the products we price are remembered.
 *
 * <p>The offer file lists {@code products} before {@code terms} (as AWS publishes it); an offer
 * with terms first is rejected with a message, because pricing it would mean holding every term.
 */
public final class PriceListImporter {

    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** SKU → what the product is, for the products we keep. */
    private final Map<String, Product> products = new HashMap<>();
    /** region/arch → component → tiers. */
    private final Map<String, Map<LambdaUsage.Component, List<DurationTier>>> lambda = new TreeMap<>();
    private final Map<String, Ec2InstanceType> ec2 = new LinkedHashMap<>();
    /** region/arch/component -> the SKU and usage type that priced it, to refuse a second, different price. */
    private final Map<String, String> pricedBy = new HashMap<>();
    private final java.util.Set<String> families = new java.util.TreeSet<>();
    private final PriceBook reference;
    private String file = "<offer>";
    private String publicationDate = "";
    private boolean sawLambda;
    private final List<String> incomplete = new ArrayList<>();
    /** Every offer read, for errors about what they hold together. */
    private final List<String> files = new ArrayList<>();
    private long productsRead;

    /** @param reference a book whose burstable baselines and load balancer prices fill what offer files lack */
    public PriceListImporter(PriceBook reference) {
        this.reference = reference;
    }

    private record Product(String region, String kind, Architecture arch, LambdaUsage.Component component,
                           JsonNode attributes, String usage) {
    }

    /** Adds the prices of one offer file ({@code .gz} or not): JSON offer, get-products output or CSV offer. */
    public void read(java.nio.file.Path offer) {
        String name = offer.toString();
        if (!java.nio.file.Files.isRegularFile(offer)) {
            throw new DataFileException(name, "", "no such offer file");
        }
        try (InputStream raw = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(offer), 1 << 16)) {
            raw.mark(4);
            int b1 = raw.read();
            int b2 = raw.read();
            raw.reset();
            InputStream in = b1 == 0x1f && b2 == 0x8b
                    ? new java.io.BufferedInputStream(new java.util.zip.GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
            read(in, name);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new DataFileException(name, "", "corrupt or truncated gzip: " + e.getMessage());
        } catch (IOException e) {
            throw new DataFileException(name, "", "cannot read: " + e.getMessage());
        }
    }

    /**
     * Adds the prices of one offer: the JSON offer file ({@code products} then {@code terms}),
     * {@code aws pricing get-products} output ({@code PriceList}: an array of JSON strings, one
     * product with its terms each) or the CSV offer layout. The stream must support mark/reset.
     */
    public void read(InputStream in, String name) {
        this.file = name;
        files.add(name);
        try {
            if (!in.markSupported()) {
                in = new java.io.BufferedInputStream(in, 1 << 16);
            }
            in.mark(64);
            int c;
            do {
                c = in.read();
            } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xef || c == 0xbb || c == 0xbf);
            in.reset();
            if (c == '{') {
                readJson(in);
            } else if (c < 0) {
                throw new DataFileException(file, "", "empty file: expected an AWS Price List offer");
            } else {
                readCsv(in);
            }
        } catch (JsonParseException e) {
            throw new DataFileException(file, "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new DataFileException(file, "", "cannot read: " + e.getMessage());
        }
    }

    private void readJson(InputStream in) throws IOException {
        try (JsonParser p = new JsonFactory(mapper).createParser(in)) {
            p.nextToken();
            boolean sawProducts = false;
            boolean sawPriceList = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "products":
                        readProducts(p);
                        sawProducts = true;
                        break;
                    case "terms":
                        if (!sawProducts) {
                            throw error(p, "'terms' before 'products': expected the layout AWS publishes (products first)");
                        }
                        readTerms(p);
                        break;
                    case "PriceList":
                        readPriceList(p);
                        sawPriceList = true;
                        break;
                    case "publicationDate":
                        publicationDate = p.getValueAsString("");
                        break;
                    default:
                        p.skipChildren();
                }
            }
            if (!sawProducts && !sawPriceList) {
                throw new DataFileException(file, "", "no 'products' (offer file) or 'PriceList' (get-products "
                        + "output): not an AWS Price List offer");
            }
        }
    }

    /** {@code aws pricing get-products}: each element is a JSON string of {product, terms}. */
    private void readPriceList(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw error(p, "'PriceList' must be an array");
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonNode item = p.currentToken() == JsonToken.VALUE_STRING ? mapper.readTree(p.getText()) : mapper.readTree(p);
            String where = "PriceList[" + i++ + "]";
            JsonNode product = item.path("product");
            String sku = product.path("sku").asText(where);
            productsRead++;
            Product kept = classify(product);
            if (kept == null) {
                continue;
            }
            if (publicationDate.isEmpty()) {
                publicationDate = item.path("publicationDate").asText("");
            }
            JsonNode offers = item.path("terms").path("OnDemand");
            if (offers.isObject() && offers.size() > 0) {
                price(sku, kept, dimensions(sku, offers));
            }
        }
    }

    private void readCsv(InputStream in) throws IOException {
        OfferCsv csv = new OfferCsv(new java.io.BufferedReader(new java.io.InputStreamReader(in,
                java.nio.charset.StandardCharsets.UTF_8), 1 << 16), file);
        Map<String, Product> kept = new LinkedHashMap<>();
        Map<String, List<BigDecimal[]>> dims = new LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        OfferCsv.Row row;
        while ((row = csv.next()) != null) {
            if (seen.add(row.sku())) {
                productsRead++;
            }
            if (!row.termType().equals("OnDemand")) {
                continue;
            }
            com.fasterxml.jackson.databind.node.ObjectNode product = mapper.createObjectNode();
            product.put("productFamily", row.family());
            product.set("attributes", row.attributes());
            Product p = kept.containsKey(row.sku()) ? kept.get(row.sku()) : classify(product);
            if (p == null) {
                continue;
            }
            kept.put(row.sku(), p);
            currency(row.currency(), "line " + row.line());
            dims.computeIfAbsent(row.sku(), k -> new ArrayList<>()).add(dimension(row.begin(), row.end(), row.price(),
                    "line " + row.line()));
        }
        if (publicationDate.isEmpty()) {
            publicationDate = csv.publicationDate();
        }
        for (var e : kept.entrySet()) {
            price(e.getKey(), e.getValue(), tiers(e.getKey(), dims.get(e.getKey())));
        }
    }

    private DataFileException error(JsonParser p, String message) {
        var loc = p.currentLocation();
        return new DataFileException(file, "line " + loc.getLineNr() + ", column " + loc.getColumnNr(), message);
    }

    private void readProducts(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw error(p, "'products' must be an object of SKU to product");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String sku = p.currentName();
            p.nextToken();
            JsonNode product = mapper.readTree(p);
            productsRead++;
            Product kept = classify(product);
            if (kept != null) {
                products.put(sku, kept);
            }
        }
    }

    private Product classify(JsonNode product) {
        JsonNode a = product.path("attributes");
        String family = product.path("productFamily").asText("");
        families.add(family.isEmpty() ? a.path("servicecode").asText("?") : family);
        String usage = a.path("usagetype").asText("");
        String region = a.path("regionCode").asText("");
        if (region.isEmpty()) {
            // Older offers name the location only; "Any" / global rows (the free tier) have no region.
            region = Locations.regionOf(a.path("location").asText(""));
            if (region == null) {
                return null;
            }
        }
        if (family.equals("Serverless") || a.path("servicecode").asText("").equals("AWSLambda")) {
            sawLambda = true;
            LambdaUsage u = LambdaUsage.of(usage);
            return u == null ? null : new Product(region, "lambda", u.arch(), u.component(), a, usage + " (" + family + ")");
        }
        if (family.equals("Compute Instance") && usage.contains("BoxUsage:")
                && is(a, "operatingSystem", "Linux") && is(a, "tenancy", "Shared")
                && is(a, "preInstalledSw", "NA") && is(a, "capacitystatus", "Used")) {
            String proc = (a.path("processorArchitecture").asText("") + " " + a.path("physicalProcessor").asText(""));
            Architecture arch = proc.contains("ARM") || proc.contains("Graviton") || proc.contains("arm")
                    ? Architecture.ARM64 : Architecture.X86_64;
            return new Product(region, "ec2", arch, null, a, usage);
        }
        return null;
    }

    /** An attribute equal to {@code value}, or absent (older offers lack capacitystatus and preInstalledSw). */
    private static boolean is(JsonNode a, String attribute, String value) {
        JsonNode v = a.get(attribute);
        return v == null || v.isNull() || v.asText().isEmpty() || v.asText().equals(value);
    }

    private void readTerms(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String kind = p.currentName();
            p.nextToken();
            if (!kind.equals("OnDemand")) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String sku = p.currentName();
                p.nextToken();
                Product product = products.get(sku);
                if (product == null) {
                    p.skipChildren();
                    continue;
                }
                price(sku, product, dimensions(sku, mapper.readTree(p)));
            }
        }
    }

    /** The price dimensions of one SKU as tiers, ordered by beginRange; the last one unbounded. */
    private List<DurationTier> dimensions(String sku, JsonNode offers) {
        List<BigDecimal[]> dims = new ArrayList<>();
        for (JsonNode offer : offers) {
            for (JsonNode dim : offer.path("priceDimensions")) {
                JsonNode prices = dim.path("pricePerUnit");
                JsonNode usd = prices.path("USD");
                if (usd.isMissingNode()) {
                    String other = prices.fieldNames().hasNext() ? prices.fieldNames().next() : "none";
                    currency(other, "terms.OnDemand." + sku);
                }
                dims.add(dimension(dim.path("beginRange").asText("0"), dim.path("endRange").asText("Inf"), usd.asText(),
                        "terms.OnDemand." + sku));
            }
        }
        return tiers(sku, dims);
    }

    private void currency(String code, String where) {
        if (!"USD".equals(code)) {
            throw new DataFileException(file, where, "price in " + code + ": lambdasim prices in USD only "
                    + "(the China regions' offers are in CNY)");
        }
    }

    private BigDecimal[] dimension(String begin, String end, String usd, String where) {
        try {
            BigDecimal b = new BigDecimal(begin.isEmpty() ? "0" : begin);
            BigDecimal e = end.isEmpty() || end.equals("Inf") ? null : new BigDecimal(end);
            BigDecimal price = new BigDecimal(usd);
            if (price.signum() < 0) {
                throw new DataFileException(file, where, "negative price " + usd);
            }
            return new BigDecimal[] {b, e, price};
        } catch (NumberFormatException ex) {
            throw new DataFileException(file, where, "non-numeric range or price: " + begin + ".." + end + " at " + usd);
        }
    }

    private List<DurationTier> tiers(String sku, List<BigDecimal[]> dims) {
        if (dims == null || dims.isEmpty()) {
            throw new DataFileException(file, "terms.OnDemand." + sku, "no price dimensions");
        }
        dims.sort(Comparator.comparing(d -> d[0]));
        List<DurationTier> tiers = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            boolean last = i == dims.size() - 1;
            tiers.add(new DurationTier(last ? null : dims.get(i)[1], dims.get(i)[2]));
        }
        return tiers;
    }

    /**
     * Records the prices of one SKU. A second SKU for the same region, architecture and component
     * (Lambda) or instance type (EC2) must say the same: otherwise the offer is ambiguous and the
     * import stops naming both, instead of letting whichever comes last win.
     */
    private void price(String sku, Product product, List<DurationTier> tiers) {
        String key = product.kind().equals("lambda")
                ? product.region() + "/" + product.arch().id() + "/" + product.component()
                : product.region() + "/" + product.attributes().path("instanceType").asText();
        String previous = pricedBy.putIfAbsent(key, sku + " (" + product.usage() + ")");
        if (product.kind().equals("lambda")) {
            Map<LambdaUsage.Component, List<DurationTier>> c =
                    lambda.computeIfAbsent(product.region() + "/" + product.arch().id(), k -> new LinkedHashMap<>());
            List<DurationTier> before = c.putIfAbsent(product.component(), tiers);
            if (previous != null && !same(before, tiers)) {
                throw new DataFileException(file, "SKU " + sku, "prices " + product.component().usageType + " of "
                        + product.region() + "/" + product.arch() + " differently from " + previous);
            }
        } else if (previous == null) {
            addInstance(product, tiers);
        } else if (!same(List.of(new DurationTier(null, ec2.get(key).hourlyUsd())), tiers.subList(0, 1))) {
            throw new DataFileException(file, "SKU " + sku, "prices " + key + " differently from " + previous);
        }
    }

    private static boolean same(List<DurationTier> a, List<DurationTier> b) {
        if (a == null || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).usdPerGbSecond().compareTo(b.get(i).usdPerGbSecond()) != 0) {
                return false;
            }
        }
        return true;
    }

    private void addInstance(Product product, List<DurationTier> tiers) {
        JsonNode a = product.attributes();
        String type = a.path("instanceType").asText();
        BigDecimal hourly = tiers.get(0).usdPerGbSecond();
        if (hourly.signum() == 0) {
            return; // A $0 row (e.g. reserved capacity placeholders) prices nothing.
        }
        int vcpu;
        BigDecimal memoryGib;
        try {
            vcpu = Integer.parseInt(a.path("vcpu").asText().trim());
            memoryGib = new BigDecimal(a.path("memory").asText().replace("GiB", "").replace(",", "").trim());
        } catch (NumberFormatException e) {
            throw new DataFileException(file, "products (" + type + ")", "unreadable vcpu or memory: "
                    + a.path("vcpu") + ", " + a.path("memory"));
        }
        // Offer files do not state burstable baselines: take them from the reference book when it knows the type.
        double baseline = 1.0;
        Ec2InstanceType.Burst burst = Ec2InstanceType.Burst.NONE;
        BigDecimal surplus = BigDecimal.ZERO;
        for (Ec2InstanceType known : reference.ec2Types()) {
            if (known.type().equals(type)) {
                baseline = known.baselinePerVcpu();
                burst = known.burst();
                surplus = known.surplusUsdPerVcpuHour();
                break;
            }
        }
        ec2.put(product.region() + "/" + type, new Ec2InstanceType(product.region(), type, vcpu, memoryGib,
                product.arch(), hourly, baseline, burst, surplus));
    }

    /** Instance types whose burstable baseline was unknown (priced as fixed performance). */
    public List<String> unknownBaselines() {
        List<String> out = new ArrayList<>();
        for (Ec2InstanceType t : ec2.values()) {
            if ((t.type().startsWith("t2.") || t.type().startsWith("t3") || t.type().startsWith("t4g.")) && !t.burstable()) {
                out.add(t.type());
            }
        }
        return out;
    }

    /** The price book of everything read so far. */
    public PriceBook toPriceBook(String name) {
        List<LambdaPrices> lp = new ArrayList<>();
        incomplete.clear();
        for (var e : lambda.entrySet()) {
            String[] key = e.getKey().split("/");
            Map<LambdaUsage.Component, List<DurationTier>> c = e.getValue();
            List<String> missing = new ArrayList<>();
            for (LambdaUsage.Component k : LambdaUsage.Component.values()) {
                if (!c.containsKey(k)) {
                    missing.add(k.usageType + (key[1].equals("arm64") ? "-ARM" : ""));
                }
            }
            if (!missing.isEmpty()) {
                // Not priced at $0: a region/architecture the offer prices only in part is left out, and said.
                incomplete.add(e.getKey() + " (no " + String.join(", ", missing) + ")");
                continue;
            }
            BigDecimal perRequest = c.get(LambdaUsage.Component.REQUEST).get(0).usdPerGbSecond();
            lp.add(valid(() -> new LambdaPrices(key[0], Architecture.parse(key[1]),
                    perRequest.multiply(BigDecimal.valueOf(1_000_000)), c.get(LambdaUsage.Component.DURATION),
                    first(c, LambdaUsage.Component.STORAGE), first(c, LambdaUsage.Component.PROVISIONED),
                    first(c, LambdaUsage.Component.PROVISIONED_DURATION))));
        }
        String offers = String.join(", ", files);
        if (lp.isEmpty() && ec2.isEmpty()) {
            throw new DataFileException(offers, "", "no row lambdasim can use: " + productsRead + " products read"
                    + (families.isEmpty() ? "" : " (product families: " + String.join(", ", families) + ")")
                    + (incomplete.isEmpty() ? "" : "; Lambda prices incomplete for " + String.join("; ", incomplete))
                    + "; expected the AWSLambda or AmazonEC2 offer (on-demand Lambda requests and GB-s, Linux shared "
                    + "instances)");
        }
        if (lp.isEmpty() && sawLambda) {
            throw new DataFileException(offers, "", "Lambda prices incomplete for every region: " + String.join("; ", incomplete));
        }
        boolean lambdaFromReference = lp.isEmpty();
        if (lambdaFromReference) {
            // An EC2-only offer (no Lambda row at all): the reference book's Lambda prices, said in the source.
            lp.addAll(reference.lambdaPrices());
        }
        List<LoadBalancerPrice> lbs = new ArrayList<>(reference.loadBalancers());
        String source = "AWS Price List offer file " + file + (publicationDate.isEmpty() ? "" : " (published " + publicationDate + ")")
                + "; burstable baselines, load balancer, SnapStart and Managed Instances fee prices"
                + (lambdaFromReference ? " and all Lambda prices" : "")
                + " from " + reference.name() + " (" + reference.source() + ")";
        FreeTier free = reference.freeTier();
        return valid(() -> new PriceBook(name, source,
                publicationDate.isEmpty() ? java.time.LocalDate.now().toString() : publicationDate,
                free, lp, new ArrayList<>(ec2.values()), lbs, reference.snapStartPrices(), reference.managedInstances()));
    }

    /** Region/architecture pairs left out because the offer prices them only in part (after {@link #toPriceBook}). */
    public List<String> incomplete() {
        return List.copyOf(incomplete);
    }

    /** The same rules as a price book file's: a value the book would refuse on load is refused here. */
    private <T> T valid(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (DataFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new DataFileException(file, "", e.getMessage());
        }
    }

    private static BigDecimal first(Map<LambdaUsage.Component, List<DurationTier>> c, LambdaUsage.Component k) {
        return c.get(k).get(0).usdPerGbSecond();
    }
}
