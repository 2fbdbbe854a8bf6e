package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Issue 11: "any remaining OutOfMemoryError is caught at the top and reported in one line with the
 * heap setting to raise". An Error escapes picocli's exception handler, so the command line's
 * execution strategy catches it; here a command throws one directly (running a real JVM out of
 * heap in a unit test would take the test runner down with it).
 */
class CliErrorsTest {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        final Error error;

        Boom(Error error) {
            this.error = error;
        }

        @Override
        public Integer call() {
            throw error;
        }
    }

    private static String[] run(Error e) {
        CommandLine cl = new CommandLine(new Boom(e));
        cl.setExecutionExceptionHandler(new CliErrors());
        cl.setExecutionStrategy(CliErrors::execute);
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        int code = cl.execute();
        return new String[] {Integer.toString(code), err.toString()};
    }

    @Test
    void outOfMemoryIsOneLineNamingTheHeapSettingWithExitCode2() {
        String[] r = run(new OutOfMemoryError("Java heap space"));
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1].lines().toList()).hasSize(1);
        assertThat(r[1]).startsWith("lambdasim boom: out of memory: this input needs more than the Java heap's")
                .contains("LAMBDASIM_JAVA_OPTS=-Xmx").doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    }

    @Test
    void aStackOverflowIsOneLineToo() {
        String[] r = run(new StackOverflowError());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1].lines().toList()).hasSize(1);
        assertThat(r[1]).startsWith("lambdasim boom: ").doesNotContain("StackOverflowError").doesNotContain("\tat ");
    }
}
