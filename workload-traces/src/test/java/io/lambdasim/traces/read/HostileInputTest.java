package io.lambdasim.traces.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.TraceException;
import io.lambdasim.traces.Traces;
import io.lambdasim.traces.write.NativeCsvWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, "silently wrong results" and "messages that leak internals", as the readers see them. */
class HostileInputTest {

    @TempDir
    Path dir;

    private static InvocationArrays read(String text, ReadOptions options) {
        try (InvocationCursor c = new NativeCsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "t.csv", options)) {
            return InvocationArrays.record(c);
        }
    }

    @Test
    void numbersTooLargeToHoldSaySoAndGiveTheLimit() {
        // 1e308 and 99999999999999999999 used to read "expected milliseconds >= 0", which they are.
        assertThatThrownBy(() -> read("function,start_ms,duration_ms\napi,0,1e308\n", ReadOptions.DEFAULTS))
                .isInstanceOf(TraceException.class)
                .hasMessage("t.csv:2 [duration_ms]: too large: 1e308 ms is above the limit of 999,999,999,999,999 ms");
        assertThatThrownBy(() -> read("function,start_ms,duration_ms\napi,99999999999999999999,1\n", ReadOptions.DEFAULTS))
                .hasMessage("t.csv:2 [start_ms]: too large: 99999999999999999999 ms is above the limit of 999,999,999,999,999 ms");
        assertThatThrownBy(() -> read("function,start_ms,duration_ms,memory_mb\napi,0,1,99999999999\n", ReadOptions.DEFAULTS))
                .hasMessage("t.csv:2 [memory_mb]: too large: 99999999999 MB is above the limit of 2,147,483,647 MB");
        // what is not a number still says what was expected
        assertThatThrownBy(() -> read("function,start_ms,duration_ms\napi,0,-5\n", ReadOptions.DEFAULTS))
                .hasMessage("t.csv:2 [duration_ms]: expected milliseconds >= 0 (decimals allowed), found '-5'");
    }

    @Test
    void aQuotedFieldMayHoldALineBreakAsRfc4180Allows() {
        InvocationArrays a = read("function,start_ms,duration_ms\n\"two\nlines\",0,1\nnext,5,2\n", ReadOptions.DEFAULTS);
        assertThat(a.size()).isEqualTo(2);
        assertThat(a.functions().name(a.functionId(0))).isEqualTo("two\nlines");
        assertThat(a.startUs(1)).isEqualTo(5_000);
        // the line break inside the field is kept as the file had it (found by TraceInputFuzzTest: \r\n lost its \r)
        assertThat(read("function,start_ms,duration_ms\r\n\"a\r\nb\",0,1\r\n", ReadOptions.DEFAULTS).functions().names())
                .containsExactly("a\r\nb");
        assertThatThrownBy(() -> read("function,start_ms,duration_ms\n\"never closed,0,1\nnext,5,2\n", ReadOptions.DEFAULTS))
                .hasMessage("t.csv:2: unterminated quote: a quoted field is never closed before the end of the file");
    }

    @Test
    void aMemoryOutsideTheBillingRulesRangeIsAnErrorWithFileAndLine() {
        // 100 MB used to be billed at 512 MB with durations scaled from 100 MB.
        ReadOptions era = ReadOptions.DEFAULTS.withMemoryRangeMb(128, 10_240);
        assertThatThrownBy(() -> read("function,start_ms,duration_ms,memory_mb\napi,0,10,512\napi,5,10,100\n", era))
                .hasMessage("t.csv:3 [memory_mb]: memory 100 MB is outside the billing rules' range 128..10240 MB "
                        + "(--memory MB replaces the trace's memory)");
        assertThatThrownBy(() -> read("function,start_ms,duration_ms,memory_mb\napi,0,10,20000\n", era))
                .hasMessageStartingWith("t.csv:2 [memory_mb]: memory 20000 MB is outside");
        // the override replaces the trace's memory, so nothing to check
        assertThat(read("function,start_ms,duration_ms,memory_mb\napi,0,10,100\n", era.withMemoryMbOverride(1024))
                .memoryMb(0)).isEqualTo(1024);
    }

    @Test
    void namesAGuardQuoteProtectsFromSpreadsheetsReadBackUnchanged() throws IOException {
        String csv = "function,start_ms,duration_ms,environment\n"
                + "\"=HYPERLINK(\"\"http://x\"\")\",0,1,@env\n+sum,1,1,-1\n'=quoted,2,1,plain\n";
        InvocationArrays in = read(csv, ReadOptions.DEFAULTS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InvocationCursor c = new NativeCsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "t.csv", ReadOptions.DEFAULTS)) {
            NativeCsvWriter.convert(c, out, false);
        }
        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written.lines().skip(1)).allSatisfy(line -> assertThat(line).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("\"=").doesNotContain(",@"));
        // a plain number is a value, not a formula: left as it is
        assertThat(written).contains("'+sum,1,1,-1\n");
        InvocationArrays back = read(written, ReadOptions.DEFAULTS);
        assertThat(back.functions().names()).isEqualTo(in.functions().names())
                .containsExactly("=HYPERLINK(\"http://x\")", "+sum", "=quoted");
        assertThat(back.environments().names()).containsExactly("@env", "-1", "plain");
    }

    @Test
    void decreasingAzure2019PercentilesAreAnErrorNamingLineAndColumn() throws IOException {
        Path inv = Files.writeString(dir.resolve("invocations_per_function_md.anon.d07.csv"),
                "HashOwner,HashApp,HashFunction,Trigger,1,2\no,a,f,http,1,2\n");
        Path durations = Files.writeString(dir.resolve("function_durations_percentiles.anon.d07.csv"),
                "HashOwner,HashApp,HashFunction,Average,Count,Minimum,Maximum,percentile_Average_0,percentile_Average_1,"
                        + "percentile_Average_25,percentile_Average_50,percentile_Average_75,percentile_Average_99,percentile_Average_100\n"
                        + "o,a,f,100,3,10,1000,10,20,50,40,200,900,1000\n");
        // Used to be forced monotone: every draw below p50 became p0's neighbour, silently.
        assertThatThrownBy(() -> Traces.open(inv, null, ReadOptions.DEFAULTS))
                .isInstanceOf(TraceException.class)
                .hasMessage(durations + ":2 [percentile_average_50]: percentiles must not decrease: 40 ms is below "
                        + "percentile_average_25 = 50.000 ms");
    }

    @Test
    void azure2019MinuteColumnsMustBeOneTwoThreeAndAtMostADay() throws IOException {
        Path gap = Files.writeString(dir.resolve("invocations_per_function_md.anon.d08.csv"),
                "HashOwner,HashApp,HashFunction,Trigger,1,2,4\no,a,f,http,1,2,3\n");
        assertThatThrownBy(() -> Traces.open(gap, null, ReadOptions.DEFAULTS))
                .hasMessage(gap + ":1 [column 7]: expected minute column 3 (the header is "
                        + "HashOwner,HashApp,HashFunction,Trigger,1,2,...,1440), found '4'");
        StringBuilder header = new StringBuilder("HashOwner,HashApp,HashFunction,Trigger");
        for (int m = 1; m <= 1441; m++) {
            header.append(',').append(m);
        }
        Path tooMany = Files.writeString(dir.resolve("invocations_per_function_md.anon.d09.csv"), header + "\n");
        assertThatThrownBy(() -> Traces.open(tooMany, null, ReadOptions.DEFAULTS))
                .hasMessage(tooMany + ":1: found 1441 minute columns after Trigger; a day has 1440 (1,2,...,1440)");
    }
}
