package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 2's must-holds through the command line; figures from the worked examples of aws.amazon.com/lambda/pricing. */
class CostCommandTest {

    @Test
    void currentPricingPageExampleAsJson() {
        // 3M × 120 ms × 1536 MB with the free tier: $2.33 compute + $0.40 requests = $2.73.
        JsonNode j = CommandRun.of("cost", "--requests", "3000000", "--duration-ms", "120", "--memory-mb", "1536",
                "--ec2", "t3.micro,mybox=0.0123", "--json").json();
        assertThat(j.get("totalCost").asDouble()).isCloseTo(2.73, within(0.01));
        assertThat(j.get("computeCost").asDouble()).isCloseTo(2.33, within(0.01));
        assertThat(j.get("requestCost").asDouble()).isCloseTo(0.40, within(0.001));
        assertThat(j.get("storageCost").asDouble()).isZero();
        assertThat(j.get("provisionedCost").asDouble()).isZero();
        assertThat(j.get("gbSeconds").asDouble()).isEqualTo(540_000);
        assertThat(j.get("billedRequests").asLong()).isEqualTo(2_000_000);
        // t3.micro: 730 h × $0.0104 = $7.592 a month.
        assertThat(j.get("ec2").get(0).get("type").asText()).isEqualTo("t3.micro");
        assertThat(j.get("ec2").get(0).get("monthlyCost").asDouble()).isCloseTo(7.592, within(1e-9));
        assertThat(j.get("ec2").get(1).get("type").asText()).isEqualTo("mybox");
        assertThat(j.get("ec2").get(0).get("breakEvenRequests").asLong()).isPositive();
    }

    @Test
    void hundredMillisecondEra() {
        // 3M × 1 s × 512 MB, free tier, aws-2014: $18.34 + $0.40 = $18.74.
        JsonNode j = CommandRun.of("cost", "--requests", "3000000", "--duration-ms", "1000", "--memory-mb", "512",
                "--rules", "aws-2014", "--json").json();
        assertThat(j.get("totalCost").asDouble()).isCloseTo(18.74, within(0.01));
    }

    @ParameterizedTest
    @CsvSource({
        // seed document: $9 a month buys ~22 M at 128 MB/100 ms, ~360,000 at 1536 MB/1 s, ~3,600 at 1 GB/150 s
        "128, 100, 21500000, 22500000",
        "1536, 1000, 350000, 365000",
        "1024, 150000, 3500, 3700"})
    void seedBreakEvens(int memory, double ms, long low, long high) {
        // t2 at $0.012329/h × 730 h = $9.00 a month.
        JsonNode j = CommandRun.of("cost", "--requests", "1", "--duration-ms", Double.toString(ms), "--memory-mb",
                Integer.toString(memory), "--rules", "aws-2014", "--no-free-tier", "--ec2", "t2=0.012329", "--json").json();
        assertThat(j.get("ec2").get(0).get("breakEvenRequests").asLong()).isBetween(low, high);
    }

    @Test
    void hoursAndTextTable() {
        CommandRun r = CommandRun.of("cost", "--requests", "3000000", "--duration-ms", "120", "--memory-mb", "1536",
                "--ec2", "m7g.large", "--hours", "744");
        assertThat(r.exitCode).isZero();
        // 744 h × $0.0816 = $60.71.
        assertThat(r.out).contains("$2.73").contains("$60.71").contains("m7g.large");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--memory-mb|100|--memory-mb '100'|128 to 10240",
        "--memory-mb|20000|--memory-mb '20000'|128 to 10240",
        "--requests|-5|--requests '-5'|0 to",
        "--region|mars-1|unknown region 'mars-1'|us-east-1",
        "--ec2|m9z.huge|unknown instance type 'm9z.huge'|m7g.large",
        "--rules|aws-1999|--rules 'aws-1999'|aws-2014"})
    void badInputIsOneLineAndExitTwo(String option, String value, String names, String range) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("cost", "--requests", "10",
                "--duration-ms", "100", "--memory-mb", "512"));
        int i = args.indexOf(option);
        if (i >= 0) {
            args.set(i + 1, value);
        } else {
            args.add(option);
            args.add(value);
        }
        CommandRun r = CommandRun.of(args.toArray(String[]::new));
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err).contains(names).contains(range).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err.strip().lines().count()).isEqualTo(1);
    }

    @Test
    void malformedPriceFileNamesFileAndPosition(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("book.json"), "{\n \"freeTier\": [1,\n}");
        CommandRun r = CommandRun.of("cost", "--requests", "10", "--duration-ms", "100", "--memory-mb", "512",
                "--prices", bad.toString());
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err).contains("book.json").contains("line 3");
    }

    @Test
    void importedOfferIsUsableWithPrices(@TempDir Path dir) throws Exception {
        Path offer = dir.resolve("ec2.json");
        try (var in = getClass().getResourceAsStream("/io/lambdasim/cli/ec2-offer.json")) {
            Files.copy(in, offer);
        }
        Path book = dir.resolve("book.json");
        CommandRun imp = CommandRun.of("prices", "import", "--offer", offer.toString(), "-o", book.toString());
        assertThat(imp.exitCode).as(imp.err).isZero();
        CommandRun list = CommandRun.of("prices", "list", "--prices", book.toString());
        assertThat(list.out).contains("c7g.xlarge").contains("0.145");
    }
}
