package io.lambdasim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.TraceReport;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the groups of a parallel run simulated each on its own ({@link GroupRun}, what a Spark
 * task runs: the whole trace read, its group's rows kept) and merged by
 * {@link ParallelSimulation#merge} give the single-threaded result, figure for figure, or the
 * coupled rerun when the summed concurrency reaches the account limit. The workload and the
 * configuration are ParallelSimulationTest's (warmer pings keep groups busy after the trace, so
 * the groups are taken past its end in rounds); the expected values are the single-threaded run's own.
 */
class GroupRunTest {

    /** The groups as a Spark driver sees them, here all in this thread. */
    private record Runs(GroupRun[] runs) implements GroupSet {
        @Override
        public int size() {
            return runs.length;
        }

        @Override
        public GroupState state(int g) {
            return runs[g].state();
        }

        @Override
        public void advance(boolean[] which, long timeUs, int kind) {
            for (int g = 0; g < runs.length; g++) {
                if (which[g]) {
                    runs[g].advanceTo(timeUs, kind);
                }
            }
        }

        @Override
        public GroupLog[] logs() {
            GroupLog[] logs = new GroupLog[runs.length];
            for (int g = 0; g < runs.length; g++) {
                logs[g] = runs[g].endLog();
            }
            return logs;
        }

        @Override
        public GroupEnd[] close(long horizon) {
            GroupEnd[] ends = new GroupEnd[runs.length];
            for (int g = 0; g < runs.length; g++) {
                ends[g] = runs[g].close(horizon);
            }
            return ends;
        }
    }

    private static ParallelSimulation.Outcome separately(SimulationConfig cfg, int groups) {
        GroupRun[] runs = new GroupRun[groups];
        GroupLog[] logs = new GroupLog[groups];
        TraceReport report = null;
        for (int g = 0; g < groups; g++) {
            try (InvocationCursor c = ParallelSimulationTest.SIX.open()) {
                runs[g] = GroupRun.simulate(c, cfg, groups, g);
                report = c.report();
            }
            logs[g] = runs[g].traceLog();
        }
        assertThat(runs[0].rowsRead()).isGreaterThan(ParallelSimulation.WINDOW_ROWS); // more than one window
        return ParallelSimulation.merge(cfg, logs, runs[0].groupOf(), report, new Runs(runs),
                ParallelSimulationTest.SIX::open, ProgressListener.NONE);
    }

    @Test
    void groupsSimulatedApartAndMergedGiveTheSingleThreadedResult() {
        SimulationConfig cfg = ParallelSimulationTest.config().build();
        String expected = ParallelSimulationTest.single(cfg);
        for (int groups : new int[] {2, 3, 5}) {
            ParallelSimulation.Outcome o = separately(cfg, groups);
            assertThat(o.mode()).as("%d groups: %s", groups, o.reason()).isEqualTo(ParallelSimulation.Mode.PARALLEL);
            assertThat(ParallelSimulationTest.dump(o.result())).as("%d groups", groups).isEqualTo(expected);
        }
    }

    @Test
    void contentionFallsBackToTheCoupledRun() {
        // ParallelSimulationTest's limit of 12 under about 16 in flight.
        SimulationConfig cfg = ParallelSimulationTest.config().accountConcurrency(12).build();
        ParallelSimulation.Outcome o = separately(cfg, 3);
        assertThat(o.mode()).isEqualTo(ParallelSimulation.Mode.FALLBACK);
        assertThat(o.reason()).contains("account limit of 12");
        assertThat(ParallelSimulationTest.dump(o.result())).isEqualTo(ParallelSimulationTest.single(cfg));
    }
}
