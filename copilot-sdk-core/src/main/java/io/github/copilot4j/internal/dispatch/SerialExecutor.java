package io.github.copilot4j.internal.dispatch;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in submission order, on a shared executor. Sessions each have one, so events of a
 * session are ordered while sessions never wait for one another. A task that throws is logged; the next task runs.
 */
public final class SerialExecutor implements Executor {

    private static final Logger log = LoggerFactory.getLogger(SerialExecutor.class);

    private final Executor executor;
    private final String name;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean draining;

    public SerialExecutor(Executor executor, String name) {
        this.executor = executor;
        this.name = name;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (tasks) {
            tasks.add(task);
            if (draining) {
                return;
            }
            draining = true;
        }
        schedule();
    }

    private void schedule() {
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            synchronized (tasks) {
                log.debug("{}: executor rejected delivery; dropping {} queued task(s)", name, tasks.size());
                tasks.clear();
                draining = false;
            }
        }
    }

    private void drain() {
        Runnable task;
        synchronized (tasks) {
            task = tasks.poll();
            if (task == null) {
                draining = false;
                return;
            }
        }
        try {
            task.run();
        } catch (Throwable t) {
            log.warn("{}: a listener or handler threw; delivery goes on", name, t);
        }
        boolean more;
        synchronized (tasks) {
            more = !tasks.isEmpty();
            if (!more) {
                draining = false;
            }
        }
        if (more) {
            schedule();
        }
    }
}
