package io.lambdasim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.engine.init.InitModel;
import io.lambdasim.engine.source.SourceKind;
import io.lambdasim.engine.source.SourceSettings;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.Status;
import io.lambdasim.traces.TraceRows;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Event sources between the trace and the pool, worked by hand from the AWS rules that
 * docs/event-sources.md cites. INIT 0 ms and 512 MB unless a test says otherwise.
 */
class EventSourcesTest {

    private static final long S = 1000; // ms

    private static SimulationConfig.Builder with(SourceSettings.Builder sources) {
        return SimulationConfig.builder().init(InitModel.parse("0ms")).sources(sources.build());
    }

    private static SourceSettings.Builder sqs() {
        return SourceSettings.builder().source(SourceKind.SQS);
    }

    /** {@code n} messages of {@code durationMs}, one every {@code gapMs} from 0. */
    private static TraceRows messages(int n, long gapMs, long durationMs) {
        TraceRows t = TraceRows.of();
        for (int i = 0; i < n; i++) {
            t.add("f", i * gapMs, durationMs);
        }
        return t;
    }

    @Test
    void anSqsBatchWindowGathersTheMessagesOfEachWindowIntoOneInvocation() {
        // 10 messages, one a second from 0 s; batch size 10, batching window 4 s (AWS: the poller
        // gathers for up to the window, then invokes). Windows [0,4), [4,8), [8,12) hold 4, 4 and 2
        // messages: ceil(10 / 4) = 3 invocations. Each message waits to its window's end: the
        // first of each window 4 s (queue age max), the message at 9 s 3 s.
        UsageStats t = Simulator.run(messages(10, S, 100),
                with(sqs().batchSize(10).batchWindowUs(4_000_000L)).build()).total();
        assertThat(t.invocations()).isEqualTo(10);
        assertThat(t.count(Metric.MESSAGES)).isEqualTo(10);
        assertThat(t.count(Metric.BATCHES)).isEqualTo(3);
        assertThat(t.billing().requests()).isEqualTo(3);
        assertThat(t.value(Metric.MEAN_BATCH_SIZE)).isCloseTo(10 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.value(Metric.QUEUE_AGE_MAX)).isEqualTo(4000.0);
        // per_message 1: a batch runs its messages one after the other, 4 x 100 ms: 400 + 400 + 200 ms billed
        assertThat(t.billing().billedUs()).isEqualTo(1_000_000);
    }

    @Test
    void anSqsBatchClosesWhenFullBeforeItsWindowEnds() {
        // Batch size 4 (AWS: above 10 needs a window; 4 does not), window 300 s: the batch closes at
        // its 4th message (t = 3 s and 7 s); the last two wait for the window opened at 8 s: 308 s.
        UsageStats t = Simulator.run(messages(10, S, 100),
                with(sqs().batchSize(4).batchWindowUs(300_000_000L)).build()).total();
        assertThat(t.count(Metric.BATCHES)).isEqualTo(3);
        assertThat(t.value(Metric.QUEUE_AGE_MAX)).isEqualTo(300_000.0);
    }

    @Test
    void anSqsBatchClosesAtSixMegabytesOfPayload() {
        // Three 3 MiB messages a second apart, batch size 10, window 10 s: two of them reach the
        // 6 MB synchronous payload limit, so that batch closes at the second (t = 1 s); the third
        // waits for its own window (t = 12 s).
        TraceRows trace = TraceRows.of();
        for (int i = 0; i < 3; i++) {
            trace.add(new TraceRows.Row("f", i * S * 1000, 100_000, InvocationCursor.MISSING, InvocationCursor.MISSING,
                    InvocationCursor.MISSING, InvocationCursor.MISSING, Status.SUCCESS, InvocationType.POLL, 3L << 20));
        }
        UsageStats t = Simulator.run(trace, with(sqs().batchSize(10).batchWindowUs(10_000_000L)).build()).total();
        assertThat(t.count(Metric.BATCHES)).isEqualTo(2);
        assertThat(t.value(Metric.QUEUE_AGE_MAX)).isEqualTo(10_000.0);
    }

