package io.lambdasim.gui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs one piece of work at a time off the UI thread, with progress and cancel, and hands the outcome
 * back through {@code ui} (Platform::runLater in the app; a direct executor in view-model tests, which
 * run without the toolkit). Progress updates are coalesced: a simulation reporting a million times a
 * second posts at most one pending update to the UI queue, so the window never drowns in them.
 */
public final class BackgroundRunner {
    /** What the work sees: report progress, ask whether the user pressed Cancel. */
    public interface Progress {
        void update(double fraction, String message);

        boolean cancelled();
    }

    /** The work itself; throw {@link CancellationException} (or just return) when cancelled. */
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private final java.util.concurrent.Executor ui;
    private final ExecutorService workers = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lambdasim-background");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final AtomicReference<double[]> pendingFraction = new AtomicReference<>();
    private volatile String pendingMessage = "";
    private volatile Thread worker;

    public BackgroundRunner(java.util.concurrent.Executor ui) {
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
     * Starts {@code work}; exactly one of {@code onDone}, {@code onError} runs afterwards on the UI
     * executor, or neither if cancelled (then the message says so).
     */
    public <T> void start(String what, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        if (running.get()) {
            throw new IllegalStateException("already running: " + message.get());
        }
        cancel.set(false);
        running.set(true);
        progress.set(-1);
        message.set(what + "…");
        Progress p = new Progress() {
            @Override
            public void update(double fraction, String msg) {
                pendingMessage = msg;
                if (pendingFraction.getAndSet(new double[] {fraction}) == null) {
                    ui.execute(() -> {
                        double[] f = pendingFraction.getAndSet(null);
                        if (f != null && running.get()) {
                            progress.set(f[0]);
                            message.set(pendingMessage);
                        }
                    });
                }
            }

            @Override
            public boolean cancelled() {
                return cancel.get() || Thread.currentThread().isInterrupted();
            }
        };
        workers.execute(() -> {
            worker = Thread.currentThread();
            try {
                if (cancel.get()) {
                    throw new CancellationException();
                }
                T result = work.run(p);
                ui.execute(() -> {
                    finish(cancel.get() ? what + ": cancelled" : what + ": done", cancel.get() ? 0 : 1);
                    if (!cancel.get()) {
                        onDone.accept(result);
                    }
                });
            } catch (CancellationException | InterruptedException e) {
                ui.execute(() -> finish(what + ": cancelled", 0));
            } catch (Throwable e) {
                if (cancel.get()) {
                    // Interrupting I/O surfaces as ClosedByInterruptException and the like: still a cancel.
                    ui.execute(() -> finish(what + ": cancelled", 0));
                    return;
                }
                ui.execute(() -> {
                    finish(what + ": failed", 0);
                    onError.accept(e);
                });
            } finally {
                worker = null;
                Thread.interrupted();
            }
        });
    }

    private void finish(String msg, double fraction) {
        pendingFraction.set(null);
        running.set(false);
        progress.set(fraction);
        message.set(msg);
    }

    /** Asks the work to stop; the work checks {@link Progress#cancelled()} and is interrupted too. */
    public void cancel() {
        cancel.set(true);
        Thread t = worker;
        if (t != null) {
            t.interrupt();
        }
    }

    public void shutdown() {
        cancel();
        workers.shutdownNow();
    }
}
