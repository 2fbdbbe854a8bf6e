package io.lambdasim.spark;

import java.io.Serializable;

/**
 * What an executor sends back for one scenario: its outcome as the JSON the batch's scenario store
 * writes (so the driver rebuilds exactly the outcome the local batch would hold), or the one-line
 * message of its failure.
 */
record TaskResult(int index, String outcomeJson, String error) implements Serializable {

    private static final long serialVersionUID = 1L;

    static TaskResult ok(int index, String json) {
        return new TaskResult(index, json, null);
    }

    static TaskResult failed(int index, String message) {
        return new TaskResult(index, null, message);
    }

    boolean ok() {
        return error == null;
    }
}
