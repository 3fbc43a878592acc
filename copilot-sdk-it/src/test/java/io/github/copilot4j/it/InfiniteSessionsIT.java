package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.InfiniteSessionConfig;
import io.github.copilot4j.event.SessionCompactionCompleteEvent;
import io.github.copilot4j.event.SessionCompactionStartEvent;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelReply;
import io.github.copilot4j.testkit.ModelRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Infinite sessions: with a low background compaction threshold the CLI asks the model for a summary of the history
 * while a turn runs, reports it with {@code session.compaction_start} / {@code session.compaction_complete}, and the
 * next turns start from the summary. Infinite sessions (on by default) also give the session a workspace directory.
 * Observed with CLI 1.0.102: with {@code enabled: false} the CLI still compacts at thresholds it is given, which is
 * why {@link InfiniteSessionConfig} only takes thresholds for enabled infinite sessions.
 */
@CopilotTest
class InfiniteSessionsIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);
    /** How the CLI's compaction prompt begins. */
    private static final String COMPACTION_PROMPT = "Please create a detailed summary of the conversation so far.";
    private static final String SUMMARY = "<overview>The user asked for a story about DRAGON_KAEDRITH.</overview>\n"
            + "<history>Two chapters were told.</history>\n<checkpoint_title>Dragon story</checkpoint_title>";
    /** The CLI compacts only for a model whose context window it knows: one from the fake catalog. */
    private static final String MODEL = FakeModelServer.DEFAULT_MODEL;

    @Test
    void aLowThresholdCompactsTheHistoryIntoTheModelsSummary(CopilotClient client, FakeModelServer model)
            throws Exception {
        answerCompactionsWithTheSummary(model);
        CompletableFuture<SessionCompactionStartEvent> started = new CompletableFuture<>();
        CompletableFuture<SessionCompactionCompleteEvent> completed = new CompletableFuture<>();
        SessionConfig config = SessionConfig.builder()
                .model(MODEL)
                .infiniteSessions(new InfiniteSessionConfig(true, 0.005, 0.01))
                .onEvent(event -> {
                    if (event instanceof SessionCompactionStartEvent start) {
                        started.complete(start);
                    } else if (event instanceof SessionCompactionCompleteEvent complete) {
                        completed.complete(complete);
                    }
                })
                .build();

        try (CopilotSession session = client.createSession(config)) {
            assertThat(session.workspacePath()).hasValueSatisfying(path -> assertThat(path).isDirectory());
            session.sendAndWait("Tell me a story about a dragon.", TURN_TIMEOUT);
            session.sendAndWait("Continue the story.", TURN_TIMEOUT);

            SessionCompactionStartEvent start = started.get(30, TimeUnit.SECONDS);
            assertThat(start.trigger()).isEqualTo("threshold");
            assertThat(start.model()).isEqualTo(MODEL);
            assertThat(start.tokenLimit()).isEqualTo(128_000L);
            assertThat(start.currentTokens()).isPositive();
            SessionCompactionCompleteEvent complete = completed.get(30, TimeUnit.SECONDS);
            assertThat(complete.success()).isTrue();
            assertThat(complete.summaryContent()).isEqualTo(SUMMARY);
            assertThat(complete.messagesRemoved()).isPositive();

            session.sendAndWait("How does it end?", TURN_TIMEOUT);
        }

        List<ModelRequest> requests = model.chatRequests();
        assertThat(requests).filteredOn(InfiniteSessionsIT::isCompaction).isNotEmpty()
                .allSatisfy(request -> assertThat(request.messages()).extracting(ModelMessage::role)
                        .startsWith("system", "user"));
        ModelRequest last = requests.stream().filter(request -> request.lastUserMessage().equals("How does it end?"))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(last.messages().get(1).content())
                .startsWith("Some of the conversation history has been summarized to free up context.")
                .contains("<user_message>\nTell me a story about a dragon.\n</user_message>", SUMMARY);
    }

    @Test
    void sessionsHaveAWorkspaceUnderTheCopilotHomeUnlessInfiniteSessionsAreDisabled(CopilotClient client,
            CopilotTestEnvironment environment) {
        try (CopilotSession session = client.createSession(SessionConfig.builder().build())) {
            Path expected = environment.copilotHome().resolve("session-state").resolve(session.sessionId());
            assertThat(session.workspacePath()).contains(expected);
            assertThat(expected).isDirectory();
        }
        try (CopilotSession session = client.createSession(
                SessionConfig.builder().infiniteSessions(InfiniteSessionConfig.disabled()).build())) {
            assertThat(session.workspacePath()).isEmpty();
            assertThat(session.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("2");
        }
    }

    /** Long answers, so the history grows past the threshold; the summary for compaction requests. */
    private static void answerCompactionsWithTheSummary(FakeModelServer model) {
        model.respondWith(request -> isCompaction(request) ? ModelReply.text(SUMMARY)
                : ModelReply.text("Once upon a time a dragon named Kaedrith guarded a mountain. ".repeat(40)));
    }

    private static boolean isCompaction(ModelRequest request) {
        return request.lastUserMessage().startsWith(COMPACTION_PROMPT);
    }
}
