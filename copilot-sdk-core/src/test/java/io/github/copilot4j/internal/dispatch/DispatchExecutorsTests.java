package io.github.copilot4j.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class DispatchExecutorsTests {

    @Test
    void handlersBlockedForAPersonDoNotStarveOtherSessions() throws InterruptedException {
        for (ExecutorService executor : new ExecutorService[] {DispatchExecutors.newDefault(),
                DispatchExecutors.newElasticPool()}) {
            CountDownLatch person = new CountDownLatch(1);
            try {
                int blockedSessions = 64;
                CountDownLatch allBlocked = new CountDownLatch(blockedSessions);
                for (int i = 0; i < blockedSessions; i++) {
                    new SerialExecutor(executor, "blocked-" + i).execute(() -> {
                        allBlocked.countDown();
                        awaitQuietly(person);
                    });
                }
                assertThat(allBlocked.await(10, TimeUnit.SECONDS)).isTrue();

                CountDownLatch delivered = new CountDownLatch(1);
                new SerialExecutor(executor, "other").execute(delivered::countDown);

                assertThat(delivered.await(5, TimeUnit.SECONDS)).as("delivery to another session").isTrue();
            } finally {
                person.countDown();
                executor.shutdown();
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
