package io.lambdasim.traces;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A record's partition key, as Kinesis Data Streams routes it: the MD5 of the key, a 128-bit integer,
 * falls in one shard's hash-key range, so every record of a key goes to the same shard (Amazon Kinesis
 * Data Streams API Reference, PutRecordsRequestEntry, PartitionKey;
 * docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecordsRequestEntry.html). A reader hashes the key once
 * while parsing, so the hot path carries a {@code long}: the top 63 bits of the key's MD5
 * (non-negative; {@link InvocationCursor#MISSING} when a row has no key).
 *
 * <p>{@link #shardOf} maps that value onto {@code n} shards whose hash-key ranges split the 128-bit
 * space evenly (as a stream created with {@code n} shards, or resharded uniformly with
 * UpdateShardCount, has them): the shard is {@code floor(hash × n / 2^63)}, the shard whose range
 * holds the key's MD5 (only a key within 2^65 of a range boundary, a chance of about n in 2^63, could
 * land on the neighbour). Records of one key always go to one shard, and many keys spread evenly.
 * DynamoDB Streams shards by the table's partitions, which lambdasim does not model: the same mapping
 * keeps each key's records together on one shard.
 */
public final class PartitionKey {

    private final MessageDigest md5;
    private final byte[] digest = new byte[16];

    /** One per reader (not thread-safe): hashing reuses its digest and buffer, allocating nothing. */
    public PartitionKey() {
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is a required JDK algorithm", e);
        }
    }

    /** The key {@code b[s..e)} (its UTF-8 bytes, as Kinesis hashes them) as the top 63 bits of its MD5. */
    public long hash(byte[] b, int s, int e) {
        md5.update(b, s, e - s);
        try {
            md5.digest(digest, 0, 16);
        } catch (DigestException x) {
            throw new IllegalStateException(x);
        }
        long top = 0;
        for (int i = 0; i < 8; i++) {
            top = (top << 8) | (digest[i] & 0xff);
        }
        return top >>> 1;
    }

    /** The key's text hashed as {@link #hash(byte[], int, int)} does (tests, generators). */
    public static long of(String key) {
        byte[] b = key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new PartitionKey().hash(b, 0, b.length);
    }

    /** Which of {@code shards} evenly split shards holds a key hashed to {@code hash} (non-negative). */
    public static int shardOf(long hash, int shards) {
        // floor(hash × shards / 2^63) = the high 64 bits of hash × 2·shards
        return (int) Math.multiplyHigh(hash, 2L * shards);
    }
}
