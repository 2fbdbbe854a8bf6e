package io.lambdasim.reports.run;

import io.lambdasim.engine.ParallelSimulation;
import io.lambdasim.engine.ProgressListener;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.SimulationResult;
import io.lambdasim.engine.Simulator;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.uncertainty.ScenarioUncertainty;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.TraceReport;
import io.lambdasim.traces.generate.WorkloadSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Runs a scenario end to end: options, then the workload stream, then the simulation under the
 * rule set's billing measure, then the Lambda bill, then the extensions (EC2 fleets, ...).
 * Stateless and thread-safe: batch runs scenarios in parallel on one runner; each run is
 * deterministic for its options (seed included).
 *
 * <p>Extensions come from {@link ServiceLoader} ({@code META-INF/services/io.lambdasim.reports.run.ScenarioExtension})
 * unless given explicitly.
 */
public final class ScenarioRunner {

    private final List<ScenarioExtension> extensions;
    private final Function<ScenarioOptions, LambdaPricing> pricing;
    private final Engine engine;

    /**
     * Where a scenario's simulation runs: on this machine's threads ({@link #LOCAL}), or with its
     * function groups as Spark tasks (spark-runner). Either gives the result of the
     * single-threaded simulation byte for byte.
     */
    @FunctionalInterface
    public interface Engine {

        Engine LOCAL = (prepared, cursor, listener, jobs, reopen) -> Simulator.run(cursor, prepared.config(), listener, jobs, reopen);

        /**
         * Simulates {@code prepared} ({@code cursor} its workload, opened; {@code reopen} opens it
         * again for a coupled rerun) on up to {@code jobs} groups.
         */
        ParallelSimulation.Outcome run(Prepared prepared, InvocationCursor cursor, ProgressListener listener, int jobs,
                                       java.util.function.Supplier<InvocationCursor> reopen);
    }

    /** A scenario ready to simulate: its options as run, the engine's configuration and the prices. */
    public record Prepared(ScenarioOptions options, SimulationConfig config, LambdaPricing prices) {
    }

    /** Bundled price book and rule sets, extensions found on the class path. */
    public ScenarioRunner() {
        this(loadExtensions(), PriceBookPricing::forOptions);
    }

    public ScenarioRunner(List<ScenarioExtension> extensions, Function<ScenarioOptions, LambdaPricing> pricing) {
        this(extensions, pricing, Engine.LOCAL);
    }

    private ScenarioRunner(List<ScenarioExtension> extensions, Function<ScenarioOptions, LambdaPricing> pricing, Engine engine) {
        this.extensions = List.copyOf(extensions);
        this.pricing = pricing;
        this.engine = engine;
    }

    /** This runner with its simulations run by {@code engine}. */
    public ScenarioRunner withEngine(Engine engine) {
        return new ScenarioRunner(extensions, pricing, engine);
    }

    private static List<ScenarioExtension> loadExtensions() {
        List<ScenarioExtension> found = new ArrayList<>();
        ServiceLoader.load(ScenarioExtension.class, ScenarioRunner.class.getClassLoader()).forEach(found::add);
        return found;
    }

    public List<ScenarioExtension> extensions() {
        return extensions;
    }

    public ScenarioResult run(ScenarioOptions options) {
        return run(options, ProgressListener.NONE);
    }

    /**
     * @throws IllegalArgumentException when the options break the rule set's limits or cannot apply
     * @throws io.lambdasim.traces.TraceException on a malformed trace (file, line, field)
     * @throws java.util.concurrent.CancellationException when {@code listener} cancels
     */
    public ScenarioResult run(ScenarioOptions options, ProgressListener listener) {
        return run(options, listener, 1, null);
    }

    /**
     * @param defaultJobs threads simulating groups of functions when the options do not say
     *                    ({@code jobs}): 1 where scenarios already run side by side (batch), all
     *                    cores for one scenario. Results are the same for any number.
     */
    public ScenarioResult run(ScenarioOptions options, ProgressListener listener, int defaultJobs) {
        return run(options, listener, defaultJobs, null);
    }

    /**
     * As {@link #run(ScenarioOptions, ProgressListener)}; with {@code timeline} (and a bucket in
     * the options) the timeline is streamed there row by row instead of kept in the result, so
     * memory does not grow with the horizon ({@code simulate --timeline}).
     */
    public ScenarioResult run(ScenarioOptions options, ProgressListener listener, ScenarioTables.TimelineRows timeline) {
        return run(options, listener, 1, timeline);
    }

