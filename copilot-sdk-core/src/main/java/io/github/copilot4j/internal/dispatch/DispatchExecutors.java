package io.github.copilot4j.internal.dispatch;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The SDK's own executor for listeners and handlers when the user supplies none. */
public final class DispatchExecutors {

    private DispatchExecutors() {
    }

    /**
     * Virtual threads when the JVM has them (Java 21 and later), otherwise daemon threads that are reused while
     * busy and end after 30 idle seconds. Neither has a fixed size: handlers that block for a long time, such as a
     * permission request waiting for a person, never starve the delivery of other sessions' events.
     */
    public static ExecutorService newDefault() {
        try {
            Method factory = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
            return (ExecutorService) factory.invoke(null);
        } catch (ReflectiveOperationException e) {
            return newElasticPool();
        }
    }

    static ExecutorService newElasticPool() {
        AtomicInteger counter = new AtomicInteger();
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "copilot-dispatch-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }
}
