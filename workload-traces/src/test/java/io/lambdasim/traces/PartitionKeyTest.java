package io.lambdasim.traces;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.traces.bin.BinaryTraceReader;
import io.lambdasim.traces.bin.BinaryTraceWriter;
import io.lambdasim.traces.pipe.PipelinedCursor;
import io.lambdasim.traces.read.NativeCsvReader;

import io.lambdasim.traces.write.NativeCsvWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partition keys as Kinesis hashes them: the MD5 of the key's bytes as a 128-bit integer, in the
 * hash-key range of one shard (Amazon Kinesis Data Streams API Reference, PutRecordsRequestEntry,
 * PartitionKey). The digests below are MD5 of the UTF-8 key (e.g. `printf user-1 | md5sum`).
 */
class PartitionKeyTest {

    private static final String CSV = "function,start_ms,duration_ms,partition_key\n"
            + "f,0,100,user-1\n"
            + "f,100,100,\"user-2\"\n"
            + "f,200,100,\n"
            + "f,300,100,b\n";

    @Test
    void aKeyIsTheTopOfItsMd5AndFallsInTheShardWhoseRangeHoldsIt() {
        // MD5("user-1") = d6d7705392bc7af6 33328bea8c4c6904: its top 64 bits 0xd6d7705392bc7af6 halved
        // (63 bits) = 7,740,482,874,177,895,803. With 4 even shards each holds a quarter of the 128-bit
        // space, so the top two bits choose: 0xd6 = 11010110 -> shard 3.
        assertThat(PartitionKey.of("user-1")).isEqualTo(7_740_482_874_177_895_803L);
        assertThat(PartitionKey.shardOf(PartitionKey.of("user-1"), 4)).isEqualTo(3);
        // MD5("user-2") = 3d58ce20..., 0x3d = 00111101 -> shard 0; MD5("b") = 92eb5ffe..., 0x92 = 10010010 -> shard 2
        assertThat(PartitionKey.shardOf(PartitionKey.of("user-2"), 4)).isZero();
        assertThat(PartitionKey.shardOf(PartitionKey.of("b"), 4)).isEqualTo(2);
        // one shard holds every key; with 3 shards the thirds: 0xd6d7... / 2^64 = 0.839 -> shard 2
        assertThat(PartitionKey.shardOf(PartitionKey.of("user-1"), 1)).isZero();
        assertThat(PartitionKey.shardOf(PartitionKey.of("user-1"), 3)).isEqualTo(2);
    }

    @Test
    void theNativeCsvTheBinaryCacheAndThePipelinedReaderCarryTheKey(@TempDir Path dir) throws Exception {
        List<Long> expected = List.of(PartitionKey.of("user-1"), PartitionKey.of("user-2"), (long) InvocationCursor.MISSING,
                PartitionKey.of("b"));
        assertThat(keys(csv())).isEqualTo(expected);
        Path cache = dir.resolve("t.lsbin");
        try (InvocationCursor c = csv(); FileChannel out = FileChannel.open(cache, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            BinaryTraceWriter.convert(c, out);
        }
        assertThat(keys(PipelinedCursor.start(new BinaryTraceReader(cache, ReadOptions.DEFAULTS)))).isEqualTo(expected);
        assertThat(keys(PipelinedCursor.start(csv()))).isEqualTo(expected);
        // InvocationArrays (trace break-even, sizing) keep it too
        assertThat(keys(InvocationArrays.record(csv()).cursor())).isEqualTo(expected);
        // the native CSV writer cannot write a hash back as the key: it leaves the column out
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (InvocationCursor c = csv()) {
            NativeCsvWriter.convert(c, text, false);
        }
        assertThat(text.toString(StandardCharsets.UTF_8)).startsWith("function,start_ms,duration_ms\n");
        assertThat(Files.size(cache)).isPositive();
    }

    private static InvocationCursor csv() {
        return new NativeCsvReader(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), "t.csv", ReadOptions.DEFAULTS);
    }

    private static List<Long> keys(InvocationCursor c) {
        List<Long> out = new ArrayList<>();
        try (c) {
            while (c.next()) {
                out.add(c.partitionKey());
            }
        }
        return out;
    }
}
