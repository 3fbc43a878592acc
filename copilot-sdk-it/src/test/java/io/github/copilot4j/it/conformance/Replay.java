package io.github.copilot4j.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotClientOptions;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.ResumeSessionConfig;
import io.github.copilot4j.SendOptions;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.ModelRequest;
import io.github.copilot4j.testkit.ReplaySnapshot;
import io.github.copilot4j.testkit.ReplaySnapshot.Conversation;
import io.github.copilot4j.testkit.ReplaySnapshot.Message;
import io.github.copilot4j.testkit.ReplayingModelServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * What a scenario works with: the recording being replayed, the shared client of its category, and sessions and
 * clients that are closed when the scenario ends.
 */
final class Replay {

    /** How long a turn may take; replayed turns take about a second, a mismatch fails one at once. */
    static final Duration TURN_TIMEOUT = Duration.ofSeconds(30);

    private final String key;
    private final ReplaySnapshot recording;
    private final CategoryEnvironment category;
    private final List<CopilotSession> sessions = new ArrayList<>();
    private final List<CopilotClient> clients = new ArrayList<>();
    private final Map<String, Map<String, Integer>> promptsSent = new HashMap<>();

    Replay(String key, ReplaySnapshot recording, CategoryEnvironment category) {
        this.key = key;
        this.recording = recording;
        this.category = category;
    }

    /** The recording being replayed. */
    ReplaySnapshot recording() {
        return recording;
    }

    /** The recorded conversation {@code index}. */
    Conversation conversation(int index) {
        return recording.conversations().get(index);
    }

    /** The prompts of the first recorded conversation, in order; empty when nothing was recorded. */
    List<String> prompts() {
        return recording.conversations().isEmpty() ? List.of() : conversation(0).userPrompts();
    }

    /** The first prompt of the first recorded conversation. */
    String prompt() {
        return prompts().get(0);
    }

    /**
     * The model the recording was made with. The recording CLI defaulted to it; CLI 1.0.102 defaults to
     * {@code claude-sonnet-4}, which the recorded model catalog lacks, and then (for example) never compacts, so
     * scenarios whose outcome depends on the model's catalog entry pin this one.
     */
    String recordedModel() {
        return recording.models().get(0);
    }

