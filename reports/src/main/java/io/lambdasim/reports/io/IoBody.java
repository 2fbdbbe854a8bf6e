package io.lambdasim.reports.io;

import java.io.IOException;

/** What a command writes into an output, given the stream (or writer) to write to. */
@FunctionalInterface
public interface IoBody<T> {
    void write(T out) throws IOException;
}
