package io.github.copilot4j.internal.dispatch;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The SDK's own executor for listeners and handlers when the user supplies none. */
public final class DispatchExecutors {

    private DispatchExecutors() {
    }

    /**
     * Virtual threads when the JVM has them (Java 21 and later), otherwise a bounded pool of daemon threads that
     * shrinks when idle.
     */
    public static ExecutorService newDefault() {
        try {
            Method factory = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
            return (ExecutorService) factory.invoke(null);
        } catch (ReflectiveOperationException e) {
            return newBoundedPool(Math.max(8, Runtime.getRuntime().availableProcessors() * 4));
        }
    }

    static ExecutorService newBoundedPool(int threads) {
        AtomicInteger counter = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "copilot-dispatch-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
