package io.lambdasim.pricing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.pricing.PriceBook;
import io.lambdasim.pricing.pricelist.PriceListImporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.junit.jupiter.api.Assertions;

/**
 * Issue 11, "keep it that way": price books and AWS offer files, truncated, corrupted or spliced,
 * load or fail with an IllegalArgumentException (a DataFileException naming the file and the
 * position) of one line; never another exception, never "null" for a reason, never a hang.
 * Whether a loaded book's values make sense is the validation's business, not this test's.
 */
class DataFileFuzzTest {

    private static final String BOOK = text(PriceBook.class, "price-book.json");
    /**
     * A whole Lambda offer for one region in the bulk-file layout (shared/domain/lambda-billing.md),
     * us-east-1 prices of aws.amazon.com/lambda/pricing; the seed the damage starts from.
     */
    private static final String LAMBDA_OFFER = lambdaOffer();
    private static final String EC2_OFFER = text(PriceListImporter.class, "ec2-offer.json");

    /** The seeds themselves are whole: damage starts from a file that imports (else the fuzz reaches no depth). */
    @org.junit.jupiter.api.Test
    void theUndamagedOffersImport() {
        for (String offer : new String[] {LAMBDA_OFFER, EC2_OFFER}) {
            PriceListImporter importer = new PriceListImporter(PriceBook.loadDefault());
            importer.read(new ByteArrayInputStream(offer.getBytes(StandardCharsets.UTF_8)), "offer.json");
            assertThat(importer.toPriceBook("seed").lambdaPrices().size() + importer.toPriceBook("seed").ec2Types().size())
                    .isPositive();
        }
    }

    @Property(tries = 100)
    void damagedPriceBooksLoadOrFailOnOneLine(@ForAll("books") String json) throws IOException {
        loadBook(json);
    }

    @Property(tries = 3000)
    @Tag("slow")
    void damagedPriceBooksLoadOrFailOnOneLineAtLength(@ForAll("books") String json) throws IOException {
        loadBook(json);
    }

    @Property(tries = 100)
    void damagedOffersImportOrFailOnOneLine(@ForAll("offers") String json) {
        importOffer(json);
    }

    @Property(tries = 3000)
    @Tag("slow")
    void damagedOffersImportOrFailOnOneLineAtLength(@ForAll("offers") String json) {
        importOffer(json);
    }

    private static void loadBook(String json) throws IOException {
        Path f = Files.createTempFile("book", ".json");
        try {
            Files.writeString(f, json);
            Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                try {
                    PriceBook.load(f);
                } catch (IllegalArgumentException e) {
                    oneLine(e);
                }
            });
        } finally {
            Files.deleteIfExists(f);
        }
    }

    private static void importOffer(String json) {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                PriceListImporter importer = new PriceListImporter(PriceBook.loadDefault());
                importer.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "offer.json");
                importer.toPriceBook("imported");
            } catch (IllegalArgumentException e) {
                oneLine(e);
            }
        });
    }

    private static void oneLine(IllegalArgumentException e) {
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").doesNotEndWith(": null").doesNotContain("Exception");
    }

    @Provide
    Arbitrary<String> books() {
        return damaged(Arbitraries.of(BOOK));
    }

    @Provide
    Arbitrary<String> offers() {
        return damaged(Arbitraries.of(LAMBDA_OFFER, EC2_OFFER));
    }

    /** Truncations, character substitutions (JSON punctuation, digits, signs) and spliced-in values. */
    private static Arbitrary<String> damaged(Arbitrary<String> source) {
        Arbitrary<String> truncated = Combinators.combine(source, Arbitraries.doubles().between(0, 1))
                .as((s, f) -> s.substring(0, (int) (s.length() * f)));
        Arbitrary<String> substituted = Combinators.combine(source,
                        Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(5),
                        Arbitraries.of('{', '}', '[', ']', ',', ':', '"', '-', '0', '9', 'e', '.', ' ', 'x', '\u0000'))
                .as((s, at, c) -> {
                    char[] a = s.toCharArray();
                    for (int p : at) {
                        a[p % a.length] = c;
                    }
                    return new String(a);
                });
        Arbitrary<String> spliced = Combinators.combine(source, Arbitraries.integers().between(0, Integer.MAX_VALUE),
                        Arbitraries.of("-1", "1e308", "\"USD\"", "\"EUR\"", "null", "[]", "{}", "\"\"", "99999999999999999999",
                                "0.0000000000000000000001", "true", "\"x\""))
                .as((s, at, value) -> {
                    // replace the next value after a colon with a hostile one
                    int colon = s.indexOf(':', at % Math.max(1, s.length()));
                    if (colon < 0) {
                        return s;
                    }
                    int end = colon + 1;
                    while (end < s.length() && ",}]\n".indexOf(s.charAt(end)) < 0) {
                        end++;
                    }
                    return s.substring(0, colon + 1) + " " + value + s.substring(end);
                });
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(200);
        return Arbitraries.oneOf(truncated, substituted, spliced, spliced, noise);
    }

    private static String lambdaOffer() {
        String[][] skus = {
            {"REQ", "Request", "0.0000002000"},
            {"DUR", "Lambda-GB-Second", "0.0000166667"},
            {"STO", "Lambda-Storage-GB-Second", "0.0000000309"},
            {"PC", "Lambda-Provisioned-Concurrency", "0.0000041667"},
            {"PCD", "Lambda-Provisioned-GB-Second", "0.0000097222"}};
        StringBuilder products = new StringBuilder();
        StringBuilder terms = new StringBuilder();
        for (String[] k : skus) {
            String sep = products.length() == 0 ? "" : ",\n";
            products.append(sep).append("\"").append(k[0]).append("\": {\"sku\": \"").append(k[0])
                    .append("\", \"productFamily\": \"Serverless\", \"attributes\": {\"servicecode\": \"AWSLambda\", ")
                    .append("\"location\": \"US East (N. Virginia)\", \"regionCode\": \"us-east-1\", \"usagetype\": \"")
                    .append(k[1]).append("\"}}");
            terms.append(sep).append("\"").append(k[0]).append("\": {\"").append(k[0]).append(".T\": {\"priceDimensions\": {\"")
                    .append(k[0]).append(".T.1\": {\"beginRange\": \"0\", \"endRange\": \"Inf\", \"pricePerUnit\": {\"USD\": \"")
                    .append(k[2]).append("\"}}}}}");
        }
        return "{\"offerCode\": \"AWSLambda\", \"publicationDate\": \"2026-10-01T00:00:00Z\",\n\"products\": {\n" + products
                + "},\n\"terms\": {\"OnDemand\": {\n" + terms + "}}}\n";
    }

    private static String text(Class<?> near, String resource) {
        try (InputStream in = near.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("missing resource " + resource, e));
        }
    }
}
