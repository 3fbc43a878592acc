package io.github.copilot4j.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class SerialExecutorTests {

    /** An executor that runs nothing until told to, so the test decides when each drain runs. */
    private static final class ManualExecutor implements Executor {

        final Queue<Runnable> pending = new ArrayDeque<>();
        boolean rejecting;

        @Override
        public void execute(Runnable command) {
            if (rejecting) {
                throw new RejectedExecutionException("shut down");
            }
            pending.add(command);
        }

        void runAll() {
            Runnable next;
            while ((next = pending.poll()) != null) {
                next.run();
            }
        }
    }

    @Test
    void runsTasksOneAtATimeInSubmissionOrderOnAPool() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            SerialExecutor serial = new SerialExecutor(pool, "test");
            List<Integer> order = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger running = new AtomicInteger();
            AtomicInteger mostAtOnce = new AtomicInteger();
            int count = 20_000;
            CountDownLatch done = new CountDownLatch(count);
            for (int i = 0; i < count; i++) {
                int value = i;
                serial.execute(() -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    order.add(value);
                    running.decrementAndGet();
                    done.countDown();
                });
            }

            assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(mostAtOnce.get()).isEqualTo(1);
            assertThat(order).hasSize(count).isSorted();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keepsEveryTaskOfManySubmittersWhileDraining() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        ExecutorService submitters = Executors.newFixedThreadPool(4);
        try {
            SerialExecutor serial = new SerialExecutor(pool, "test");
            int perSubmitter = 10_000;
            CountDownLatch done = new CountDownLatch(4 * perSubmitter);
            List<List<Integer>> seen = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                List<Integer> ofSubmitter = new ArrayList<>();
                seen.add(ofSubmitter);
                submitters.execute(() -> {
                    for (int i = 0; i < perSubmitter; i++) {
                        int value = i;
                        serial.execute(() -> {
                            ofSubmitter.add(value);
                            done.countDown();
                        });
                    }
                });
            }

            assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
            // Tasks run one at a time (the lists are not synchronised) and each submitter's tasks in its order.
            seen.forEach(values -> assertThat(values).hasSize(perSubmitter).isSorted());
        } finally {
            submitters.shutdownNow();
            pool.shutdownNow();
        }
    }

    @Test
    void goesOnAfterATaskThrows() {
        ManualExecutor executor = new ManualExecutor();
        SerialExecutor serial = new SerialExecutor(executor, "test");
        List<String> ran = new ArrayList<>();

        serial.execute(() -> {
            throw new IllegalStateException("listener bug");
        });
        serial.execute(() -> ran.add("next"));
        executor.runAll();

        assertThat(ran).containsExactly("next");
    }

    @Test
    void schedulesOneDrainForTasksSubmittedWhileItIsPending() {
        ManualExecutor executor = new ManualExecutor();
        SerialExecutor serial = new SerialExecutor(executor, "test");

        serial.execute(() -> { });
        serial.execute(() -> { });
        serial.execute(() -> { });

        assertThat(executor.pending).hasSize(1);
    }

    @Test
    void givesItsThreadBackAfterABatchAndGoesOnInANewDrain() {
        ManualExecutor executor = new ManualExecutor();
        SerialExecutor serial = new SerialExecutor(executor, "test");
        List<Integer> ran = new ArrayList<>();
        for (int i = 0; i < SerialExecutor.BATCH + 10; i++) {
            int value = i;
            serial.execute(() -> ran.add(value));
        }

        executor.pending.poll().run();

        assertThat(ran).hasSize(SerialExecutor.BATCH);
        assertThat(executor.pending).hasSize(1);
        executor.runAll();
        assertThat(ran).hasSize(SerialExecutor.BATCH + 10).isSorted();
    }

    @Test
    void dropsTheQueuedTasksWhenTheExecutorRejectsAndAcceptsNewOnesLater() {
        ManualExecutor executor = new ManualExecutor();
        SerialExecutor serial = new SerialExecutor(executor, "test");
        List<String> ran = new ArrayList<>();
        executor.rejecting = true;

        serial.execute(() -> ran.add("dropped"));
        executor.rejecting = false;
        serial.execute(() -> ran.add("later"));
        executor.runAll();

        assertThat(ran).containsExactly("later");
    }
}
