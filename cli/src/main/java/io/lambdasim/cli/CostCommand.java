package io.lambdasim.cli;

import io.lambdasim.reports.around.AroundSettings;
import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.usecase.CostReport;
import io.lambdasim.reports.usecase.CostRequest;
import io.lambdasim.reports.usecase.UseCases;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lambdasim cost}: the monthly bill of a steady load, analytically, against EC2 instances. */
@Command(name = "cost", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Monthly Lambda bill for a steady load, against EC2 instances (analytic, no simulation).",
                "Example: ./lambdasim cost --requests 3000000 --duration-ms 120 --memory-mb 1536 --ec2 t3.micro,m7g.large"})
final class CostCommand implements Callable<Integer>, SettingOptions.Command {

    static final List<Setting<?>> SETTINGS = java.util.stream.Stream.concat(java.util.stream.Stream.of(Settings.REQUESTS, Settings.DURATION_MS,
            Settings.MEMORY_MB, Settings.ARCH, Settings.INIT_MS, Settings.COLD_RATIO, Settings.CUSTOM_RUNTIME,
            Settings.EPHEMERAL_MB, Settings.EC2, Settings.EC2_DISCOUNT, Settings.HOURS, Settings.REGION, Settings.RULES,
            Settings.FREE_TIER, Settings.SAVINGS_PLAN, Settings.PRICES), AroundSettings.SETTINGS.stream()).toList();

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public List<Setting<?>> settings() {
        return SETTINGS;
    }

    @Override
    public Integer call() {
        CostReport report = UseCases.cost(CostRequest.from(SettingOptions.values(spec, SETTINGS)));
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? Json.pretty(report.json()) + System.lineSeparator() : report.table());
        out.flush();
        return 0;
    }
}
