package io.lambdasim.pricing;

import io.lambdasim.pricing.AroundBill.Component;
import io.lambdasim.pricing.AroundBill.Line;
import io.lambdasim.pricing.AroundConfig.FrontDoor;
import io.lambdasim.pricing.AroundConfig.Publisher;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a month of {@link AroundUsage} into the bill around the function ({@link AroundBill}), and
 * an EC2 fleet's instance-hours into the same network and fixed costs on the other side of a
 * comparison. The rules (each with its source in {@code around-prices.json} and docs/around-the-function.md):
 *
 * <ul>
 *   <li>HTTP API: tiered per million requests, a request metered in 512 KB increments of its payload;
 *       REST API: tiered per million; ALB: every hour of the month plus LCU-hours, the LCUs of an hour
 *       being the largest of its dimensions ({@link #lcus}); function URLs: free.</li>
 *   <li>SQS ({@link #sqsRequests}): a send per message per 64 KB chunk, receives and deletes per batch;
 *       SNS and EventBridge: a publish per 64 KB chunk; Scheduler: per firing; Kinesis: shard-hours
 *       plus 25 KB PUT payload units; DynamoDB streams read by Lambda: free.</li>
 *   <li>NAT gateway: one per AZ every hour plus per GB; data transfer out per GB; public IPv4 per
 *       address-hour; EBS per GB-month; CloudWatch Logs per GB of the platform lines plus app logs.</li>
 * </ul>
 * A GB is 2^30 bytes. Always-free allowances (SQS, SNS, Scheduler) apply with the free tier; API
 * Gateway's 12-month free tier never does.
 */
public final class AroundBilling {

    /** Bytes in a GB as AWS bills data. */
    public static final BigDecimal GB = BigDecimal.valueOf(1L << 30);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final MathContext MC = MathContext.DECIMAL128;

    private final AroundPrices prices;
    private final AroundConfig config;
    private final boolean freeTier;

    public AroundBilling(AroundPrices prices, AroundConfig config, boolean freeTier) {
        this.prices = prices;
        this.config = config;
        this.freeTier = freeTier;
    }

    public AroundConfig config() {
        return config;
    }

    /** The month's bill around the function. */
    public AroundBill month(AroundUsage u) {
        List<Line> lines = new ArrayList<>();
        frontDoor(u, lines);
        triggers(u, lines);
        network(u, lines);
        if (config.logs()) {
            AroundPrices.Service logs = service(u, "cloudWatchLogs");
            long bytes = Math.multiplyExact(u.invocations(), logs.whole("platformBytesPerInvocation") + config.logBytes());
            lines.add(new Line(Component.LOGS, "CloudWatch Logs ingestion", gbs(bytes), "GB",
                    perGb(bytes, logs.get("usdPerGb"))));
        }
        return new AroundBill(lines);
    }

    /**
     * An EC2 fleet's network and fixed costs for {@code instanceHours} instance-hours serving
     * {@code syncRequests}: public IPv4 addresses, EBS root volumes, and the responses' data out
     * (at the same rate as Lambda's, so it cancels in a comparison).
     */
    public AroundBill ec2(String region, double instanceHours, long syncRequests) {
        List<Line> lines = new ArrayList<>();
        BigDecimal ih = BigDecimal.valueOf(instanceHours);
        if (config.publicIpv4() > 0) {
            BigDecimal hours = ih.multiply(BigDecimal.valueOf(config.publicIpv4()));
            lines.add(new Line(Component.NETWORK, "public IPv4 addresses", hours, "address-hours",
                    hours.multiply(prices.service(region, "publicIpv4").get("hourlyUsd"))));
        }
        if (config.ebsGb() > 0) {
            AroundPrices.Service ebs = prices.service(region, "ebs");
            BigDecimal gbMonths = ih.multiply(BigDecimal.valueOf(config.ebsGb())).divide(ebs.get("monthHours"), MC);
            lines.add(new Line(Component.NETWORK, "EBS root volumes", gbMonths, "GB-months",
                    gbMonths.multiply(ebs.get("usdPerGbMonth"))));
        }
        dataOut(region, syncRequests, lines);
        return new AroundBill(lines);
    }

    private void frontDoor(AroundUsage u, List<Line> lines) {
        long r = u.syncRequests();
        switch (config.frontDoor()) {
            case HTTP_API: {
                AroundPrices.Service api = service(u, "httpApi");
                long units = Math.multiplyExact(r, ceilDiv(config.payloadBytes(), api.whole("meteredBytes")));
                lines.add(new Line(Component.FRONT_DOOR, "HTTP API requests", BigDecimal.valueOf(units), "requests", tiered(api, units)));
                break;
            }
            case REST_API:
                lines.add(new Line(Component.FRONT_DOOR, "REST API requests", BigDecimal.valueOf(r), "requests",
                        tiered(service(u, "restApi"), r)));
                break;
            case ALB: {
                AroundPrices.Service alb = service(u, "alb");
                BigDecimal hours = BigDecimal.valueOf(u.hours());
                lines.add(new Line(Component.FRONT_DOOR, "ALB hours", hours, "h", hours.multiply(alb.get("hourlyUsd"))));
                double rps = r / (u.hours() * 3600);
                BigDecimal lcuHours = lcus(alb, rps, config.payloadBytes() + config.responseBytes(), true).multiply(hours);
                lines.add(new Line(Component.FRONT_DOOR, "ALB LCU-hours", lcuHours, "LCU-hours",
                        lcuHours.multiply(alb.get("usdPerLcuHour"))));
                BigDecimal addressHours = hours.multiply(BigDecimal.valueOf(config.azs()));
                lines.add(new Line(Component.NETWORK, "ALB public IPv4 (one per AZ)", addressHours, "address-hours",
                        addressHours.multiply(service(u, "publicIpv4").get("hourlyUsd"))));
                break;
            }
            case FUNCTION_URL:
                lines.add(new Line(Component.FRONT_DOOR, "function URL requests", BigDecimal.valueOf(r), "requests",
                        BigDecimal.valueOf(r).multiply(service(u, "functionUrl").get("usdPerMillion")).divide(MILLION, MC)));
                break;
            default:
                break;
        }
    }

    private void triggers(AroundUsage u, List<Line> lines) {
        if (config.publisher() != Publisher.NONE && u.publishedEvents() > 0) {
            String key = config.publisher() == Publisher.SNS ? "sns" : "eventBridge";
            AroundPrices.Service s = service(u, key);
            long n = Math.multiplyExact(u.publishedEvents(), ceilDiv(config.payloadBytes(), s.whole("chunkBytes")));
            lines.add(new Line(Component.TRIGGERS, config.publisher() == Publisher.SNS ? "SNS publishes" : "EventBridge events",
                    BigDecimal.valueOf(n), "requests", perMillionAfterFree(s, n)));
        }
        if (u.scheduleFirings() > 0) {
            lines.add(new Line(Component.TRIGGERS, "EventBridge Scheduler invocations", BigDecimal.valueOf(u.scheduleFirings()), "invocations",
                    perMillionAfterFree(service(u, "scheduler"), u.scheduleFirings())));
        }
        if (u.sqsMessages() > 0 || u.sqsBatches() > 0) {
            AroundPrices.Service sqs = service(u, "sqs");
            long n = sqsRequests(u.sqsMessages(), u.sqsBatches(), u.sqsBatchedMessages(), config.payloadBytes(),
                    sqs.whole("chunkBytes"), sqs.whole("messagesPerRequest"));
            // a lower bound: the empty receives of idle pollers are not counted (docs/around-the-function.md)
            lines.add(new Line(Component.TRIGGERS, "SQS requests (at least: idle pollers' empty receives not counted)",
                    BigDecimal.valueOf(n), "requests", perMillionAfterFree(sqs, n), true));
        }
        if (u.kinesisShards() > 0 || u.kinesisRecords() > 0) {
            AroundPrices.Service k = service(u, "kinesis");
            BigDecimal shardHours = BigDecimal.valueOf(u.kinesisShards()).multiply(BigDecimal.valueOf(u.hours()));
            lines.add(new Line(Component.TRIGGERS, "Kinesis shard-hours", shardHours, "shard-hours",
                    shardHours.multiply(k.get("shardHourUsd"))));
            long units = Math.multiplyExact(u.kinesisRecords(), ceilDiv(config.payloadBytes(), k.whole("putUnitBytes")));
            lines.add(new Line(Component.TRIGGERS, "Kinesis PUT payload units", BigDecimal.valueOf(units), "units",
                    BigDecimal.valueOf(units).multiply(k.get("usdPerMillionPutUnits")).divide(MILLION, MC)));
        }
        if (u.dynamodbReads() > 0) {
            AroundPrices.Service d = service(u, "dynamodbStreams");
            boolean free = d.get("lambdaReadsFree").signum() > 0;
            lines.add(new Line(Component.TRIGGERS, "DynamoDB Streams reads" + (free ? " (by Lambda: free)" : ""),
                    BigDecimal.valueOf(u.dynamodbReads()), "reads", free ? BigDecimal.ZERO
                    : perMillionAfterFree(d.get("usdPerMillionReads"), d.whole("freeRequests"), u.dynamodbReads())));
        }
    }

    private void network(AroundUsage u, List<Line> lines) {
        if (config.vpc()) {
            AroundPrices.Service nat = service(u, "natGateway");
            BigDecimal hours = BigDecimal.valueOf(u.hours()).multiply(BigDecimal.valueOf(config.azs()));
            lines.add(new Line(Component.NETWORK, "NAT gateway hours (one per AZ)", hours, "h",
                    hours.multiply(nat.get("hourlyUsd"))));
            long bytes = Math.multiplyExact(u.invocations(), config.natBytes());
            lines.add(new Line(Component.NETWORK, "NAT gateway data processed", gbs(bytes), "GB", perGb(bytes, nat.get("usdPerGb"))));
        }
        dataOut(u.region(), u.syncRequests(), lines);
    }

    private void dataOut(String region, long syncRequests, List<Line> lines) {
        if (config.responseBytes() > 0) {
            long bytes = Math.multiplyExact(syncRequests, config.responseBytes());
            lines.add(new Line(Component.NETWORK, "data transfer out", gbs(bytes), "GB",
                    perGb(bytes, prices.service(region, "dataTransferOut").get("usdPerGb"))));
        }
    }

    /**
     * SQS requests of a queue a Lambda poller reads: each message sent is one request per 64 KB chunk;
     * each batch is at least one receive and one delete, a receive returns and a batch delete removes at
     * most {@code perRequest} messages, and a receive is one request per 64 KB of the payload it returns.
     * The engine counts batches and their messages, not each batch's size, so receives and deletes are
     * the largest of these lower bounds (exact when every batch holds at most 10 messages of at most 64 KB).
     */
    public static long sqsRequests(long messages, long batches, long batchedMessages, long payloadBytes, long chunkBytes,
                                   long perRequest) {
        long sends = Math.multiplyExact(messages, ceilDiv(payloadBytes, chunkBytes));
        long byCount = ceilDiv(batchedMessages, perRequest);
        long receives = Math.max(Math.max(batches, byCount), ceilDiv(Math.multiplyExact(batchedMessages, payloadBytes), chunkBytes));
        long deletes = Math.max(batches, byCount);
        return sends + receives + deletes;
    }

    /**
     * An ALB's LCUs at a steady rate of {@code requestsPerSecond}, each a new connection moving
     * {@code bytesPerRequest} bytes: the largest of new connections / 25 per second, active
     * connections / 3,000 per minute and GB / 0.4 per hour for Lambda targets (1 GB for instances).
     * Rule evaluations are left out (the first 10 rules are free).
     */
    public static BigDecimal lcus(AroundPrices.Service alb, double requestsPerSecond, long bytesPerRequest, boolean lambdaTargets) {
        BigDecimal rps = BigDecimal.valueOf(requestsPerSecond);
        BigDecimal newConnections = rps.divide(alb.get("newConnectionsPerSecondPerLcu"), MC);
        BigDecimal active = rps.multiply(BigDecimal.valueOf(60)).divide(alb.get("activeConnectionsPerMinutePerLcu"), MC);
        BigDecimal gbPerHour = rps.multiply(BigDecimal.valueOf(3600)).multiply(BigDecimal.valueOf(bytesPerRequest)).divide(GB, MC);
        BigDecimal bytes = gbPerHour.divide(alb.get(lambdaTargets ? "gbPerHourPerLcuLambda" : "gbPerHourPerLcuInstances"), MC);
        return newConnections.max(active).max(bytes);
    }

    /** A tiered per-million price for {@code requests} in a month. */
    static BigDecimal tiered(AroundPrices.Service s, long requests) {
        BigDecimal cost = BigDecimal.ZERO;
        long below = 0;
        for (AroundPrices.RequestTier t : s.tiers()) {
            long top = t.upToRequests() == null ? Long.MAX_VALUE : t.upToRequests();
            long in = Math.max(0, Math.min(requests, top) - below);
            cost = cost.add(BigDecimal.valueOf(in).multiply(t.usdPerMillion()).divide(MILLION, MC));
            below = top;
            if (requests <= top) {
                break;
            }
        }
        return cost;
    }

    private BigDecimal perMillionAfterFree(AroundPrices.Service s, long n) {
        return perMillionAfterFree(s.get("usdPerMillion"), s.whole("freeRequests"), n);
    }

    private BigDecimal perMillionAfterFree(BigDecimal usdPerMillion, long free, long n) {
        long billed = freeTier ? Math.max(0, n - free) : n;
        return BigDecimal.valueOf(billed).multiply(usdPerMillion).divide(MILLION, MC);
    }

    private AroundPrices.Service service(AroundUsage u, String name) {
        return prices.service(u.region(), name);
    }

    private static BigDecimal perGb(long bytes, BigDecimal usdPerGb) {
        return BigDecimal.valueOf(bytes).multiply(usdPerGb).divide(GB, MC);
    }

    static long ceilDiv(long a, long b) {
        return a == 0 ? 0 : (a - 1) / b + 1;
    }

    private static BigDecimal gbs(long bytes) {
        return BigDecimal.valueOf(bytes).divide(GB, MC);
    }
}