    /**
     * The scenario on up to {@code defaultJobs} threads (unless the options say {@code jobs}); a
     * streamed timeline is written in event order by one simulation, so it runs single-threaded
     * (the figures are the same for any number of jobs).
     */
    public ScenarioResult run(ScenarioOptions options, ProgressListener listener, int defaultJobs,
                              ScenarioTables.TimelineRows timeline) {
        TimelineLimit.check(options, timeline != null);
        Prepared prepared = prepare(options);
        options = prepared.options();
        SimulationConfig config = prepared.config();
        LambdaPricing prices = prepared.prices();
        SimulationResult simulation;
        TraceReport report;
        int jobs = options.settings().getOr(Settings.JOBS, defaultJobs);
        // the reader refuses, up front, more functions than the heap holds with the engine's state beside them
        TraceSource source = options.source().withRead(options.source().read()
                .withStateBytesPerFunction(Simulator.stateBytesPerFunction(config)));
        try (InvocationCursor cursor = source.open()) {
            if (timeline != null) {
                simulation = Simulator.run(cursor, config, listener, b -> timeline.row(ScenarioTables.timelineRow(b, prices)));
                report = cursor.report();
            } else {
                ParallelSimulation.Outcome run = engine.run(prepared, cursor, listener, jobs, source::open);
                simulation = run.result();
                report = run.report();
            }
        }
        return priced(options, simulation, report, prices, listener);
    }

    /**
     * The simulation {@code options} ask for: the rule set's billing measure and longest timeout,
     * the options checked against the rule set and the extensions, the trace's memory range. What
     * a Spark task calls to simulate its group with exactly the driver's configuration.
     *
     * @throws IllegalArgumentException when the options break the rule set's limits or cannot apply
     */
    public Prepared prepare(ScenarioOptions options) {
        LambdaPricing prices = pricing.apply(options);
        SimulationConfig.Builder effective = options.simulation().toBuilder().billing(prices.measure());
        if (options.simulation().timeoutUs() == SimulationConfig.DEFAULTS.timeoutUs()
                && !options.settings().has(io.lambdasim.reports.settings.Settings.TIMEOUT)) {
            // The default timeout is "the longest allowed": 900 s today, 300 s under the 2014 rules;
            // a timeout the user gave is checked against the rules instead.
            effective.timeoutUs(Math.min(SimulationConfig.DEFAULTS.timeoutUs(), prices.maxTimeoutUs()));
        }
        SimulationConfig config = effective.build();
        options = options.withSimulation(config);
        prices.validate(options);
        options = withTraceMemoryRange(options, prices);
        for (ScenarioExtension e : extensions) {
            e.check(options);
        }
        return new Prepared(options, config, prices);
    }

    private ScenarioResult priced(ScenarioOptions options, SimulationResult simulation, TraceReport report, LambdaPricing prices,
                                  ProgressListener listener) {
        Period period = Period.of(options.source().periodUs(), report, report.format(), simulation.horizonUs());
        LambdaCost monthly = prices.monthly(simulation, period, options.month());
        // The period's share of the month's bill; 1/730 and the like do not terminate, so the share is
        // kept to 12 decimals of a dollar, a millionth of a millionth, far below anything shown.
        LambdaCost cost = monthly.times(period.shareOf(options.month())).rounded(12);
        ScenarioResult result = new ScenarioResult(options, simulation, period, monthly, cost, prices, List.of(), report);
        List<ScenarioExtension.Result> added = new ArrayList<>();
        for (ScenarioExtension e : extensions) {
            ScenarioExtension.Result r = e.run(options, result);
            if (r != null) {
                added.add(r);
            }
        }
        // issue 16: under a latency objective, the options that miss it are ranked after those that meet it
        ScenarioExtension.Result slo = io.lambdasim.reports.slo.SloOutcome.of(result, added);
        if (slo != null) {
            added.add(slo);
        }
        // What the figures are uncertain over: the scenario again at each end of each range.
        ScenarioExtension.Result uncertainty = ScenarioUncertainty.evaluate(this, options, result, listener);
        if (uncertainty != null) {
            added.add(uncertainty);
        }
        return added.isEmpty() ? result : result.withExtensions(added);
    }

    /**
     * A trace's memory sizes must be real configurations: the rule set's range when the trace's
     * memory is what gets simulated, any era's range when {@code memory_mb} replaces it (the
     * trace's size then only says at what memory its durations were measured). A size outside is
     * an error naming the file and line, never a silent fallback.
     */
    static ScenarioOptions withTraceMemoryRange(ScenarioOptions options, LambdaPricing prices) {
        TraceSource source = options.source();
        if (source.trace() == null) {
            return options;
        }
        boolean configured = options.simulation().memoryMb() != io.lambdasim.traces.InvocationCursor.MISSING;
        ReadOptions read = source.read().withMemoryRangeMb(
                configured ? io.lambdasim.engine.CpuModel.MIN_MEMORY_MB : prices.minMemoryMb(),
                configured ? io.lambdasim.engine.CpuModel.MAX_MEMORY_MB : prices.maxMemoryMb());
        return options.withSource(source.withRead(read));
    }

    /** Length of the workload in µs when known before running (generated), else -1: for progress bars. */
    public static long expectedHorizonUs(ScenarioOptions options) {
        String spec = options.source().generate();
        return spec == null ? -1 : WorkloadSpec.parse(spec).horizonUs();
    }
}
