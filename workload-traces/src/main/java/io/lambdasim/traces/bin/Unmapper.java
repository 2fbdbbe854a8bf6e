package io.lambdasim.traces.bin;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;

/**
 * Releases a memory-mapped window as soon as the reader has moved past it. Why: Java unmaps a
 * {@link java.nio.MappedByteBuffer} only when it is garbage-collected, and a reader that allocates
 * nothing may go minutes without a collection, so a sequential pass over a multi-gigabyte cache
 * would keep every window it touched resident. {@code sun.misc.Unsafe.invokeCleaner} (module
 * jdk.unsupported, as Lucene and Netty use it) unmaps at once; where it is not available the window
 * is simply dropped for the collector.
 *
 * <p>Only for a window no code can touch any more: reading an unmapped buffer crashes the JVM.
 */
final class Unmapper {

    private static final MethodHandle INVOKE_CLEANER = find();

    private Unmapper() {
    }

    private static MethodHandle find() {
        try {
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            Field f = unsafeClass.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            Object unsafe = f.get(null);
            return MethodHandles.lookup().findVirtual(unsafeClass, "invokeCleaner",
                    MethodType.methodType(void.class, ByteBuffer.class)).bindTo(unsafe);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    static void unmap(ByteBuffer mapped) {
        if (INVOKE_CLEANER == null || mapped == null) {
            return;
        }
        try {
            INVOKE_CLEANER.invokeExact(mapped);
        } catch (Throwable ignored) {
            // left to the garbage collector
        }
    }
}
