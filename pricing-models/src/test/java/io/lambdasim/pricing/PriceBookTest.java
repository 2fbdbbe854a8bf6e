package io.lambdasim.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceBookTest {

    private final PriceBook book = PriceBook.loadDefault();

    @Test
    void bundledBookHasTheDomainNotesFigures() {
        // aws.amazon.com/lambda/pricing (us-east-1 on-demand) and the price book's EC2 list (its "source" field).
        LambdaPrices arm = book.lambda("us-east-1", Architecture.ARM64);
        assertThat(arm.firstTierUsdPerGbSecond()).isEqualByComparingTo("0.0000133334");
        assertThat(arm.durationTiers().get(0).upToGbSeconds()).isEqualByComparingTo("7500000000");
        assertThat(book.freeTier().requests()).isEqualTo(1_000_000);
        assertThat(book.freeTier().gbSeconds()).isEqualByComparingTo("400000");
        Ec2InstanceType m7g = book.ec2("us-east-1", "m7g.xlarge");
        assertThat(m7g.hourlyUsd()).isEqualByComparingTo("0.1632");
        assertThat(m7g.vcpu()).isEqualTo(4);
        assertThat(book.ec2("us-east-1", "t3.small").baselinePerVcpu()).isEqualTo(0.20);
        assertThat(book.source()).contains("aws.amazon.com/lambda/pricing");
    }

    @Test
    void snapStartChargesAreEntriesWithTheirSourceAndRoundTrip() throws Exception {
        // aws.amazon.com/lambda/pricing, SnapStart (Python, .NET): cache $0.0000015046 per GB-s,
        // restore $0.0001397998 per GB; Java pays none (docs: snapstart-monitoring, "Billed Restore Duration").
        SnapStartPrices s = book.snapStart("us-east-1", Architecture.X86_64).orElseThrow();
        assertThat(s.cacheUsdPerGbSecond()).isEqualByComparingTo("0.0000015046");
        assertThat(s.restoreUsdPerGb()).isEqualByComparingTo("0.0001397998");
        assertThat(s.runtimes()).contains("Python").contains("Java functions pay no");
        assertThat(book.source()).contains("SnapStart").contains("0.0001397998");
        assertThat(book.snapStart("eu-west-1", Architecture.X86_64)).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PriceBookWriter.write(book, out);
        PriceBook again = PriceBookReader.read(new ByteArrayInputStream(out.toByteArray()), "again");
        assertThat(again.snapStartPrices()).isEqualTo(book.snapStartPrices());
    }

    @Test
    void customInstanceAndUnknownNames() {
        assertThat(book.ec2("us-east-1", "mybox=0.0123").hourlyUsd()).isEqualByComparingTo("0.0123");
        assertThatThrownBy(() -> book.ec2("us-east-1", "m9z.huge")).hasMessageContaining("m9z.huge")
                .hasMessageContaining("m7g.large");
        assertThatThrownBy(() -> book.ec2("us-east-1", "box=cheap")).hasMessageContaining("NAME=DOLLARS_PER_HOUR");
        assertThatThrownBy(() -> book.lambda("mars-north-1", Architecture.X86_64)).hasMessageContaining("mars-north-1")
                .hasMessageContaining("us-east-1");
    }

    @Test
    void malformedFileNamesFileAndPosition(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"name\": \"x\",\n  \"freeTier\": {\"requests\": 1,, }\n}");
        assertThatThrownBy(() -> PriceBook.load(bad)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("line 3");
        Path missing = dir.resolve("missing.json");
        Files.writeString(missing, "{\"source\":\"s\",\"date\":\"d\",\"freeTier\":{\"requests\":1,\"gbSeconds\":2},"
                + "\"lambda\":[{\"region\":\"r\",\"arch\":\"x86_64\",\"durationTiers\":[]}]}");
        assertThatThrownBy(() -> PriceBook.load(missing)).hasMessageContaining("lambda[0]");
        assertThatThrownBy(() -> PriceBook.load(dir.resolve("nope.json"))).hasMessageContaining("nope.json");
    }

    @Test
    void writerRoundTrips() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PriceBookWriter.write(book, out);
        PriceBook again = PriceBookReader.read(new ByteArrayInputStream(out.toByteArray()), "copy");
        assertThat(again.lambdaPrices()).isEqualTo(book.lambdaPrices());
        assertThat(again.ec2Types()).isEqualTo(book.ec2Types());
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).contains("\"upToGbSeconds\" : null");
    }

    @Test
    void ec2PerSecondWithSixtySecondMinimum() {
        // EC2 Linux bills per second with a 60 s minimum per launch (domain notes).
        assertThat(Ec2Billing.billableSeconds(10_000_000)).isEqualTo(60);
        assertThat(Ec2Billing.billableSeconds(90_500_000)).isEqualTo(91);
        assertThat(Ec2Billing.billableSeconds(new long[] {1, 3_600_000_000L})).isEqualTo(3660);
        // 3600 s of m7g.large at $0.0816/h with 30% off = $0.05712.
        assertThat(Ec2Billing.cost(new java.math.BigDecimal("0.0816"), 3600, new java.math.BigDecimal("0.3")))
                .isEqualByComparingTo("0.05712");
        // A month of 2 × t3.micro: 2 × 730 × $0.0104 = $15.184.
        assertThat(Ec2Billing.monthly(new java.math.BigDecimal("0.0104"), 2, Ec2Billing.HOURS_PER_MONTH, java.math.BigDecimal.ZERO))
                .isEqualByComparingTo("15.184");
    }
}
