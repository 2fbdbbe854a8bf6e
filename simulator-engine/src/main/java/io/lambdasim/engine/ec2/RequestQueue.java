package io.lambdasim.engine.ec2;

/** A first-come-first-served queue of requests, linked through {@link RequestTable#next}: no storage of its own. */
final class RequestQueue {
    private int head = RequestTable.NONE;
    private int tail = RequestTable.NONE;
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void add(RequestTable table, int handle) {
        table.next[handle] = RequestTable.NONE;
        if (tail == RequestTable.NONE) {
            head = handle;
        } else {
            table.next[tail] = handle;
        }
        tail = handle;
        size++;
    }

    /** Removes and returns the oldest request; the queue must not be empty. */
    int poll(RequestTable table) {
        int h = head;
        head = table.next[h];
        if (head == RequestTable.NONE) {
            tail = RequestTable.NONE;
        }
        size--;
        return h;
    }
}