    @Test
    void pollersStartWithFiveBatchesAndAddThreeHundredAMinute() {
        // AWS "Configuring scaling behavior for SQS event source mappings": five concurrent batches
        // at first, then up to 300 more a minute while messages remain: one every 200 ms. 20
        // messages of 10 s at once, batch size 1: 5 start at 0, the 15 others one per 200 ms, the
        // last at 3 s (its queue age). All 20 run at once by then.
        TraceRows trace = TraceRows.of();
        for (int i = 0; i < 20; i++) {
            trace.add("f", 0, 10_000);
        }
        UsageStats t = Simulator.run(trace, with(sqs().batchSize(1)).build()).total();
        assertThat(t.count(Metric.BATCHES)).isEqualTo(20);
        assertThat(t.peakConcurrency()).isEqualTo(20);
        assertThat(t.value(Metric.QUEUE_AGE_MAX)).isEqualTo(3000.0);
        // The mapping's maximum concurrency (2..1000) caps the pollers: 2 at a time, 10 rounds of 10 s.
        TraceRows capped = TraceRows.of();
        for (int i = 0; i < 20; i++) {
            capped.add("f", 0, 10_000);
        }
        UsageStats c = Simulator.run(capped, with(sqs().batchSize(1).maxConcurrency(2)).build()).total();
        assertThat(c.peakConcurrency()).isEqualTo(2);
        assertThat(c.value(Metric.QUEUE_AGE_MAX)).isEqualTo(90_000.0);
    }

    @Test
    void aFailingSqsMessageReturnsAfterTheVisibilityTimeoutAndIsDeadLetteredAfterMaxReceive() {
        // One message whose processing fails (1 s): received at 0, visible again 30 s after each
        // receive (the visibility timeout), received at 30 s and 60 s; the third receive reaches
        // max_receive 3, so it goes to the dead-letter queue. Three invocations, three errors.
        TraceRows trace = TraceRows.of().add(new TraceRows.Row("f", 0, 1_000_000, InvocationCursor.MISSING,
                InvocationCursor.MISSING, InvocationCursor.MISSING, InvocationCursor.MISSING, Status.ERROR, InvocationType.SYNC));
        SimulationResult r = Simulator.run(trace, with(sqs().visibilityTimeoutUs(30_000_000L).maxReceive(3)).build());
        UsageStats t = r.total();
        assertThat(t.billing().requests()).isEqualTo(3);
        assertThat(t.errors()).isEqualTo(3);
        assertThat(t.count(Metric.DEAD_LETTERED)).isEqualTo(1);
        assertThat(t.value(Metric.QUEUE_AGE_MAX)).isEqualTo(60_000.0);
        assertThat(r.horizonUs()).isEqualTo(61_000_000L);
    }

    /** Eight 100 ms records 100 ms apart; the second (t = 100 ms) fails for 1 s. */
    private static TraceRows recordsWithOneFailure() {
        TraceRows t = TraceRows.of();
        for (int i = 0; i < 8; i++) {
            boolean bad = i == 1;
            t.add(new TraceRows.Row("f", i * 100_000L, bad ? 1_000_000 : 100_000, InvocationCursor.MISSING,
                    InvocationCursor.MISSING, InvocationCursor.MISSING, InvocationCursor.MISSING,
                    bad ? Status.ERROR : Status.SUCCESS, InvocationType.SYNC));
        }
        return t;
    }

    @Test
    void aFailingRecordBlocksExactlyItsShard() {
        // AWS "How Lambda processes records from Amazon Kinesis": a failing batch is retried until
        // it succeeds or its retries run out, and records of that shard wait. Four shards, records
        // round robin: shard 1 gets records 1 (t = 0.1 s, failing) and 5 (t = 0.5 s). Record 1 runs
        // 0.1-1.1 s, is retried 1.1-2.1 and 2.1-3.1 s (max_retries 2), then discarded; record 5
        // starts at 3.1 s, 2.6 s after it arrived (its iterator age). The other six records start
        // as they arrive. 7 + 3 = 10 batches.
        SimulationResult r = Simulator.run(recordsWithOneFailure(), with(SourceSettings.builder()
                .source(SourceKind.KINESIS).shards(4).maxRetries(2)).build());
        UsageStats t = r.total();
        assertThat(t.count(Metric.BATCHES)).isEqualTo(10);
        assertThat(t.errors()).isEqualTo(3);
        assertThat(t.retries()).isEqualTo(2);
        assertThat(t.count(Metric.DEAD_LETTERED)).isEqualTo(1);
        assertThat(t.value(Metric.QUEUE_AGE_MAX)).isEqualTo(2600.0);
        assertThat(t.value(Metric.QUEUE_AGE_P50)).isZero();
        // With one shard the failure blocks every later record: they go together at 3.1 s in one
        // batch, after record 0 and record 1's three attempts: 5 batches.
        UsageStats one = Simulator.run(recordsWithOneFailure(), with(SourceSettings.builder()
                .source(SourceKind.KINESIS).shards(1).maxRetries(2)).build()).total();
        assertThat(one.count(Metric.BATCHES)).isEqualTo(5);
    }