    /** The final answer of the last recorded conversation that has one. */
    String finalAnswer() {
        List<Conversation> conversations = recording.conversations();
        for (int i = conversations.size() - 1; i >= 0; i--) {
            Optional<String> answer = conversations.get(i).finalAssistantContent();
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        throw new AssertionError(key + " records no final answer");
    }

    /** The client shared by the category. */
    CopilotClient client() {
        return category.client();
    }

    /** A started client of its own, with options adjusted by {@code options}; stopped when the scenario ends. */
    CopilotClient newClient(UnaryOperator<CopilotClientOptions.Builder> options) {
        CopilotTestEnvironment environment = environment();
        CopilotClient client = environment.newClient(options.apply(environment.clientOptions()).build());
        clients.add(client);
        client.start();
        return client;
    }

    /** A started client with {@code options} (for example one attaching to a CLI by URL); stopped at the end. */
    CopilotClient newClient(CopilotClientOptions options) {
        CopilotClient client = environment().newClient(options);
        clients.add(client);
        client.start();
        return client;
    }

    /** A session of the shared client; closed when the scenario ends. */
    CopilotSession createSession(SessionConfig config) {
        return createSession(client(), config);
    }

    /** A session of the shared client built from {@code config}; closed when the scenario ends. */
    CopilotSession createSession(SessionConfig.Builder config) {
        return createSession(client(), config.build());
    }

    /** A session of {@code client}; closed when the scenario ends. */
    CopilotSession createSession(CopilotClient client, SessionConfig config) {
        return track(client.createSession(config));
    }

    /** Resumes a session with {@code client}; closed when the scenario ends. */
    CopilotSession resumeSession(CopilotClient client, String sessionId, ResumeSessionConfig config) {
        return track(client.resumeSession(sessionId, config));
    }

    /** Resumes a session with {@code client} and the session options {@code config}. */
    CopilotSession resumeSession(CopilotClient client, String sessionId, SessionConfig config) {
        return resumeSession(client, sessionId, ResumeSessionConfig.of(config));
    }

    /** Resumes {@code open} on {@code client}, which has it open, with other options, as the upstream tests do. */
    CopilotSession resumeWhileOpen(CopilotClient client, CopilotSession open, SessionConfig config) {
        return resumeSession(client, open.sessionId(), config);
    }

    private CopilotSession track(CopilotSession session) {
        sessions.add(session);
        return session;
    }

    /**
     * Sends {@code prompt} and waits for the turn, asserting its final message is the one recorded after the prompt
     * (when the recording has one). Returns the final message's content, empty when there is none.
     */
    String turn(CopilotSession session, String prompt) {
        return turn(session, prompt, SendOptions.defaults());
    }

    /** {@link #turn(CopilotSession, String)} with send options. */
    String turn(CopilotSession session, String prompt, SendOptions options) {
        Optional<String> expected = recordedAnswer(session.sessionId(), prompt);
        Optional<AssistantMessageEvent> answer = session.sendAndWait(prompt, options, TURN_TIMEOUT);
        String content = answer.map(AssistantMessageEvent::content).orElse("");
        expected.ifPresent(text -> assertThat(content).as("the final answer to %s", prompt).isEqualTo(text));
        return content;
    }

    /** Sends {@code prompt} and waits for the turn, without expectations about the answer. */
    Optional<AssistantMessageEvent> send(CopilotSession session, String prompt) {
        countPrompt(session.sessionId(), prompt);
        return session.sendAndWait(prompt, SendOptions.defaults(), TURN_TIMEOUT);
    }

    /**
     * The recorded final answer to the {@code n}-th sending of {@code prompt} in a session: in the first conversation
     * where that prompt's turn ends with an assistant message without tool calls, that message's content.
     */
    private Optional<String> recordedAnswer(String sessionId, String prompt) {
        int occurrence = countPrompt(sessionId, prompt);
        for (Conversation conversation : recording.conversations()) {
            List<Message> messages = conversation.messages();
            int seen = -1;
            for (int i = 0; i < messages.size(); i++) {
                Message message = messages.get(i);
                if (!message.role().equals("user") || !prompt.equals(message.content()) || ++seen != occurrence) {
                    continue;
                }
                Message last = null;
                int j = i + 1;
                for (; j < messages.size() && !messages.get(j).role().equals("user"); j++) {
                    if (messages.get(j).role().equals("assistant")) {
                        last = messages.get(j);
                    }
                }
                boolean complete = last != null && last.toolCalls().isEmpty()
                        && (j == messages.size() || messages.get(j - 1) == last);
                if (complete) {
                    return Optional.of(last.content() == null ? "" : last.content());
                }
            }
        }
        return Optional.empty();
    }

    private int countPrompt(String sessionId, String prompt) {
        Map<String, Integer> counts = promptsSent.computeIfAbsent(sessionId, id -> new HashMap<>());
        int occurrence = counts.getOrDefault(prompt, 0);
        counts.put(prompt, occurrence + 1);
        return occurrence;
    }

    /** The category's test environment (directories, CLI, BYOK provider). */
    CopilotTestEnvironment environment() {
        return category.environment();
    }

    /** The replaying model server. */
    ReplayingModelServer server() {
        return category.server();
    }

    /** The model requests of this recording so far. */
    List<ModelRequest> chatRequests() {
        return server().chatRequests();
    }

    /** The CLI's working directory, which the recording spells {@code ${workdir}}; empty at the start. */
    Path workDirectory() {
        return environment().workDirectory();
    }

    /** Writes {@code content} to {@code name} below the work directory, creating parent directories. */
    Path writeFile(String name, String content) {
        Path file = workDirectory().resolve(name);
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the scenario's sessions and clients; problems are ignored, the next scenario starts clean anyway. */
    void release() {
        for (CopilotSession session : sessions) {
            try {
                session.disconnectAsync().get(5, TimeUnit.SECONDS);
            } catch (Exception | AssertionError e) {
                // the session or its client is already gone
            }
        }
        for (CopilotClient client : clients) {
            try {
                client.forceStop();
            } catch (RuntimeException e) {
                // already stopped
            }
        }
    }
}
