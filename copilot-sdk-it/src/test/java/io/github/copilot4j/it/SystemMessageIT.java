package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.SystemMessage;
import io.github.copilot4j.config.SystemMessage.Section;
import io.github.copilot4j.internal.rpc.JsonRpcConnection;
import io.github.copilot4j.internal.wire.WireJson;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelMessage;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** How the system message settings shape the system prompt the real CLI sends to the model. */
@CopilotTest
class SystemMessageIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);

    /** Text of the CLI's default prompt, one piece per section this test changes. */
    private static final String PREAMBLE_TEXT = "You are GitHub Copilot";
    private static final String TONE_HEADING = "# Tone and style";
    private static final String SAFETY_TEXT = "<prohibited_actions>";
    private static final String GUIDELINES_TEXT = "<tips_and_tricks>";
    private static final String CODE_CHANGE_RULES_TEXT = "<rules_for_code_changes>";
    private static final String ENVIRONMENT_TEXT = "* Current working directory:";

    @Test
    void appendedContentFollowsTheDefaultPrompt(CopilotClient client, FakeModelServer model) {
        String prompt = systemPrompt(client, model,
                SystemMessage.append("Always end answers with the word APPENDIX-MARKER."));

        assertThat(prompt).startsWith(PREAMBLE_TEXT).contains(SAFETY_TEXT)
                .contains("Always end answers with the word APPENDIX-MARKER.");
    }

    @Test
    void replacedContentIsTheWholeSystemPrompt(CopilotClient client, FakeModelServer model) {
        String prompt = systemPrompt(client, model, SystemMessage.replace("You are a calculator. Answer in digits."));

        assertThat(prompt).isEqualTo("You are a calculator. Answer in digits.");
    }

    @Test
    void customizedSectionsAreRemovedReplacedAndExtended(CopilotClient client, FakeModelServer model) {
        String defaultPrompt = systemPrompt(client, model, null);
        SystemMessage message = SystemMessage.customize()
                .remove(Section.SAFETY)
                .replace(Section.TONE, "TONE-REPLACEMENT: answer in one word.")
                .append(Section.GUIDELINES, "GUIDELINES-APPENDIX")
                .prepend(Section.CODE_CHANGE_RULES, "RULES-PREFACE")
                .content("EXTRA-INSTRUCTIONS")
                .build();

        String prompt = systemPrompt(client, model, message);

        assertThat(defaultPrompt).contains(SAFETY_TEXT, TONE_HEADING);
        assertThat(prompt).doesNotContain(SAFETY_TEXT).doesNotContain(TONE_HEADING)
                .contains("TONE-REPLACEMENT: answer in one word.", "EXTRA-INSTRUCTIONS", PREAMBLE_TEXT);
        assertThat(prompt.indexOf("GUIDELINES-APPENDIX")).isGreaterThan(prompt.indexOf(GUIDELINES_TEXT));
        assertThat(prompt.indexOf("RULES-PREFACE")).isLessThan(prompt.indexOf(CODE_CHANGE_RULES_TEXT))
                .isNotNegative();
    }

    @Test
    void transformCallbacksRewriteTheirSectionsAndEverySectionIsAnswered(
            CopilotClient client, FakeModelServer model) {
        String defaultPrompt = systemPrompt(client, model, null);
        Set<String> transformed = ConcurrentHashMap.newKeySet();
        SystemMessage message = SystemMessage.customize()
                .transform(Section.TONE, content -> {
                    transformed.add("tone");
                    return content + "\n* TONE-TRANSFORMED";
                })
                .transform(Section.ENVIRONMENT_CONTEXT, content -> {
                    transformed.add("environment_context");
                    throw new IllegalStateException("the transform failed in the test");
                })
                .build();

        String prompt;
        List<JsonNode> frames;
        try (RpcFrames recording = new RpcFrames()) {
            prompt = systemPrompt(client, model, message);
            frames = recording.frames();
        }

        assertThat(transformed).containsExactlyInAnyOrder("tone", "environment_context");
        int toneEnd = defaultPrompt.indexOf("\n", defaultPrompt.indexOf("* Be concise"));
        String expected = defaultPrompt.substring(0, toneEnd) + "\n* TONE-TRANSFORMED" + defaultPrompt.substring(toneEnd);
        assertThat(comparable(prompt)).isEqualTo(comparable(expected));

        List<JsonNode> requests = frames.stream()
                .filter(frame -> frame.path("method").asString("").equals("systemMessage.transform")).toList();
        assertThat(requests).flatExtracting(request -> request.path("params").path("sections").propertyNames())
                .containsExactlyInAnyOrder("tone", "environment_context");
        for (JsonNode request : requests) {
            JsonNode answer = frames.stream()
                    .filter(frame -> frame.has("result") && frame.path("id").equals(request.path("id")))
                    .findFirst().orElseThrow().path("result").path("sections");
            JsonNode sections = request.path("params").path("sections");
            assertThat(answer.propertyNames()).containsExactlyInAnyOrderElementsOf(sections.propertyNames());
            sections.properties().forEach(section -> {
                if (!section.getKey().equals("tone")) {
                    assertThat(answer.path(section.getKey())).as(section.getKey()).isEqualTo(section.getValue());
                }
            });
        }
    }

    /**
     * The prompt without what legitimately differs between two sessions: the session folder's id, and white space
     * (once a transform has answered a section, the CLI drops the line breaks between the section and its tags).
     */
    private static String comparable(String prompt) {
        return prompt.replaceAll("session-state/[0-9a-f-]+", "session-state/<id>").replaceAll("\\s+", "");
    }

    /** Runs one turn in a new session and returns the system prompt of its model request. */
    private static String systemPrompt(CopilotClient client, FakeModelServer model, SystemMessage message) {
        int before = model.chatRequests().size();
        try (CopilotSession session = client.createSession(SessionConfig.builder().systemMessage(message).build())) {
            session.sendAndWait("What is 1+1?", TURN_TIMEOUT);
        }
        List<ModelMessage> system = model.chatRequests().get(before).messages().stream()
                .filter(m -> m.role().equals("system")).toList();
        assertThat(system).hasSize(1);
        return system.get(0).content();
    }

    /**
     * Records the JSON-RPC frames the SDK exchanges while open, from its connection's TRACE log, without printing
     * them.
     */
    private static final class RpcFrames implements AutoCloseable {

        private final Logger logger = (Logger) LoggerFactory.getLogger(JsonRpcConnection.class);
        private final Level previousLevel = logger.getLevel();
        private final boolean previousAdditive = logger.isAdditive();
        private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

        RpcFrames() {
            appender.start();
            logger.addAppender(appender);
            logger.setAdditive(false);
            logger.setLevel(Level.TRACE);
        }

        /** Every frame sent or received so far, in order. */
        List<JsonNode> frames() {
            synchronized (appender) {
                return appender.list.stream()
                        .filter(event -> event.getMessage().equals("[{}] --> {}")
                                || event.getMessage().equals("[{}] <-- {}"))
                        .map(event -> WireJson.MAPPER.readTree(event.getArgumentArray()[1].toString()))
                        .toList();
            }
        }

        @Override
        public void close() {
            logger.setLevel(previousLevel);
            logger.setAdditive(previousAdditive);
            logger.detachAppender(appender);
            appender.stop();
        }
    }
}
