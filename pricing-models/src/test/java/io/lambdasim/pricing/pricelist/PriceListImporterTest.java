package io.lambdasim.pricing.pricelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.pricing.Architecture;
import io.lambdasim.pricing.DataFileException;
import io.lambdasim.pricing.LambdaPrices;
import io.lambdasim.pricing.PriceBook;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hand-written offer files in the shape of AWS Price List bulk files (offers/v1.0/aws/{AWSLambda|AmazonEC2}/current/index.json). */
class PriceListImporterTest {

    private PriceBook importResource(String name) throws Exception {
        PriceListImporter importer = new PriceListImporter(PriceBook.loadDefault());
        try (InputStream in = getClass().getResourceAsStream(name)) {
            importer.read(in, name);
        }
        return importer.toPriceBook("test");
    }

    @Test
    void lambdaOfferGivesTiersPerRegionAndArchitecture() throws Exception {
        PriceBook book = importResource("lambda-offer.json");
        LambdaPrices x86 = book.lambda("eu-west-2", Architecture.X86_64);
        assertThat(x86.requestUsdPerMillion()).isEqualByComparingTo("0.20");
        assertThat(x86.durationTiers()).hasSize(3);
        assertThat(x86.durationTiers().get(0).upToGbSeconds()).isEqualByComparingTo("6000000000");
        assertThat(x86.durationTiers().get(2).unbounded()).isTrue();
        assertThat(x86.provisionedUsdPerGbSecond()).isEqualByComparingTo("0.0000041667");
        assertThat(book.lambda("eu-west-2", Architecture.ARM64).firstTierUsdPerGbSecond())
                .isEqualByComparingTo("0.0000133334");
        assertThat(book.date()).isEqualTo("2026-10-01T00:00:00Z");
    }

    @Test
    void ec2OfferKeepsOnlyLinuxSharedOnDemand() throws Exception {
        PriceBook book = importResource("ec2-offer.json");
        assertThat(book.ec2Types("us-east-1")).containsExactly("m7g.large", "t3.small");
        assertThat(book.ec2("us-east-1", "m7g.large").arch()).isEqualTo(Architecture.ARM64);
        assertThat(book.ec2("us-east-1", "m7g.large").memoryGib()).isEqualByComparingTo("8");
        // Burstable baselines are not in offer files: taken from the bundled book.
        assertThat(book.ec2("us-east-1", "t3.small").baselinePerVcpu()).isEqualTo(0.2);
        // An EC2-only offer keeps the reference book's Lambda prices, so the book still prices Lambda.
        assertThat(book.lambda("us-east-1", Architecture.X86_64).firstTierUsdPerGbSecond()).isEqualByComparingTo("0.0000166667");
    }

    @Test
    void brokenOfferNamesThePosition() {
        PriceListImporter importer = new PriceListImporter(PriceBook.loadDefault());
        InputStream in = new ByteArrayInputStream("{\"products\": {\"A\": {\"sku\": }}}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> importer.read(in, "broken.json")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("broken.json").hasMessageContaining("line 1");
    }
}
