package io.lambdasim.pricing.pricelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.pricing.Architecture;
import io.lambdasim.pricing.DataFileException;
import io.lambdasim.pricing.LambdaPrices;
import io.lambdasim.pricing.PriceBook;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Offer files in the layout of AWS Price List bulk files (offers/v1.0/aws/{AWSLambda|AmazonEC2}/current/index.json) with
 * the prices of aws.amazon.com/lambda/pricing (us-east-1: $0.20 per 1M requests, $0.0000166667 per
 * GB-s first tier, storage $0.0000000309, PC $0.0000041667, PC duration $0.0000097222), plus the
 * real Lambda@Edge row of corpus/pricelist (README there).
 */
class PriceListImporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One product of a Lambda offer: SKU, usage type, region code (or null), price dimension(s) as begin/end/USD. */
    private record Sku(String sku, String family, String usage, String region, String location, String... dims) {
    }

    private static final List<Sku> LAMBDA_US_EAST_1 = List.of(
            new Sku("REQ", "Serverless", "Request", "us-east-1", "US East (N. Virginia)", "0", "Inf", "0.0000002000"),
            new Sku("DUR", "Serverless", "Lambda-GB-Second", "us-east-1", "US East (N. Virginia)",
                    "0", "6000000000", "0.0000166667", "6000000000", "15000000000", "0.0000150000",
                    "15000000000", "Inf", "0.0000133334"),
            new Sku("STO", "Serverless", "Lambda-Storage-GB-Second", "us-east-1", "US East (N. Virginia)", "0", "Inf", "0.0000000309"),
            new Sku("PC", "Serverless", "Lambda-Provisioned-Concurrency", "us-east-1", "US East (N. Virginia)", "0", "Inf", "0.0000041667"),
            new Sku("PCD", "Serverless", "Lambda-Provisioned-GB-Second", "us-east-1", "US East (N. Virginia)", "0", "Inf", "0.0000097222"));

    /** The Lambda@Edge request SKU of us-east-1 (same shape as the real EU (Paris) one): $0.60 per 1M. */
    private static final Sku EDGE = new Sku("EDGE", "Serverless", "Lambda-Edge-Request", "us-east-1", "US East (N. Virginia)",
            "0", "Inf", "0.0000006000");

    private static String offer(List<Sku> skus) {
        ObjectNode root = JSON.createObjectNode();
        root.put("offerCode", "AWSLambda");
        root.put("publicationDate", "2026-10-01T00:00:00Z");
        ObjectNode products = root.putObject("products");
        ObjectNode onDemand = root.putObject("terms").putObject("OnDemand");
        for (Sku s : skus) {
            products.set(s.sku(), product(s));
            onDemand.set(s.sku(), terms(s));
        }
        return root.toString();
    }

    private static ObjectNode product(Sku s) {
        ObjectNode p = JSON.createObjectNode();
        p.put("sku", s.sku());
        p.put("productFamily", s.family());
        ObjectNode a = p.putObject("attributes");
        a.put("servicecode", "AWSLambda");
        a.put("location", s.location());
        if (s.region() != null) {
            a.put("regionCode", s.region());
        }
        a.put("usagetype", s.usage());
        return p;
    }

    private static ObjectNode terms(Sku s) {
        ObjectNode t = JSON.createObjectNode();
        ObjectNode dims = t.putObject(s.sku() + ".JRTCKXETXF").putObject("priceDimensions");
        for (int i = 0; i < s.dims().length; i += 3) {
            ObjectNode d = dims.putObject(s.sku() + ".JRTCKXETXF." + i);
            d.put("beginRange", s.dims()[i]);
            d.put("endRange", s.dims()[i + 1]);
            d.putObject("pricePerUnit").put("USD", s.dims()[i + 2]);
        }
        return t;
    }

    private static PriceBook importText(String text, String name) {
        PriceListImporter importer = new PriceListImporter(PriceBook.loadDefault());
        importer.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
        return importer.toPriceBook("test");
    }

    private static Path corpus(String name) throws URISyntaxException {
        return Path.of(PriceListImporterTest.class.getResource("/corpus/pricelist/" + name).toURI());
    }

    private static void assertUsEast1(PriceBook book) {
        LambdaPrices x86 = book.lambda("us-east-1", Architecture.X86_64);
        assertThat(x86.requestUsdPerMillion()).isEqualByComparingTo("0.20");
        assertThat(x86.durationTiers()).hasSize(3);
        assertThat(x86.durationTiers().get(0).upToGbSeconds()).isEqualByComparingTo("6000000000");
        assertThat(x86.durationTiers().get(2).unbounded()).isTrue();
        assertThat(x86.ephemeralUsdPerGbSecond()).isEqualByComparingTo("0.0000000309");
        assertThat(x86.provisionedUsdPerGbSecond()).isEqualByComparingTo("0.0000041667");
        assertThat(x86.provisionedDurationUsdPerGbSecond()).isEqualByComparingTo("0.0000097222");
    }

    @Test
    void theLambdaEdgeRequestSkuNeverReplacesTheRequestPriceWhicheverComesFirst() {
        // Issue 12: keyed on the full usage type, "Lambda-Edge-Request" is not "Request" ($0.60 vs $0.20 per 1M).
        List<Sku> edgeFirst = new ArrayList<>(List.of(EDGE));
        edgeFirst.addAll(LAMBDA_US_EAST_1);
        List<Sku> edgeLast = new ArrayList<>(LAMBDA_US_EAST_1);
        edgeLast.add(EDGE);
        assertUsEast1(importText(offer(edgeFirst), "edge-first.json"));
        assertUsEast1(importText(offer(edgeLast), "edge-last.json"));
    }

    @Test
    void regionalUsageTypesAndArmTwinsAreRead() {
        List<Sku> skus = new ArrayList<>();
        for (Sku s : LAMBDA_US_EAST_1) {
            skus.add(new Sku("EU" + s.sku(), s.family(), "EUW2-" + s.usage(), "eu-west-2", "EU (London)", s.dims()));
            skus.add(new Sku("ARM" + s.sku(), s.family(), s.usage() + "-ARM", "us-east-1", "US East (N. Virginia)", s.dims()));
        }
        PriceBook book = importText(offer(skus), "regional.json");
        assertThat(book.lambdaRegions()).containsExactly("eu-west-2", "us-east-1");
        assertThat(book.lambda("eu-west-2", Architecture.X86_64).requestUsdPerMillion()).isEqualByComparingTo("0.20");
        assertThat(book.lambda("us-east-1", Architecture.ARM64).firstTierUsdPerGbSecond()).isEqualByComparingTo("0.0000166667");
        assertThat(book.date()).isEqualTo("2026-10-01T00:00:00Z");
    }

    @Test
    void olderOffersWithoutRegionCodeMapTheLocation() {
        List<Sku> skus = new ArrayList<>();
        for (Sku s : LAMBDA_US_EAST_1) {
            skus.add(new Sku(s.sku(), s.family(), s.usage(), null, "US East (N. Virginia)", s.dims()));
        }
        assertUsEast1(importText(offer(skus), "older.json"));
    }

    @Test
    void getProductsOutputIsAnArrayOfJsonStrings() {
        ArrayNode list = JSON.createArrayNode();
        for (Sku s : LAMBDA_US_EAST_1) {
            ObjectNode item = JSON.createObjectNode();
            item.set("product", product(s));
            item.put("serviceCode", "AWSLambda");
            item.putObject("terms").set("OnDemand", terms(s));
            list.add(item.toString());
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("FormatVersion", "aws_v1");
        root.set("PriceList", list);
        assertUsEast1(importText(root.toString(), "get-products.json"));
    }

    @Test
    void csvOfferLayout() {
        StringBuilder csv = new StringBuilder("\"FormatVersion\",\"aws_v1\"\n\"Disclaimer\",\"This pricing list is for informational purposes only.\"\n"
                + "\"Publication Date\",\"2026-10-01T00:00:00Z\"\n\"Version\",\"20261001000000\"\n\"OfferCode\",\"AWSLambda\"\n"
                + "\"SKU\",\"OfferTermCode\",\"RateCode\",\"TermType\",\"PriceDescription\",\"EffectiveDate\",\"StartingRange\","
                + "\"EndingRange\",\"Unit\",\"PricePerUnit\",\"Currency\",\"Product Family\",\"serviceCode\",\"Location\","
                + "\"Location Type\",\"Group\",\"usageType\",\"operation\",\"Region Code\"\n");
        for (Sku s : LAMBDA_US_EAST_1) {
            for (int i = 0; i < s.dims().length; i += 3) {
                csv.append(String.format("\"%s\",\"JRTCKXETXF\",\"%s.%d\",\"OnDemand\",\"$ per unit\",\"2026-10-01\",\"%s\",\"%s\","
                                + "\"Lambda-GB-Second\",\"%s\",\"USD\",\"Serverless\",\"AWSLambda\",\"US East (N. Virginia)\","
                                + "\"AWS Region\",\"\",\"%s\",\"Invoke\",\"us-east-1\"\n",
                        s.sku(), s.sku(), i, s.dims()[i], s.dims()[i + 1], s.dims()[i + 2], s.usage()));
            }
        }
        // A reserved row is not on-demand: passed over.
        csv.append("\"REQ\",\"X\",\"REQ.X\",\"Reserved\",\"\",\"\",\"0\",\"Inf\",\"Requests\",\"0.1\",\"USD\",\"Serverless\","
                + "\"AWSLambda\",\"US East (N. Virginia)\",\"AWS Region\",\"\",\"Request\",\"Invoke\",\"us-east-1\"\n");
        PriceBook book = importText(csv.toString(), "index.csv");
        assertUsEast1(book);
        assertThat(book.date()).isEqualTo("2026-10-01T00:00:00Z");
    }

    @Test
    void anOfferWithNoRowLambdasimCanUseIsAnErrorNotTheBundledPrices() throws Exception {
        // The real CloudFront offer holds only the Lambda@Edge request SKU.
        PriceListImporter importer = new PriceListImporter(PriceBook.loadDefault());
        importer.read(corpus("cloudfront-lambda-edge-2019.json"));
        assertThatThrownBy(() -> importer.toPriceBook("x")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("cloudfront-lambda-edge-2019.json").hasMessageContaining("no row lambdasim can use")
                .hasMessageContaining("1 products read").hasMessageContaining("Serverless");
    }

    @Test
    void regionsPricedOnlyInPartAreLeftOutAndSaid() {
        // Without storage and PC prices a region is not priced at $0 for them: it is left out.
        PriceListImporter importer = new PriceListImporter(PriceBook.loadDefault());
        List<Sku> skus = new ArrayList<>(LAMBDA_US_EAST_1);
        skus.add(new Sku("EUREQ", "Serverless", "EUW2-Request", "eu-west-2", "EU (London)", "0", "Inf", "0.0000002000"));
        importer.read(new ByteArrayInputStream(offer(skus).getBytes(StandardCharsets.UTF_8)), "part.json");
        PriceBook book = importer.toPriceBook("x");
        assertThat(book.lambdaRegions()).containsExactly("us-east-1");
        assertThat(importer.incomplete()).singleElement().asString().startsWith("eu-west-2/x86_64 (no Lambda-GB-Second");
        // Only partial rows: an error naming what is missing.
        assertThatThrownBy(() -> importText(offer(List.of(LAMBDA_US_EAST_1.get(0))), "only-requests.json"))
                .hasMessageContaining("only-requests.json").hasMessageContaining("no Lambda-GB-Second");
    }

    @Test
    void importRefusesWhatALoadedBookWouldRefuse() {
        List<Sku> negative = new ArrayList<>(LAMBDA_US_EAST_1);
        negative.set(0, new Sku("REQ", "Serverless", "Request", "us-east-1", "", "0", "Inf", "-0.0000002"));
        assertThatThrownBy(() -> importText(offer(negative), "neg.json")).hasMessageContaining("neg.json")
                .hasMessageContaining("negative price -0.0000002");
        List<Sku> absurd = new ArrayList<>(LAMBDA_US_EAST_1);
        absurd.set(1, new Sku("DUR", "Serverless", "Lambda-GB-Second", "us-east-1", "", "0", "Inf", "16.6667"));
        assertThatThrownBy(() -> importText(offer(absurd), "absurd.json")).hasMessageContaining("absurd.json")
                .hasMessageContaining("too large");
        List<Sku> conflicting = new ArrayList<>(LAMBDA_US_EAST_1);
        conflicting.add(new Sku("REQ2", "Serverless", "Request", "us-east-1", "", "0", "Inf", "0.0000003"));
        assertThatThrownBy(() -> importText(offer(conflicting), "twice.json")).hasMessageContaining("SKU REQ2")
                .hasMessageContaining("differently from REQ");
        String yen = offer(LAMBDA_US_EAST_1).replace("\"USD\"", "\"CNY\"");
        assertThatThrownBy(() -> importText(yen, "cny.json")).hasMessageContaining("price in CNY");
    }

    @Test
    void priceBookFilesAreValidatedOnLoadWithTheSameRules(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String bundled;
        try (InputStream in = PriceBook.class.getResourceAsStream("price-book.json")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path eur = dir.resolve("eur.json");
        Files.writeString(eur, bundled.replace("\"currency\": \"USD\"", "\"currency\": \"EUR\""));
        assertThatThrownBy(() -> PriceBook.load(eur)).hasMessageContaining("eur.json").hasMessageContaining("prices in EUR");
        Path twice = dir.resolve("twice.json");
        Files.writeString(twice, bundled.replace("\"region\": \"us-east-1\", \"arch\": \"arm64\"",
                "\"region\": \"us-east-1\", \"arch\": \"x86_64\""));
        assertThatThrownBy(() -> PriceBook.load(twice)).hasMessageContaining("twice.json").hasMessageContaining("given twice");
        Path dupEc2 = dir.resolve("dup-ec2.json");
        Files.writeString(dupEc2, bundled.replace("\"type\": \"t3.micro\"", "\"type\": \"t2.micro\""));
        assertThatThrownBy(() -> PriceBook.load(dupEc2)).hasMessageContaining("EC2 t2.micro in us-east-1 given twice");
        Path absurd = dir.resolve("absurd.json");
        Files.writeString(absurd, bundled.replace("\"requestUsdPerMillion\": 0.20", "\"requestUsdPerMillion\": 200000"));
        assertThatThrownBy(() -> PriceBook.load(absurd)).hasMessageContaining("lambda[0]").hasMessageContaining("too large");
        Path noPc = dir.resolve("no-pc.json");
        Files.writeString(noPc, bundled.replace("\"provisionedUsdPerGbSecond\": 0.0000041667,", ""));
        assertThatThrownBy(() -> PriceBook.load(noPc)).hasMessageContaining("provisionedUsdPerGbSecond")
                .hasMessageContaining("missing");
    }

    @Test
    void brokenOfferNamesThePosition() {
        PriceListImporter importer = new PriceListImporter(PriceBook.loadDefault());
        InputStream in = new ByteArrayInputStream("{\"products\": {\"A\": {\"sku\": }}}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> importer.read(in, "broken.json")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("broken.json").hasMessageContaining("line 1");
    }

    @Test
    void ec2OfferKeepsOnlyLinuxSharedOnDemand() throws Exception {
        PriceListImporter importer = new PriceListImporter(PriceBook.loadDefault());
        try (InputStream in = getClass().getResourceAsStream("ec2-offer.json")) {
            importer.read(in, "ec2-offer.json");
        }
        PriceBook book = importer.toPriceBook("test");
        assertThat(book.ec2Types("us-east-1")).containsExactly("m7g.large", "t3.small");
        assertThat(book.ec2("us-east-1", "m7g.large").arch()).isEqualTo(Architecture.ARM64);
        assertThat(book.ec2("us-east-1", "t3.small").baselinePerVcpu()).isEqualTo(0.2);
        // An EC2-only offer (no Lambda row at all) keeps the reference book's Lambda prices, and says so.
        assertThat(book.lambda("us-east-1", Architecture.X86_64).firstTierUsdPerGbSecond()).isEqualByComparingTo("0.0000166667");
        assertThat(book.source()).contains("and all Lambda prices from");
    }
}
