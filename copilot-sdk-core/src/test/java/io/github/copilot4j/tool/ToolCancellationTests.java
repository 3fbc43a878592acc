package io.github.copilot4j.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ToolCancellationTests {

    @Test
    void cancelRunsEachActionOnceAndCompletesTheFuture() {
        ToolCancellation cancellation = new ToolCancellation();
        List<String> ran = new CopyOnWriteArrayList<>();
        cancellation.onCancel(() -> ran.add("first"));
        CompletableFuture<Void> future = cancellation.asFuture();

        assertThat(cancellation.isCancelled()).isFalse();
        assertThat(cancellation.cancel()).isTrue();
        assertThat(cancellation.cancel()).isFalse();

        assertThat(cancellation.isCancelled()).isTrue();
        assertThat(ran).containsExactly("first");
        assertThat(future).isCompleted();
    }

    @Test
    void anActionAddedAfterCancellationRunsAtOnce() {
        ToolCancellation cancellation = new ToolCancellation();
        cancellation.cancel();
        List<String> ran = new CopyOnWriteArrayList<>();

        cancellation.onCancel(() -> ran.add("late"));

        assertThat(ran).containsExactly("late");
    }

    @Test
    void aFailingActionDoesNotStopTheOthers() {
        ToolCancellation cancellation = new ToolCancellation();
        List<String> ran = new CopyOnWriteArrayList<>();
        cancellation.onCancel(() -> {
            throw new IllegalStateException("boom");
        });
        cancellation.onCancel(() -> ran.add("second"));

        cancellation.cancel();

        assertThat(ran).containsExactly("second");
    }

    @Test
    void completingTheFutureDoesNotCancel() {
        ToolCancellation cancellation = new ToolCancellation();

        cancellation.asFuture().complete(null);

        assertThat(cancellation.isCancelled()).isFalse();
    }
}
