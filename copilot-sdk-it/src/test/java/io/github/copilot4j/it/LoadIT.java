package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SendOptions;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.event.ToolExecutionCompleteEvent;
import io.github.copilot4j.event.UserMessageEvent;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelReply;
import io.github.copilot4j.testkit.ModelRequest;
import io.github.copilot4j.tool.ToolDefinition;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Many sessions at once on one client, every turn calling a tool: each session receives every event of its own
 * turns, in order (every parent id names an event the session received before), and the answer of its own tool;
 * nothing deadlocks; and repeated rounds do not grow the threads or file descriptors of the JVM. The first round
 * runs 100 sessions x 10 turns, the two after it 100 x 2, which a 2-core CI machine runs in about four minutes;
 * {@code -Dcopilot4j.load.sessions}, {@code -Dcopilot4j.load.turns} (the first round) and
 * {@code -Dcopilot4j.load.repeat-turns} (the others) change it.
 */
@CopilotTest
class LoadIT {

    private static final int SESSIONS = Integer.getInteger("copilot4j.load.sessions", 100);
    /** Turns per session in each round: the full load first, then repeats to compare threads and files. */
    private static final List<Integer> TURNS = List.of(Integer.getInteger("copilot4j.load.turns", 10),
            Integer.getInteger("copilot4j.load.repeat-turns", 2), Integer.getInteger("copilot4j.load.repeat-turns", 2));
    private static final int ROUNDS = TURNS.size();
    private static final Duration ROUND_LIMIT = Duration.ofMinutes(10);
    private static final Pattern PROMPT = Pattern.compile("session (\\d+) turn (\\d+)");

    @Test
    void everySessionGetsAllItsEventsInOrderAndRoundsLeaveNoThreadsOrFilesBehind(CopilotClient client,
            FakeModelServer model) throws Exception {
        model.respondWith(LoadIT::reply);
        List<Integer> threads = new ArrayList<>();
        List<Long> files = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            long start = System.nanoTime();
            int turns = TURNS.get(round - 1);
            runRound(client, round, turns);
            System.out.printf("Load round %d: %d sessions x %d turns with a tool call each in %d ms%n", round,
                    SESSIONS, turns, Duration.ofNanos(System.nanoTime() - start).toMillis());
            threads.add(ManagementFactory.getThreadMXBean().getThreadCount());
            files.add(openFiles());
        }
        System.out.printf("Threads after each round: %s; open files: %s%n", threads, files);

        assertThat(model.chatRequests()).hasSize(TURNS.stream().mapToInt(turns -> SESSIONS * turns * 2).sum());
        assertThat(threads.get(ROUNDS - 1)).as("threads after the last round").isLessThanOrEqualTo(threads.get(0) + 8);
        assertThat(files.get(ROUNDS - 1)).as("open files after the last round").isLessThanOrEqualTo(files.get(0) + 8);
        assertThat(client.sessions()).isEmpty();
    }

    private static void runRound(CopilotClient client, int round, int turns) throws Exception {
        List<SessionRun> runs = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            runs.add(new SessionRun(client, round * 1_000 + s, turns));
        }
        CompletableFuture.allOf(runs.stream().map(SessionRun::start).toArray(CompletableFuture[]::new))
                .get(ROUND_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        for (SessionRun run : runs) {
            run.verify();
            run.session.close();
        }
    }

    /** Asks for the tool in a user turn; answers with the tool's result once it is back. */
    private static ModelReply reply(ModelRequest request) {
        List<ModelMessage> messages = request.messages();
        ModelMessage last = messages.get(messages.size() - 1);
        if (last.role().equals("tool")) {
            return ModelReply.text("answer " + last.content());
        }
        Matcher prompt = PROMPT.matcher(request.lastUserMessage());
        if (!prompt.find()) {
            return ModelReply.text("unexpected prompt");
        }
        return ModelReply.toolCall("lookup", "{\"session\":" + prompt.group(1) + ",\"turn\":" + prompt.group(2) + "}");
    }

    private static long openFiles() throws IOException {
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            return descriptors.count();
        }
    }

    /** One session running its turns one after another, recording everything it receives. */
    private static final class SessionRun {

        private final int id;
        private final int turns;
        private final CopilotSession session;
        private final List<SessionEvent> events = new CopyOnWriteArrayList<>();
        private final List<String> answers = new CopyOnWriteArrayList<>();

        SessionRun(CopilotClient client, int id, int turns) {
            this.id = id;
            this.turns = turns;
            ToolDefinition lookup = ToolDefinition.of("lookup", "Looks up a session's turn", null, invocation -> {
                JsonNode arguments = invocation.arguments();
                return "s" + arguments.path("session").asInt() + "t" + arguments.path("turn").asInt();
            }).withSkipPermission(true);
            this.session = client.createSession(SessionConfig.builder().tools(List.of(lookup))
                    .onEvent(events::add).build());
        }

        CompletableFuture<Void> start() {
            CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
            for (int turn = 1; turn <= turns; turn++) {
                String prompt = "Look up session " + id + " turn " + turn + ".";
                all = all.thenCompose(previous -> session.sendAndWaitAsync(prompt, SendOptions.defaults(),
                        ROUND_LIMIT).thenAccept(this::record));
            }
            return all;
        }

        private void record(Optional<AssistantMessageEvent> answer) {
            answers.add(answer.map(AssistantMessageEvent::content).orElse("(none)"));
        }

        void verify() {
            List<String> expected = new ArrayList<>();
            for (int turn = 1; turn <= turns; turn++) {
                expected.add("answer s" + id + "t" + turn);
            }
            assertThat(answers).as("answers of session %d", id).isEqualTo(expected);
            // The CLI names parents it does not stream (a model call, say): a parent that did arrive came first.
            Set<String> all = new HashSet<>();
            events.forEach(event -> all.add(event.envelope().id()));
            assertThat(all).as("session %d: every event id is unique", id).hasSize(events.size());
            Set<String> seen = new HashSet<>();
            for (SessionEvent event : events) {
                String parent = event.envelope().parentId();
                assertThat(parent == null || !all.contains(parent) || seen.contains(parent))
                        .as("session %d: the parent of %s %s arrived before it", id, event.type(),
                                event.envelope().id())
                        .isTrue();
                seen.add(event.envelope().id());
            }
            List<String> milestones = new ArrayList<>();
            List<String> expectedMilestones = new ArrayList<>();
            for (SessionEvent event : events) {
                if (event instanceof UserMessageEvent message) {
                    milestones.add("user " + message.content());
                } else if (event instanceof ToolExecutionCompleteEvent complete) {
                    milestones.add("tool " + complete.success());
                } else if (event instanceof SessionIdleEvent) {
                    milestones.add("idle");
                }
            }
            for (int turn = 1; turn <= turns; turn++) {
                expectedMilestones.addAll(List.of("user Look up session " + id + " turn " + turn + ".", "tool true",
                        "idle"));
            }
            assertThat(milestones).as("the turns of session %d, in order", id).isEqualTo(expectedMilestones);
        }
    }
}
