package io.github.copilot4j.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.CopilotTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnswersTests {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void completesWithTheCallbacksValueOffTheCallingThread() throws Exception {
        CompletableFuture<String> answer = Answers.run(executor, Duration.ofSeconds(5), "The test callback",
                () -> Thread.currentThread().getName());

        assertThat(answer.get(5, TimeUnit.SECONDS)).isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void aCallbackRunningPastTheTimeoutFailsNamingItAndIsInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);

        CompletableFuture<String> answer = Answers.run(executor, Duration.ofMillis(100), "The test callback", () -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "too late";
        });

        assertThatThrownBy(() -> answer.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(CopilotTimeoutException.class)
                .hasMessage("The test callback timed out after 100 ms");
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(executor.submit(() -> Thread.currentThread().isInterrupted()).get(5, TimeUnit.SECONDS))
                .as("the interrupt does not leak into the executor's next task").isFalse();
    }

    @Test
    void aCallbackThatHasNotStartedWhenTheTimeoutRunsOutNeverRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        executor.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        CountDownLatch ran = new CountDownLatch(1);

        CompletableFuture<String> answer = Answers.run(executor, Duration.ofMillis(50), "The queued callback", () -> {
            ran.countDown();
            return "ran";
        });
        assertThatThrownBy(() -> answer.get(5, TimeUnit.SECONDS)).cause()
                .isInstanceOf(CopilotTimeoutException.class);
        release.countDown();

        assertThat(ran.await(200, TimeUnit.MILLISECONDS)).isFalse();
    }

    @Test
    void aThrowingCallbackOrARejectingExecutorFailsTheAnswer() {
        CompletableFuture<String> thrown = Answers.run(executor, null, "The test callback", () -> {
            throw new IllegalStateException("handler failure in a test");
        });
        CompletableFuture<String> rejected = Answers.run(task -> {
            throw new RejectedExecutionException("shut down");
        }, Duration.ofSeconds(1), "The test callback", () -> "never");

        assertThatThrownBy(() -> thrown.get(5, TimeUnit.SECONDS)).cause()
                .isInstanceOf(IllegalStateException.class);
        assertThat(rejected).isCompletedExceptionally();
    }
}
