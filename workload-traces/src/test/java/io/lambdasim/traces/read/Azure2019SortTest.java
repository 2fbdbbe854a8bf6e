package io.lambdasim.traces.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The minute's radix sort orders exactly as a full sort of the packed keys. */
class Azure2019SortTest {

    @Test
    void radixSortMatchesAFullSortWithTiesInIndexOrder() {
        SplittableRandom r = new SplittableRandom(3);
        for (int n : new int[] {0, 1, 511, 512, 513, 5_000, 200_000}) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                // Offsets over the whole minute, and a narrow range for many ties.
                long offset = i % 3 == 0 ? r.nextInt(1000) : r.nextLong(Azure2019Reader.MINUTE_US);
                keys[i] = offset << 32 | i;
            }
            long[] expected = keys.clone();
            Arrays.sort(expected);
            Azure2019Reader.sortKeys(keys, new long[n], n, new int[1 << Azure2019Reader.RADIX_BITS]);
            assertThat(keys).as("n=%d", n).isEqualTo(expected);
        }
    }
}