    @Test
    void recordsOfOneKeyGoToOneShardAndItsFailureBlocksOnlyThatShard() {
        // AWS (Kinesis API Reference, PutRecordsRequestEntry): the MD5 of a record's partition key picks
        // its shard. MD5("user-1") = d6d7..., the top quarter of the 128-bit space: shard 3 of 4;
        // MD5("user-2") = 3d58...: shard 0 (PartitionKeyTest). The records of recordsWithOneFailure,
        // odd ones keyed user-1 (record 1 fails), even ones user-2. Shard 3 runs record 1 at 0.1-1.1 s,
        // retries it 1.1-2.1 and 2.1-3.1 s (max_retries 2), discards it, then takes records 3, 5 and 7
        // in one batch at 3.1 s: iterator age 3.1 - 0.7 = 2.4 s. Shard 0 runs records 0, 2, 4, 6 as
        // they arrive. 4 + 4 = 8 batches (round robin, without keys, gives 10: the test above).
        StringBuilder csv = new StringBuilder("function,start_ms,duration_ms,status,partition_key\n");
        for (int i = 0; i < 8; i++) {
            csv.append("f,").append(i * 100).append(',').append(i == 1 ? 1000 : 100).append(',')
                    .append(i == 1 ? "error" : "success").append(',').append(i % 2 == 1 ? "user-1" : "user-2").append('\n');
        }
        SimulationResult r = Simulator.run(new io.lambdasim.traces.read.NativeCsvReader(new java.io.ByteArrayInputStream(
                csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), "keys.csv",
                io.lambdasim.traces.ReadOptions.DEFAULTS), with(SourceSettings.builder()
                .source(SourceKind.KINESIS).shards(4).maxRetries(2)).build());
        UsageStats t = r.total();
        assertThat(t.count(Metric.BATCHES)).isEqualTo(8);
        assertThat(t.errors()).isEqualTo(3);
        assertThat(t.count(Metric.DEAD_LETTERED)).isEqualTo(1);
        assertThat(t.value(Metric.QUEUE_AGE_MAX)).isEqualTo(2400.0);
        assertThat(t.value(Metric.QUEUE_AGE_P50)).isZero();
    }

    @Test
    void bisectOnErrorIsolatesTheFailingRecord() {
        // One shard, batches of 4 gathered in a 10 s window: records 0-3 (record 2 fails), no retries.
        // [0-3] fails -> split: [0,1] succeeds -> [2,3] fails -> split: [2] fails, alone and out of
        // retries: discarded -> [3] succeeds. Five batches, one record dead-lettered.
        TraceRows trace = TraceRows.of();
        for (int i = 0; i < 4; i++) {
            trace.add(new TraceRows.Row("f", i * 1000L, 100_000, InvocationCursor.MISSING, InvocationCursor.MISSING,
                    InvocationCursor.MISSING, InvocationCursor.MISSING, i == 2 ? Status.ERROR : Status.SUCCESS,
                    InvocationType.SYNC));
        }
        UsageStats t = Simulator.run(trace, with(SourceSettings.builder().source(SourceKind.DYNAMODB_STREAMS)
                .batchSize(4).batchWindowUs(10_000_000L).maxRetries(0).bisectOnError(true)).build()).total();
        assertThat(t.count(Metric.BATCHES)).isEqualTo(5);
        assertThat(t.count(Metric.BATCHED_MESSAGES)).isEqualTo(4 + 2 + 2 + 1 + 1);
        assertThat(t.count(Metric.DEAD_LETTERED)).isEqualTo(1);
    }

