package io.lambdasim.traces.read;

import static io.lambdasim.traces.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.traces.Fixtures;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.Placement;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.TraceField;
import io.lambdasim.traces.TraceFormat;
import io.lambdasim.traces.Traces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Azure2019ReaderTest {

    private static final Path INVOCATIONS = fixture("invocations_per_function_md.anon.d05.csv");

    @Test
    void evenPlacementGivesHandComputedStartsDurationsAndMemory() {
        // Fixture counts: fn1 2,0,1; fn2 0,1,0; fn3 1,1,1 -> 7 invocations. Even placement puts the
        // i-th of n at (i + 0.5) * 60 s / n: minute 1: fn1 15 s, fn3 30 s, fn1 45 s; minute 2: fn2 90 s,
        // fn3 90 s (tie: file order); minute 3: fn1 150 s, fn3 150 s.
        // Memory: appA 300 MB / 2 functions = 150 MB; appB has no memory row -> MISSING.
        // Durations: fn3's percentiles are all 5 ms; fn2 has no row -> default 1 s.
        ReadOptions even = ReadOptions.DEFAULTS.withPlacement(Placement.EVEN);
        assertThat(Traces.detect(INVOCATIONS)).isEqualTo(TraceFormat.AZURE2019);
        try (InvocationCursor c = Traces.open(INVOCATIONS, "azure2019", even)) {
            List<String> rows = new ArrayList<>();
            List<Long> fn3Durations = new ArrayList<>();
            while (c.next()) {
                String f = c.functions().name(c.functionId());
                rows.add(f + "@" + c.startUs() / 1000 + "ms/" + c.memoryMb());
                if (f.equals("appB/fn3")) {
                    fn3Durations.add(c.durationUs());
                    assertThat(c.invocationType()).isEqualTo(InvocationType.POLL);
                }
                if (f.equals("appA/fn2")) {
                    assertThat(c.durationUs()).isEqualTo(ReadOptions.DEFAULT_DURATION_US);
                }
            }
            assertThat(rows).containsExactly("appA/fn1@15000ms/150", "appB/fn3@30000ms/-1", "appA/fn1@45000ms/150",
                    "appA/fn2@90000ms/150", "appB/fn3@90000ms/-1", "appA/fn1@150000ms/150", "appB/fn3@150000ms/-1");
            assertThat(fn3Durations).containsOnly(5_000L);
            assertThat(c.report().functionsDefaulted()).isEqualTo(1);
            assertThat(c.report().defaultedFunctions()).containsExactly("appA/fn2");
            assertThat(c.report().functionsWithoutMemory()).isEqualTo(1);
            assertThat(c.report().fields()).contains(TraceField.MEMORY, TraceField.INVOCATION_TYPE);
        }
    }

    @Test
    void randomPlacementsStayInsideTheirMinuteAreSortedAndRepeatForASeed() {
        for (Placement p : Placement.values()) {
            ReadOptions o = ReadOptions.DEFAULTS.withPlacement(p).withSeed(42);
            InvocationArrays a = record(o);
            InvocationArrays again = record(o);
            assertThat(a.size()).isEqualTo(7);
            long[] perMinute = new long[3];
            for (int i = 0; i < a.size(); i++) {
                perMinute[(int) (a.startUs(i) / 60_000_000L)]++;
                if (i > 0) {
                    assertThat(a.startUs(i)).isGreaterThanOrEqualTo(a.startUs(i - 1));
                }
                assertThat(again.startUs(i)).isEqualTo(a.startUs(i));
                assertThat(again.durationUs(i)).isEqualTo(a.durationUs(i));
            }
            assertThat(perMinute).as(p.id()).containsExactly(3, 2, 2);
        }
        assertThat(record(ReadOptions.DEFAULTS.withSeed(1)).startUs(0))
                .isNotEqualTo(record(ReadOptions.DEFAULTS.withSeed(2)).startUs(0));
    }

    private static InvocationArrays record(ReadOptions o) {
        try (InvocationCursor c = Traces.open(INVOCATIONS, null, o)) {
            return InvocationArrays.record(c);
        }
    }

    @Test
    void durationsFollowThePiecewiseLinearInverseCdf() {
        // fn1's percentiles (ms): p0 10, p1 20, p25 50, p50 100, p75 200, p99 900, p100 1000.
        long[] curve = {10_000, 20_000, 50_000, 100_000, 200_000, 900_000, 1_000_000};
        assertThat(Azure2019Reader.draw(curve, 0.0)).isEqualTo(10_000);
        assertThat(Azure2019Reader.draw(curve, 0.5)).isEqualTo(100_000);
        assertThat(Azure2019Reader.draw(curve, 0.375)).isEqualTo(75_000); // halfway between p25 and p50
        assertThat(Azure2019Reader.draw(curve, 0.995)).isEqualTo(950_000); // halfway between p99 and p100
        assertThat(Azure2019Reader.draw(curve, 0.005)).isEqualTo(15_000);
    }

    @Test
    void badCountsAreErrorsNamingTheMinute() throws IOException {
        Path dir = Files.createTempDirectory("az19");
        Path f = dir.resolve("inv.csv");
        Files.writeString(f, "HashOwner,HashApp,HashFunction,Trigger,1,2\no,a,f,http,1,x\n");
        assertThatThrownBy(() -> Traces.open(f, null, ReadOptions.DEFAULTS))
                .hasMessage(f + ":2 [2]: expected a whole invocation count >= 0, found 'x'");
        try (InvocationCursor c = Traces.open(f, null, ReadOptions.DEFAULTS.withSkipBadRows(true))) {
            assertThat(NativeCsvReaderTest.drain(c)).isZero();
            assertThat(c.report().rowsSkipped()).isEqualTo(1);
        }
    }

    /** Issue 3, must hold: as many invocations as the minute counts add up to, each inside its minute. */
    @Test
    void sharedSampleReadsToTheSumOfItsMinuteCounts() throws IOException {
        Path sample = Fixtures.shared("azure2019/invocations_per_function_md.anon.d01.sample.csv");
        List<String> lines = Files.readAllLines(sample);
        long[] perMinute = new long[lines.get(0).split(",").length - 4];
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            for (int m = 0; m < perMinute.length; m++) {
                perMinute[m] += Long.parseLong(f[4 + m].trim());
            }
        }
        long[] seen = new long[perMinute.length];
        try (InvocationCursor c = Traces.open(sample, null, ReadOptions.DEFAULTS)) {
            while (c.next()) {
                seen[(int) (c.startUs() / 60_000_000L)]++;
            }
        }
        assertThat(seen).containsExactly(perMinute);
    }

    @Test
    void anAppMemoryBelow128MbPerFunctionIsKeptAsObservedAndSimulatedAt128(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        // App a: 3 functions, 100 MB on average -> 33 MB each (below Lambda's 128 MB minimum);
        // app b: 1 function, 300 MB. Issue 12: kept as observed, simulated at 128, counted.
        StringBuilder minutes = new StringBuilder();
        StringBuilder ones = new StringBuilder();
        for (int m = 1; m <= 2; m++) {
            minutes.append(',').append(m);
            ones.append(",1");
        }
        java.nio.file.Files.writeString(dir.resolve("invocations_per_function_md.anon.d01.csv"),
                "HashOwner,HashApp,HashFunction,Trigger" + minutes + "\n"
                        + "o,a,f1,http" + ones + "\no,a,f2,http" + ones + "\no,a,f3,http" + ones + "\no,b,g,timer" + ones + "\n");
        java.nio.file.Files.writeString(dir.resolve("app_memory_percentiles.anon.d01.csv"),
                "HashOwner,HashApp,SampleCount,AverageAllocatedMb\no,a,10,100\no,b,10,300\n");
        try (io.lambdasim.traces.InvocationCursor c = io.lambdasim.traces.Traces.open(
                dir.resolve("invocations_per_function_md.anon.d01.csv"))) {
            java.util.Map<String, int[]> seen = new java.util.TreeMap<>();
            while (c.next()) {
                seen.put(c.functions().name(c.functionId()), new int[] {c.memoryMb(), c.maxMemoryUsedMb()});
            }
            assertThat(seen.get("a/f1")).containsExactly(128, 33);
            assertThat(seen.get("b/g")).containsExactly(300, io.lambdasim.traces.InvocationCursor.MISSING);
            assertThat(c.report().functionsBelowMinimumMemory()).isEqualTo(3);
            assertThat(c.report().belowMinimumMemory()).contains("a/f1 (33 MB)");
        }
    }
}
