package io.lambdasim.cli;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.reports.batch.BatchRunner;
import io.lambdasim.reports.breakeven.PriceSource;
import io.lambdasim.reports.breakeven.PriceSources;
import io.lambdasim.reports.sizing.Calibration;
import io.lambdasim.reports.sizing.MemorySizing;
import io.lambdasim.reports.sizing.SizingPlan;
import io.lambdasim.reports.sizing.SizingReport;
import io.lambdasim.reports.sizing.SizingResult;
import io.lambdasim.reports.sizing.SizingStrategy;
import io.lambdasim.reports.sizing.Workloads;
import io.lambdasim.traces.InvocationArrays;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lambdasim sizing}: AWS Lambda Power Tuning done offline on a trace. Simulates the
 * workload at every memory size, prices it per architecture, and recommends one configuration.
 */
@Command(name = "sizing", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Cost and latency against memory, with a recommendation.",
                "Simulates the workload at every --memory size (and prices it per --arch), then recommends one with "
                        + "AWS Lambda Power Tuning's strategies: cost (cheapest, ties by speed), speed (fastest), balanced "
                        + "(least w*cost/maxCost + (1-w)*duration/maxDuration)."})
final class SizingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Workload workload;

    /** The workload to replay: a trace file or a generator spec (shared with breakeven). */
    static final class Workload {
        @Option(names = "--trace", paramLabel = "FILE", description = "Trace file to replay.")
        Path trace;

        @Option(names = "--generate", paramLabel = "SPEC", description = "Synthetic workload spec.")
        String generate;
    }

    @Option(names = "--format", paramLabel = "FORMAT", description = "Trace format (default: detected).")
    String format;

    @Option(names = "--memory", paramLabel = "MB,...", split = ",",
            description = "Memory sizes to try (default: 128,256,512,1024,1536,1769,2048,3008,4096,10240).")
    List<Integer> memories = SizingPlan.DEFAULT_MEMORIES;

    @Option(names = "--strategy", paramLabel = "cost|speed|balanced", defaultValue = "cost",
            description = "How to recommend (default: ${DEFAULT-VALUE}).")
    String strategy;

    @Option(names = "--balanced-weight", paramLabel = "W", defaultValue = "0.5",
            description = "Weight of cost in the balanced strategy, 0..1 (default: ${DEFAULT-VALUE}).")
    double balancedWeight;

    @Option(names = "--arch", paramLabel = "ARCH,...", split = ",", defaultValue = "x86_64",
            description = "Architectures to price: x86_64, arm64 (default: ${DEFAULT-VALUE}).")
    List<String> arches;

    @Option(names = "--cpu-fraction", paramLabel = "F",
            description = "CPU-bound share of the duration (default: " + CpuModel.DEFAULT_CPU_FRACTION + ").")
    Double cpuFraction;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Threads the function can use (default: ${DEFAULT-VALUE}: no gain above 1,769 MB).")
    int threads;

    @Option(names = "--calibration", paramLabel = "FILE",
            description = "Measured durations: AWS Lambda Power Tuning output JSON or CSV memory_mb,duration_ms.")
    Path calibration;

    @Option(names = "--reference-memory-mb", paramLabel = "MB",
            description = "Memory the trace's durations were recorded at (default: the trace's own, else 512).")
    Integer referenceMemoryMb;

    @Option(names = "--rules", paramLabel = "RULES", defaultValue = "aws-2025-08", description = "Billing rule set (default: ${DEFAULT-VALUE}).")
    String rules;

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "us-east-1", description = "Region (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--free-tier", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Apply the monthly free tier to the monthly cost (default: off; rankings never use it).")
    boolean freeTier;

    @Option(names = "--prices", paramLabel = "FILE", description = "Price-book file.")
    Path prices;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the simulation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--hours", paramLabel = "H", defaultValue = "730", description = "Hours in a month (default: ${DEFAULT-VALUE}).")
    double hours;

    @Option(names = "--jobs", paramLabel = "N", description = "Simulations run at once (default: available processors).")
    Integer jobs;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    private static boolean fits(PriceSource prices, int memoryMb) {
        try {
            prices.checkMemory(memoryMb);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public Integer call() {
        PriceSource priceSource = PriceSources.open(prices, region, rules, freeTier);
        if (memories == SizingPlan.DEFAULT_MEMORIES) {
            // The default list spans today's limits; an older era (aws-2014: 128..1536 MB) sizes within its own.
            memories = memories.stream().filter(m -> fits(priceSource, m)).collect(java.util.stream.Collectors.toList());
        }
        for (int m : memories) {
            priceSource.checkMemory(m);
        }
        InvocationArrays trace = Workloads.load(workload.trace, format, workload.generate);
        CpuModel cpu = new CpuModel(cpuFraction == null ? CpuModel.DEFAULT_CPU_FRACTION : cpuFraction, threads);
        int parallel = BatchRunner.Options.threadCount(BatchCommand.threads("--jobs", jobs));
        SizingPlan plan = new SizingPlan(memories, arches, cpu, calibration == null ? null : Calibration.read(calibration),
                referenceMemoryMb == null ? 0 : referenceMemoryMb, SizingStrategy.parse(strategy), balancedWeight,
                parallel, hours);
        SimulationConfig base = SimulationConfig.builder().seed(seed).billing(priceSource.billingMeasure()).build();
        SizingResult result = MemorySizing.run(trace, base, plan, priceSource.lambdaPricer());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(BreakevenCommand.toJson(SizingReport.json(result, trace.size())));
        } else {
            out.print(SizingReport.table(result, trace.size()));
        }
        out.flush();
        return 0;
    }
}
