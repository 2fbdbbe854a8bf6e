package io.lambdasim.traces.read;

import io.lambdasim.traces.FunctionTable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Maps a name given as bytes to its {@link FunctionTable} id without creating a String, except
 * the first time a name is seen. An open-addressing hash table over the name bytes, plus a
 * one-entry cache because traces often repeat the same function on consecutive rows.
 */
public final class NameInterner {

    private final FunctionTable table;
    private int[] slots = new int[64]; // id + 1, 0 = empty
    private int[] slotHash = new int[64];
    private byte[][] keys = new byte[16][];
    private int size;
    private int lastId = -1;

    public NameInterner(FunctionTable table) {
        this.table = table;
    }

    public FunctionTable table() {
        return table;
    }

    /** The id of the name in {@code b[s..e)} (UTF-8). */
    public int intern(byte[] b, int s, int e) {
        if (lastId >= 0 && same(keys[lastId], b, s, e)) {
            return lastId;
        }
        int h = hash(b, s, e);
        int mask = slots.length - 1;
        int i = h & mask;
        while (slots[i] != 0) {
            int id = slots[i] - 1;
            if (slotHash[i] == h && same(keys[id], b, s, e)) {
                lastId = id;
                return id;
            }
            i = (i + 1) & mask;
        }
        int id = table.intern(new String(b, s, e - s, StandardCharsets.UTF_8));
        if (id >= keys.length) {
            keys = Arrays.copyOf(keys, Math.max(keys.length * 2, id + 1));
        }
        keys[id] = Arrays.copyOfRange(b, s, e);
        slots[i] = id + 1;
        slotHash[i] = h;
        if (++size * 2 > slots.length) {
            rehash();
        }
        lastId = id;
        return id;
    }

    private static boolean same(byte[] key, byte[] b, int s, int e) {
        return key != null && Arrays.equals(key, 0, key.length, b, s, e);
    }

    /** FNV-1a: cheap, and good enough spread for hex hashes and function names. */
    private static int hash(byte[] b, int s, int e) {
        int h = 0x811c9dc5;
        for (int i = s; i < e; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    private void rehash() {
        int[] newSlots = new int[slots.length * 2];
        int[] newHash = new int[slots.length * 2];
        int mask = newSlots.length - 1;
        for (int k = 0; k < slots.length; k++) {
            if (slots[k] != 0) {
                int i = slotHash[k] & mask;
                while (newSlots[i] != 0) {
                    i = (i + 1) & mask;
                }
                newSlots[i] = slots[k];
                newHash[i] = slotHash[k];
            }
        }
        slots = newSlots;
        slotHash = newHash;
    }
}