    @Test
    void anAsyncEventWhoseRetriesOutliveTheMaximumEventAgeIsDropped() {
        // AWS "Configuring error handling for asynchronous invocation": the maximum event age (60 s
        // to 6 h) applies to retries too. A failing 1 s event: its first retry would start at
        // 1 s + 1 min = 61 s, older than 60 s: dropped, never retried.
        TraceRows trace = TraceRows.of().async("f", 0, 1000, Status.ERROR);
        UsageStats t = Simulator.run(trace, with(SourceSettings.builder().source(SourceKind.ASYNC)
                .maxEventAgeUs(60_000_000L)).build()).total();
        assertThat(t.billing().requests()).isEqualTo(1);
        assertThat(t.retries()).isZero();
        assertThat(t.count(Metric.DROPPED_BY_AGE)).isEqualTo(1);
        assertThat(t.dropped()).isEqualTo(1);
        // With 2 minutes: the retry at 61 s runs (61 s old) and fails at 62 s; the second retry
        // would come at 62 s + 2 min = 182 s, too old: dropped after two attempts.
        UsageStats two = Simulator.run(TraceRows.of().async("f", 0, 1000, Status.ERROR),
                with(SourceSettings.builder().maxEventAgeUs(120_000_000L)).build()).total();
        assertThat(two.billing().requests()).isEqualTo(2);
        assertThat(two.retries()).isEqualTo(1);
        assertThat(two.count(Metric.DROPPED_BY_AGE)).isEqualTo(1);
    }

    @Test
    void anAsyncEventThatFailsEveryRetryIsDeadLettered() {
        // Two retries (the default) within the 6 h age: three attempts, then the on-failure destination.
        UsageStats t = Simulator.run(TraceRows.of().async("f", 0, 1000, Status.ERROR),
                with(SourceSettings.builder()).build()).total();
        assertThat(t.billing().requests()).isEqualTo(3);
        assertThat(t.count(Metric.DEAD_LETTERED)).isEqualTo(1);
        assertThat(t.count(Metric.MESSAGES)).isEqualTo(1);
    }

    @Test
    void theTracesOwnTriggerPicksTheSourceUnlessOneIsConfigured() {
        // Limit 1 and two overlapping calls: as sync rows the second gets HTTP 429 (throttled once,
        // never run); as async rows Lambda queues it and runs it later. source=sync makes async
        // rows synchronous; schedule firings are invoked asynchronously.
        TraceRows sync = TraceRows.of().add("f", 0, 5000).add("f", 0, 5000);
        assertThat(Simulator.run(sync, SimulationConfig.builder().accountConcurrency(1).build()).total().billing().requests())
                .isEqualTo(1);
        TraceRows async = TraceRows.of().async("f", 0, 5000, Status.SUCCESS).async("f", 0, 5000, Status.SUCCESS);
        assertThat(Simulator.run(async, SimulationConfig.builder().accountConcurrency(1).build()).total().billing().requests())
                .isEqualTo(2);
        TraceRows forced = TraceRows.of().async("f", 0, 5000, Status.SUCCESS).async("f", 0, 5000, Status.SUCCESS);
        assertThat(Simulator.run(forced, with(SourceSettings.builder().source(SourceKind.SYNC)).accountConcurrency(1).build())
                .total().billing().requests()).isEqualTo(1);
        TraceRows fired = TraceRows.of().add("f", 0, 5000).add("f", 0, 5000);
        assertThat(Simulator.run(fired, with(SourceSettings.builder().source(SourceKind.SCHEDULE)).accountConcurrency(1).build())
                .total().billing().requests()).isEqualTo(2);
    }

    @Test
    void aSettingOutsideAwsRangeIsOneLineNamingValueRangeAndFunction() {
        assertThatThrownBy(() -> SourceSettings.builder().batchSize(20_000).build())
                .hasMessage("batch_size 20000 outside 1..10000");
        assertThatThrownBy(() -> SourceSettings.builder().batchWindowUs(301_000_000L).build())
                .hasMessage("batch_window 301s outside 0ms..5m");
        assertThatThrownBy(() -> SourceSettings.builder().shards(0).build()).hasMessage("shards 0 outside 1..10000");
        assertThatThrownBy(() -> SourceSettings.builder().parallelization(11).build())
                .hasMessage("parallelization 11 outside 1..10");
        assertThatThrownBy(() -> SourceSettings.builder().maxEventAgeUs(30_000_000L).build())
                .hasMessage("max_event_age 30s outside 1m..6h");
        // A combination is checked when a function's settings are resolved: the message names it.
        SimulationConfig cfg = SimulationConfig.builder().functionRules(List.of(new FunctionRule("orders",
                new FunctionSettings(null, null, null, null, null, null, sqs().batchSize(100).build())))).build();
        assertThatThrownBy(() -> cfg.settingsFor("orders"))
                .hasMessage("function 'orders': batch_size 100 above 10 needs a batch_window of at least 1s (AWS), found 0ms");
    }
}
