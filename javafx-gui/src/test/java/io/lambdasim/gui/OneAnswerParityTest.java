package io.lambdasim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import io.lambdasim.cli.LambdaSim;
import io.lambdasim.gui.breakeven.BreakevenViewModel;
import io.lambdasim.gui.replay.ReplayViewModel;
import io.lambdasim.gui.sizing.SizingViewModel;
import io.lambdasim.pricing.breakeven.BreakEvenResult;
import io.lambdasim.pricing.breakeven.Crossing;
import io.lambdasim.reports.batch.ScenarioOutcome;
import io.lambdasim.reports.batch.SimulatingExecutor;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.sizing.SizingResult;
import io.lambdasim.reports.sizing.SizingRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The same question asked in the desktop app and on the command line gets the same figures, to the
 * cent: the view models and the commands build the same request from the same settings and call the
 * same use case. (Observations 1 and 2 of the "one answer everywhere" issue: the Break-even screen gave
 * 3.17 M and three crossings where the command gave 5.26 M and one; Memory sizing hard-coded its region,
 * month and reference memory and skipped the billing era's memory range.)
 */
class OneAnswerParityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LambdaSim.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute(args)).as(err.toString()).isZero();
        try {
            return JSON.readTree(out.toString());
        } catch (IOException e) {
            throw new AssertionError(out.toString(), e);
        }
    }

    @ParameterizedTest(name = "{0} MB, {1} ms, {2}, min {3}, {4}, free tier {5}, cpu {6}, savings plan {7}")
    @CsvSource({
        // the case: memory-bound, one request at a time, 5,256,000 requests per instance-month
        "4096, 500, c7g.large, 1, aws-2025-08, true, 0.5, 0",
        "512, 200, m7g.large;c7g.large;t4g.small, 2, aws-2025-08, true, 0.5, 0",
        "128, 100, t2.micro, 1, aws-2014, false, 0.5, 0",
        "1769, 1000, m7g.xlarge, 3, aws-2020-12, true, 1, 0.17",
        "10240, 60000, r5.large, 1, aws-2025-08, false, 0.2, 0",
    })
    void breakEvenScreenAndCommandAgree(int memory, double durationMs, String ec2, int min, String rules, boolean freeTier,
                                        double cpuFraction, double savingsPlan) {
        BreakevenViewModel vm = new BreakevenViewModel();
        // As typed in the form: each field holds the text an option would.
        vm.set(Settings.RULES, rules);
        vm.set(Settings.MEMORY_MB, Integer.toString(memory));
        vm.set(Settings.DURATION_MS, Double.toString(durationMs));
        vm.set(Settings.EC2, ec2.replace(';', ','));
        vm.set(Settings.MIN_INSTANCES, Integer.toString(min));
        vm.set(Settings.FREE_TIER, freeTier ? "yes" : "no");
        vm.set(Settings.CPU_FRACTION, Double.toString(cpuFraction));
        vm.set(Settings.SAVINGS_PLAN, Double.toString(savingsPlan));
        assertThat(vm.staleReasonProperty().get()).isEmpty();
        BreakEvenResult screen = vm.resultProperty().get();

        List<String> args = new ArrayList<>(List.of("breakeven", "--memory-mb", Integer.toString(memory),
                "--duration-ms", Double.toString(durationMs), "--ec2", ec2.replace(';', ','), "--min-instances",
                Integer.toString(min), "--rules", rules, "--cpu-fraction", Double.toString(cpuFraction),
                "--savings-plan", Double.toString(savingsPlan), "--json"));
        if (!freeTier) {
            args.add("--no-free-tier");
        }
        JsonNode cmd = cli(args.toArray(String[]::new));
        assertThat(cmd.get("crossings")).hasSize(screen.crossings().size());
        for (int i = 0; i < screen.crossings().size(); i++) {
            Crossing c = screen.crossings().get(i);
            JsonNode j = cmd.get("crossings").get(i);
            assertThat(j.get("option").asText()).isEqualTo(c.option());
            assertThat(j.get("requests").asDouble()).isEqualTo((double) Math.round(c.requests()));
            assertThat(cents(j.get("lambdaCost").asDouble())).isEqualTo(cents(c.lambdaCost()));
        }
        for (JsonNode option : cmd.get("ec2")) {
            // the screen's chart: the same instance-month cost for each option
            double monthly = screen.series().stream().filter(s -> s.option().equals(option.get("type").asText()))
                    .findFirst().orElseThrow().points().get(0).monthlyCost();
            assertThat(cents(option.get("monthlyCost").asDouble() * Math.max(1, min))).isEqualTo(cents(monthly));
        }
        if (memory == 4096) {
            assertThat(cmd.get("ec2").get(0).get("requestsPerInstance").asDouble()).isEqualTo(5_256_000.0);
            assertThat(screen.crossings()).hasSize(1);
        }
    }

    /**
     * Managed Instances, the third option, on the Break-even screen and from {@code lambdasim breakeven
     * --lmi-instance}: the same crossings, each at the same Lambda cost to the cent.
     */
    @ParameterizedTest(name = "{0} MB, {1} ms against {2}, min {3}")
    @CsvSource({"512, 200, m7g.large, 3", "2048, 1000, c7g.large, 1"})
    void breakEvenWithManagedInstancesScreenAndCommandAgree(int memory, double durationMs, String lmi, int lmiMin) {
        BreakevenViewModel vm = new BreakevenViewModel();
        vm.set(Settings.MEMORY_MB, Integer.toString(memory));
        vm.set(Settings.DURATION_MS, Double.toString(durationMs));
        vm.set(Settings.EC2, "t4g.small");
        vm.set(Settings.LMI_INSTANCE, lmi);
        vm.set(Settings.LMI_MIN, Integer.toString(lmiMin));
        assertThat(vm.staleReasonProperty().get()).isEmpty();
        BreakEvenResult screen = vm.resultProperty().get();
        assertThat(screen.series()).anySatisfy(s -> assertThat(s.option()).isEqualTo("lmi:" + lmi));
        assertThat(vm.readoutProperty().get()).doesNotContain("lmi:");

        JsonNode cmd = cli("breakeven", "--memory-mb", Integer.toString(memory), "--duration-ms", Double.toString(durationMs),
                "--ec2", "t4g.small", "--lmi-instance", lmi, "--lmi-min", Integer.toString(lmiMin), "--json");
        assertThat(cmd.get("crossings")).hasSize(screen.crossings().size());
        for (int i = 0; i < screen.crossings().size(); i++) {
            assertThat(cmd.get("crossings").get(i).get("option").asText()).isEqualTo(screen.crossings().get(i).option());
            assertThat(cents(cmd.get("crossings").get(i).get("lambdaCost").asDouble()))
                    .isEqualTo(cents(screen.crossings().get(i).lambdaCost()));
        }
        JsonNode option = cmd.get("lmi").get(0);
        assertThat(option.get("option").asText()).isEqualTo("lmi:" + lmi);
        Crossing first = screen.crossings().stream().filter(c -> c.option().equals("lmi:" + lmi)).findFirst().orElse(null);
        if (first == null) {
            assertThat(option.get("breakEvenRequests").isNull()).isTrue();
        } else {
            assertThat(option.get("breakEvenRequests").asLong()).isEqualTo(Math.round(first.requests()));
        }
    }

    private static BigDecimal cents(double usd) {
        return BigDecimal.valueOf(usd).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Memory sizing on screen and on the command line, under today's rules and under aws-2014's range. */
    @ParameterizedTest
    @CsvSource({"aws-2025-08", "aws-2014"})
    void sizingScreenAndCommandAgree(String rules) throws Exception {
        String spec = "poisson(2/s);duration=exp(300ms);horizon=30m;memory=512";
        SizingViewModel vm = new SizingViewModel(Runnable::run);
        vm.source().generateProperty().set(spec);
        vm.source().useGeneratorProperty().set(true);
        vm.inputs().set(Settings.RULES, rules);
        vm.inputs().set(Settings.ARCHES, "x86_64");
        CountDownLatch done = new CountDownLatch(1);
        vm.resultProperty().addListener((o, a, b) -> done.countDown());
        vm.run();
        assertThat(done.await(60, TimeUnit.SECONDS)).as(vm.runErrorProperty().get()).isTrue();
        SizingResult screen = vm.resultProperty().get();
        JsonNode cmd = cli("sizing", "--generate", spec, "--rules", rules, "--json");
        assertThat(cmd.get("rows")).hasSize(screen.rows().size());
        for (int i = 0; i < screen.rows().size(); i++) {
            SizingRow row = screen.rows().get(i);
            JsonNode j = cmd.get("rows").get(i);
            assertThat(j.get("memoryMb").asInt()).isEqualTo(row.memoryMb());
            assertThat(j.get("monthlyCost").decimalValue().setScale(6, RoundingMode.HALF_EVEN))
                    .isEqualByComparingTo(row.monthlyCost().setScale(6, RoundingMode.HALF_EVEN));
        }
        assertThat(cmd.get("recommended").get("memoryMb").asInt()).isEqualTo(screen.recommended().memoryMb());
        assertThat(cmd.get("strategy").asText()).isEqualTo(screen.strategy().label());
        if (rules.equals("aws-2014")) {
            assertThat(screen.rows()).allSatisfy(r -> assertThat(r.memoryMb()).isLessThanOrEqualTo(1536));
        }
    }

    /** A replay on screen, on the command line and as a batch row: the same monthly Lambda and EC2 costs. */
    @Test
    void replayCommandAndBatchAgree(@TempDir Path dir) throws Exception {
        String spec = "diurnal(0.5/s..5/s);duration=lognormal(80ms,900ms);horizon=1d;memory=512";
        ScenarioOutcome screen = replayOnScreen(spec, Settings.EC2, "t4g.small,m7g.large");

        JsonNode cmd = cli("simulate", "--generate", spec, "--ec2", "t4g.small,m7g.large", "--json");
        assertThat(screen.figures().get("lambda_monthly_usd")).isEqualTo(twoDecimals(cmd.get("monthly").get("total")));
        for (JsonNode e : cmd.get("ec2")) {
            assertThat(screen.figures().get("ec2_" + e.get("type").asText() + "_monthly_usd"))
                    .isEqualTo(twoDecimals(e.get("monthlyCost")));
        }

        Path scenarios = dir.resolve("scenarios.csv");
        Files.writeString(scenarios, "name,generate,ec2\nday,\"" + spec + "\",t4g.small;m7g.large\n", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        CommandLine cl = LambdaSim.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("batch", scenarios.toString(), "-o", dir.resolve("out").toString())).isZero();
        List<String[]> lines;
        try (CSVReader csv = new CSVReader(Files.newBufferedReader(dir.resolve("out").resolve("results.csv")))) {
            lines = csv.readAll();
        }
        List<String> header = List.of(lines.get(0));
        List<String> row = List.of(lines.get(1));
        assertThat(row.get(header.indexOf("lambda_monthly_usd"))).isEqualTo(screen.figures().get("lambda_monthly_usd"));
        assertThat(row.get(header.indexOf("ec2_t4g.small_monthly_usd")))
                .isEqualTo(screen.figures().get("ec2_t4g.small_monthly_usd"));
    }

    /** A replay with the Managed Instances option, on screen and on the command line: the same month of it. */
    @Test
    void replayWithManagedInstancesScreenAndCommandAgree() throws Exception {
        String spec = "poisson(3/s);duration=lognormal(80ms,400ms);horizon=2h;memory=512";
        ScenarioOutcome screen = replayOnScreen(spec, Settings.EC2, "", Settings.LMI_INSTANCE, "m7g.large");

        JsonNode cmd = cli("simulate", "--generate", spec, "--lmi-instance", "m7g.large", "--json");
        assertThat(screen.figures().get("lmi_monthly_usd")).isNotBlank()
                .isEqualTo(twoDecimals(cmd.get("lmi").get("monthly").get("total")));
        assertThat(screen.figures().get("lambda_monthly_usd")).isEqualTo(twoDecimals(cmd.get("monthly").get("total")));
    }

    /** Runs the Trace replay screen's view model on a generated workload with {@code setting, text} pairs set. */
    private static ScenarioOutcome replayOnScreen(String spec, Object... settingAndText) throws InterruptedException {
        ReplayViewModel vm = new ReplayViewModel(new SimulatingExecutor(), Runnable::run);
        vm.source().generateProperty().set(spec);
        vm.source().useGeneratorProperty().set(true);
        for (int i = 0; i < settingAndText.length; i += 2) {
            vm.inputs().set((io.lambdasim.reports.settings.Setting<?>) settingAndText[i], (String) settingAndText[i + 1]);
        }
        CountDownLatch done = new CountDownLatch(1);
        vm.outcomeProperty().addListener((o, a, b) -> done.countDown());
        vm.run();
        assertThat(done.await(60, TimeUnit.SECONDS)).as(vm.runErrorProperty().get()).isTrue();
        return vm.outcomeProperty().get();
    }

    private static String twoDecimals(JsonNode usd) {
        return usd.decimalValue().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
