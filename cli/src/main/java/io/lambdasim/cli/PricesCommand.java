package io.lambdasim.cli;

import io.lambdasim.pricing.BillingRules;
import io.lambdasim.pricing.DurationTier;
import io.lambdasim.pricing.Ec2InstanceType;
import io.lambdasim.pricing.LambdaPrices;
import io.lambdasim.pricing.LoadBalancerPrice;
import io.lambdasim.pricing.PriceBook;
import io.lambdasim.pricing.PriceBookWriter;
import io.lambdasim.pricing.pricelist.PriceListImporter;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lambdasim prices list|import}. */
@Command(name = "prices", mixinStandardHelpOptions = true, description = "Show or import price books.",
        subcommands = {PricesCommand.ListPrices.class, PricesCommand.ImportOffer.class})
final class PricesCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Show what the active price book holds.")
    static final class ListPrices implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--prices", paramLabel = "FILE", description = "Price-book file (default: the bundled one).")
        Path prices;

        @Override
        public Integer call() {
            PriceBook book = PriceBook.loadOrDefault(prices);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Price book %s (%s)%nSource: %s%n%n", book.name(), book.date(), book.source());
            out.printf(Locale.ROOT, "Free tier: %,d requests and %s GB-s a month%n%n", book.freeTier().requests(),
                    book.freeTier().gbSeconds().toPlainString());
            out.println("Lambda (USD)");
            out.printf("  %-16s %-7s %12s  %-58s %14s %14s %14s%n", "region", "arch", "per 1M req",
                    "duration per GB-s (tiers, monthly GB-s)", "storage/GB-s", "PC/GB-s", "PC dur/GB-s");
            for (LambdaPrices p : book.lambdaPrices()) {
                out.printf(Locale.ROOT, "  %-16s %-7s %12s  %-58s %14s %14s %14s%n", p.region(), p.arch(),
                        p.requestUsdPerMillion().toPlainString(), tiers(p.durationTiers()),
                        p.ephemeralUsdPerGbSecond().toPlainString(), p.provisionedUsdPerGbSecond().toPlainString(),
                        p.provisionedDurationUsdPerGbSecond().toPlainString());
            }
            out.println();
            out.println("EC2 on-demand Linux (USD)");
            out.printf("  %-16s %-14s %5s %8s %-7s %9s  %s%n", "region", "type", "vCPU", "GiB", "arch", "$/hour", "burst");
            for (Ec2InstanceType t : book.ec2Types()) {
                String burst = t.burstable() ? String.format(Locale.ROOT, "%s, baseline %.0f%%/vCPU, surplus $%s/vCPU-h",
                        t.burst().name().toLowerCase(Locale.ROOT), t.baselinePerVcpu() * 100,
                        t.surplusUsdPerVcpuHour().toPlainString()) : "-";
                out.printf(Locale.ROOT, "  %-16s %-14s %5d %8s %-7s %9s  %s%n", t.region(), t.type(), t.vcpu(),
                        t.memoryGib().toPlainString(), t.arch(), t.hourlyUsd().toPlainString(), burst);
            }
            if (!book.snapStartPrices().isEmpty()) {
                out.println();
                out.println("SnapStart (USD)");
                book.snapStartPrices().forEach(p -> out.printf(Locale.ROOT, "  %-16s %-7s cache $%s/GB-s, restore $%s/GB  (%s)%n",
                        p.region(), p.arch(), p.cacheUsdPerGbSecond().toPlainString(), p.restoreUsdPerGb().toPlainString(),
                        p.runtimes()));
            }
            List<LoadBalancerPrice> lbs = book.loadBalancers();
            if (!lbs.isEmpty()) {
                out.println();
                out.println("Application load balancer (USD)");
                for (LoadBalancerPrice lb : lbs) {
                    out.printf(Locale.ROOT, "  %-16s $%s/hour + $%s/LCU-hour%n", lb.region(), lb.hourlyUsd().toPlainString(),
                            lb.usdPerLcuHour().toPlainString());
                }
            }
            List<io.lambdasim.pricing.ManagedInstancesPrice> lmi = book.managedInstances();
            if (!lmi.isEmpty()) {
                out.println();
                out.println("Lambda Managed Instances (on top of the instances' EC2 price)");
                for (io.lambdasim.pricing.ManagedInstancesPrice m : lmi) {
                    out.printf(Locale.ROOT, "  %-16s management fee %s%% of the on-demand price per instance-hour, $%s per million requests%n",
                            m.region(), m.managementFeeShare().movePointRight(2).stripTrailingZeros().toPlainString(),
                            m.requestUsdPerMillion().toPlainString());
                    out.printf(Locale.ROOT, "  %-16s source: %s%n", "", m.source());
                }
            }
            out.println();
            out.println("Billing rules");
            for (BillingRules r : BillingRules.all()) {
                out.printf(Locale.ROOT, "  %-17s %s%n", r.name(), r.description());
            }
            out.flush();
            return 0;
        }

        private static String tiers(List<DurationTier> tiers) {
            StringBuilder sb = new StringBuilder();
            for (DurationTier t : tiers) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(t.usdPerGbSecond().toPlainString());
                sb.append(t.unbounded() ? " above" : " to " + shortNumber(t.upToGbSeconds().doubleValue()));
            }
            return sb.toString();
        }

        private static String shortNumber(double v) {
            return v >= 1e9 ? String.format(Locale.ROOT, "%.4gB", v / 1e9) : String.format(Locale.ROOT, "%.4gM", v / 1e6);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Read AWS Price List offers (AWSLambda, AmazonEC2; the JSON or CSV offer file or `aws pricing get-products` output, optionally .gz) and write "
                    + "a price-book file every command accepts with --prices FILE.",
                    "Streams the input: the EC2 offer file is several GB."})
    static final class ImportOffer implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--offer", required = true, paramLabel = "FILE", description = "Offer file (repeat for Lambda and EC2).")
        List<Path> offers;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "prices.json",
                description = "Price-book file to write (default: ${DEFAULT-VALUE}).")
        Path output;

        @Option(names = "--name", paramLabel = "NAME", description = "Name of the new price book (default: the output file name).")
        String name;

        @Override
        public Integer call() throws Exception {
            PriceListImporter importer = new PriceListImporter(PriceBook.loadDefault());
            for (Path offer : offers) {
                importer.read(offer); // JSON offer, get-products output or CSV offer, gzip or not
            }
            PriceBook book = importer.toPriceBook(name != null ? name : output.getFileName().toString());
            try (OutputStream out = Files.newOutputStream(output)) {
                PriceBookWriter.write(book, out);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("wrote %s: Lambda prices for %d region/architecture pairs, %d EC2 instance types%n", output,
                    book.lambdaPrices().size(), book.ec2Types().size());
            if (!importer.incomplete().isEmpty()) {
                out.println("note: left out, priced only in part by the offer: " + String.join("; ", importer.incomplete()));
            }
            List<String> unknown = importer.unknownBaselines();
            if (!unknown.isEmpty()) {
                out.println("note: burstable baseline unknown (priced as fixed performance): " + String.join(", ", unknown));
            }
            out.flush();
            return 0;
        }
    }
}
