package io.github.copilot4j.internal.dispatch;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in submission order, on a shared executor. Sessions each have one, so events of a
 * session are ordered while sessions never wait for one another. A task that throws is logged; the next task runs.
 *
 * <p>Submitting never blocks: tasks go to a lock-free queue, and only the submission that finds the queue idle hands a
 * drain to the executor. A drain runs up to {@value #BATCH} tasks on its thread, then gives the thread back and
 * schedules itself again if more are waiting, so a busy session does not hold a shared pool thread for long.
 */
public final class SerialExecutor implements Executor {

    /** The most tasks one drain runs before it yields its thread to other work. */
    static final int BATCH = 256;

    private static final Logger log = LoggerFactory.getLogger(SerialExecutor.class);

    private final Executor executor;
    private final String name;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    /** True from the submission that schedules a drain until that drain has found the queue empty. */
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public SerialExecutor(Executor executor, String name) {
        this.executor = executor;
        this.name = name;
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        if (scheduled.compareAndSet(false, true)) {
            schedule();
        }
    }

    private void schedule() {
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            log.debug("{}: executor rejected delivery; dropping {} queued task(s)", name, tasks.size());
            tasks.clear();
            scheduled.set(false);
        }
    }

    private void drain() {
        Runnable task;
        for (int ran = 0; ran < BATCH && (task = tasks.poll()) != null; ran++) {
            try {
                task.run();
            } catch (Throwable t) {
                log.warn("{}: a listener or handler threw; delivery goes on", name, t);
            }
        }
        scheduled.set(false);
        // A task submitted after the last poll found the drain still scheduled and left it to this drain.
        if (!tasks.isEmpty() && scheduled.compareAndSet(false, true)) {
            schedule();
        }
    }
}
