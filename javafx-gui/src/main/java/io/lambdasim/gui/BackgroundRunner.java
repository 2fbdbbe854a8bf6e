package io.lambdasim.gui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs one piece of work at a time off the UI thread, with progress and Cancel, and hands the outcome
 * back through {@code ui} (Platform::runLater in the app; a direct executor in view-model tests, which
 * run without the toolkit).
 *
 * <p>Cancel returns control at once: the UI is told "cancelled" immediately, the worker is asked to
 * stop (its progress callback throws {@link CancellationException}, and it is interrupted), and
 * whatever it still delivers later is dropped by generation number. Progress updates are coalesced:
 * a simulation reporting thousands of times a second keeps at most one update queued on the UI
 * thread, so the window never drowns in them.
 */
public final class BackgroundRunner {
    /** What the work sees: report progress (throws CancellationException once cancelled). */
    public interface Progress {
        void update(double fraction, String message);

        boolean cancelled();
    }

    /** The work itself. */
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private final Executor ui;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** Bumped by every start and cancel; work of an older generation is ignored. */
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Thread> worker = new AtomicReference<>();
    private String what = "";

    public BackgroundRunner(Executor ui) {
        this.ui = ui;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Starts {@code work} on a new daemon thread; afterwards exactly one of {@code onDone} and
     * {@code onError} runs on the UI executor, unless the work was cancelled first.
     */
    public <T> void start(String name, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        if (running.get()) {
            throw new IllegalStateException("already running: " + message.get());
        }
        long gen = generation.incrementAndGet();
        what = name;
        running.set(true);
        progress.set(-1);
        message.set(name + "…");
        AtomicReference<Object[]> pending = new AtomicReference<>();
        Progress p = new Progress() {
            @Override
            public void update(double fraction, String msg) {
                if (cancelled()) {
                    throw new CancellationException(name + " cancelled");
                }
                if (pending.getAndSet(new Object[] {fraction, msg}) == null) {
                    ui.execute(() -> {
                        Object[] u = pending.getAndSet(null);
                        if (u != null && generation.get() == gen) {
                            progress.set((Double) u[0]);
                            message.set((String) u[1]);
                        }
                    });
                }
            }

            @Override
            public boolean cancelled() {
                return generation.get() != gen;
            }
        };
        Thread t = new Thread(() -> {
            try {
                T result = work.run(p);
                ui.execute(() -> {
                    if (generation.get() == gen) {
                        finish(name + ": done", 1);
                        onDone.accept(result);
                    }
                });
            } catch (Throwable e) {
                ui.execute(() -> {
                    if (generation.get() == gen) {
                        finish(name + ": failed", 0);
                        onError.accept(e);
                    }
                });
            } finally {
                worker.compareAndSet(Thread.currentThread(), null);
            }
        }, "lambdasim-" + name.toLowerCase().replace(' ', '-'));
        t.setDaemon(true);
        worker.set(t);
        t.start();
    }

    private void finish(String msg, double fraction) {
        running.set(false);
        progress.set(fraction);
        message.set(msg);
    }

    /** Stops waiting for the current work at once; the work itself stops at its next progress report. */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        generation.incrementAndGet();
        Thread t = worker.getAndSet(null);
        if (t != null) {
            t.interrupt();
        }
        finish(what + ": cancelled", 0);
    }

    public void shutdown() {
        cancel();
    }
}
