package io.github.copilot4j.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.copilot4j.event.AbortEvent;
import io.github.copilot4j.event.AssistantIdleEvent;
import io.github.copilot4j.event.AssistantMessageDeltaEvent;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.AssistantReasoningDeltaEvent;
import io.github.copilot4j.event.AssistantReasoningEvent;
import io.github.copilot4j.event.AssistantTurnEndEvent;
import io.github.copilot4j.event.AssistantTurnStartEvent;
import io.github.copilot4j.event.AssistantUsageEvent;
import io.github.copilot4j.event.ElicitationCompletedEvent;
import io.github.copilot4j.event.ElicitationRequestedEvent;
import io.github.copilot4j.event.ExternalToolCompletedEvent;
import io.github.copilot4j.event.ExternalToolRequestedEvent;
import io.github.copilot4j.event.HookEndEvent;
import io.github.copilot4j.event.HookStartEvent;
import io.github.copilot4j.event.PermissionCompletedEvent;
import io.github.copilot4j.event.PermissionRequestedEvent;
import io.github.copilot4j.event.SessionCompactionCompleteEvent;
import io.github.copilot4j.event.SessionCompactionStartEvent;
import io.github.copilot4j.event.SessionErrorEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.event.SessionModelChangeEvent;
import io.github.copilot4j.event.SessionResumeEvent;
import io.github.copilot4j.event.SessionShutdownEvent;
import io.github.copilot4j.event.SessionStartEvent;
import io.github.copilot4j.event.SessionTitleChangedEvent;
import io.github.copilot4j.event.SessionUsageInfoEvent;
import io.github.copilot4j.event.ToolExecutionCompleteEvent;
import io.github.copilot4j.event.ToolExecutionPartialResultEvent;
import io.github.copilot4j.event.ToolExecutionProgressEvent;
import io.github.copilot4j.event.ToolExecutionStartEvent;
import io.github.copilot4j.event.UnknownSessionEvent;
import io.github.copilot4j.event.UserInputCompletedEvent;
import io.github.copilot4j.event.UserInputRequestedEvent;
import io.github.copilot4j.event.UserMessageEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class SessionEventDecoderTests {

    private static final String TIMESTAMP = "2026-11-26T12:41:30.003Z";

    /** One realistic {@code data} object per typed event; every permitted record must have one. */
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("session.start", """
                    {"sessionId":"5bd7aa87","version":1,"producer":"copilot-agent","copilotVersion":"1.0.102",
                     "startTime":"2026-11-26T12:41:29.964Z","selectedModel":"gpt-4.1","contextTier":null,
                     "context":{"cwd":"/work"},"remoteSteerable":false,"alreadyInUse":false}"""),
            Map.entry("session.resume", """
                    {"resumeTime":"2026-11-26T13:00:00.000Z","eventCount":42,"selectedModel":"gpt-4.1",
                     "context":{"cwd":"/work","branch":"main"},"continuePendingWork":true}"""),
            Map.entry("session.idle", """
                    {"mode":"interactive"}"""),
            Map.entry("session.error", """
                    {"errorType":"query","message":"Execution failed: boom","statusCode":500,
                     "providerCallId":"proxy-error"}"""),
            Map.entry("session.shutdown", """
                    {"shutdownType":"routine","totalApiDurationMs":1234,"sessionStartTime":1795696889964,
                     "currentModel":"gpt-4.1","currentTokens":5120,"conversationTokens":320,
                     "codeChanges":{"filesModified":["a.txt"],"linesAdded":3,"linesRemoved":1},
                     "modelMetrics":{"gpt-4.1":{"requests":{"count":2,"cost":0},"usage":{"inputTokens":100}}}}"""),
            Map.entry("session.title_changed", """
                    {"title":"What is 1+1?"}"""),
            Map.entry("session.usage_info", """
                    {"currentTokens":11000,"tokenLimit":128000,"messagesLength":2,"systemTokens":9000,
                     "conversationTokens":40,"toolDefinitionsTokens":1960,"isInitial":true}"""),
            Map.entry("session.compaction_start", """
                    {"trigger":"threshold","currentTokens":100000,"tokenLimit":128000,"model":"gpt-4.1"}"""),
            Map.entry("session.compaction_complete", """
                    {"success":true,"trigger":"threshold","preCompactionTokens":100000,"postCompactionTokens":20000,
                     "tokensRemoved":80000,"messagesRemoved":30,"summaryContent":"We talked.","checkpointNumber":1,
                     "checkpointPath":"/state/checkpoints/1.md"}"""),
            Map.entry("session.model_change", """
                    {"newModel":"gpt-4.1","previousModel":"claude-sonnet-4.5","source":"startup"}"""),
            Map.entry("user.message", """
                    {"content":"What is 1+1?","transformedContent":"<current_datetime>now</current_datetime> What is 1+1?",
                     "attachments":[{"type":"file","path":"/work/a.txt","displayName":"a.txt"}],"source":"user",
                     "agentMode":"interactive","delivery":"idle","interactionId":"e398eaf3"}"""),
            Map.entry("assistant.turn_start", """
                    {"turnId":"0","interactionId":"e398eaf3-c743-44c7-97b1-58a2a393ce0b"}"""),
            Map.entry("assistant.turn_end", """
                    {"turnId":"0"}"""),
            Map.entry("assistant.message", """
                    {"messageId":"86158bfe","content":"","model":"gpt-4.1","interactionId":"e398eaf3","turnId":"0",
                     "toolRequests":[{"toolCallId":"call_fake_1","name":"bash","type":"function",
                       "arguments":{"command":"echo hello-from-tool","description":"Echo a greeting"},
                       "intentionSummary":"Echo a greeting","toolTitle":"Shell"}]}"""),
            Map.entry("assistant.message_delta", """
                    {"messageId":"86158bfe-9909-462f-9adb-24e30886c357","deltaContent":"2"}"""),
            Map.entry("assistant.reasoning", """
                    {"reasoningId":"r-1","content":"The user wants a sum."}"""),
            Map.entry("assistant.reasoning_delta", """
                    {"reasoningId":"r-1","deltaContent":"The user"}"""),
            Map.entry("assistant.usage", """
                    {"model":"gpt-4.1","inputTokens":9000,"outputTokens":12,"cacheReadTokens":8000,
                     "cacheWriteTokens":0,"cost":1,"duration":812,"timeToFirstTokenMs":140.5,"apiCallId":"chatcmpl-1",
                     "initiator":"sub-agent","copilotUsage":{"totalNanoAiu":1500}}"""),
            Map.entry("assistant.idle", """
                    {}"""),
            Map.entry("abort", """
                    {"reason":"user_initiated"}"""),
            Map.entry("tool.execution_start", """
                    {"toolCallId":"call_fake_1","toolName":"bash","arguments":{"command":"echo hi"},"turnId":"0"}"""),
            Map.entry("tool.execution_partial_result", """
                    {"toolCallId":"call_fake_1","partialOutput":"hello-from-tool\\n"}"""),
            Map.entry("tool.execution_progress", """
                    {"toolCallId":"call_fake_1","progressMessage":"Indexing 3 of 10"}"""),
            Map.entry("tool.execution_complete", """
                    {"toolCallId":"call_fake_1","success":true,"model":"gpt-4.1",
                     "result":{"content":"hello-from-tool","detailedContent":"hello-from-tool\\n<exit 0>",
                       "contents":[{"type":"text","text":"hello-from-tool"}]},
                     "toolTelemetry":{"exitCode":0}}"""),
            Map.entry("external_tool.requested", """
                    {"requestId":"req-7","sessionId":"5bd7aa87","toolCallId":"toolcall_0","toolName":"encrypt_string",
                     "arguments":{"input":"Hello"},"workingDirectory":"/work",
                     "traceparent":"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01","tracestate":"vendor=1"}"""),
            Map.entry("external_tool.completed", """
                    {"requestId":"req-7"}"""),
            Map.entry("permission.requested", """
                    {"requestId":"perm-1","permissionRequest":{"kind":"custom-tool","toolCallId":"toolcall_0",
                     "toolName":"encrypt_string","toolDescription":"Encrypts a string","args":{"input":"Hello"}},
                     "promptRequest":{"kind":"custom-tool","toolName":"encrypt_string"}}"""),
            Map.entry("permission.completed", """
                    {"requestId":"perm-1","result":{"kind":"approve-once"},"toolCallId":"toolcall_0"}"""),
            Map.entry("hook.start", """
                    {"hookInvocationId":"h-1","hookType":"preToolUse","input":{"toolName":"bash","toolArgs":{}}}"""),
            Map.entry("hook.end", """
                    {"hookInvocationId":"h-1","hookType":"preToolUse","success":false,
                     "error":{"message":"hook crashed","source":"my-plugin","stack":"at hook"}}"""),
            Map.entry("user_input.requested", """
                    {"requestId":"in-1","question":"Which colour?","choices":["red","blue"],"toolCallId":"call_2"}"""),
            Map.entry("user_input.completed", """
                    {"requestId":"in-1","answer":"red","wasFreeform":false}"""),
            Map.entry("elicitation.requested", """
                    {"requestId":"el-1","message":"Pick a name","mode":"form","elicitationSource":"my-mcp",
                     "requestedSchema":{"type":"object","properties":{"name":{"type":"string"}},"required":["name"]}}"""),
            Map.entry("elicitation.completed", """
                    {"requestId":"el-1","action":"accept","content":{"name":"Ada"}}"""));

    @Test
    void everyPermittedEventTypeHasASampleThatDecodesToIt() throws ReflectiveOperationException {
        Set<String> covered = new HashSet<>();
        for (Class<?> permitted : SessionEvent.class.getPermittedSubclasses()) {
            if (permitted == UnknownSessionEvent.class) {
                continue;
            }
            String type = (String) permitted.getField("TYPE").get(null);
            String data = SAMPLES.get(type);
            if (data == null) {
                fail("no sample for " + type + " (" + permitted.getSimpleName() + ")");
            }
            SessionEvent event = decode(type, data);
            assertThat(event).as(type).isInstanceOf(permitted);
            assertThat(event.type()).isEqualTo(type);
            covered.add(type);
        }
        assertThat(covered).as("samples without a permitted record").containsExactlyInAnyOrderElementsOf(
                SAMPLES.keySet());
    }

    @Test
    void decodesSessionStartFromTheRecordedTranscript() {
        SessionEvent event = decodeJson("""
                {"type":"session.start","data":{"sessionId":"5bd7aa87-3aa1-4847-9113-3cda04895eaa","version":1,
                 "producer":"copilot-agent","copilotVersion":"1.0.102","startTime":"2026-11-26T12:41:29.964Z",
                 "selectedModel":"gpt-4.1","contextTier":null,"context":{"cwd":"/runs/warmbyok1/work"},
                 "remoteSteerable":false,"alreadyInUse":false},"id":"3b7587ef-1f5d-445e-b295-3df97c1928da",
                 "timestamp":"2026-11-26T12:41:30.003Z","parentId":null}""");

        assertThat(event).isInstanceOfSatisfying(SessionStartEvent.class, start -> {
            assertThat(start.sessionId()).isEqualTo("5bd7aa87-3aa1-4847-9113-3cda04895eaa");
            assertThat(start.version()).isEqualTo(1);
            assertThat(start.producer()).isEqualTo("copilot-agent");
            assertThat(start.copilotVersion()).isEqualTo("1.0.102");
            assertThat(start.startTime()).isEqualTo("2026-11-26T12:41:29.964Z");
            assertThat(start.selectedModel()).isEqualTo("gpt-4.1");
            assertThat(start.reasoningEffort()).isNull();
            assertThat(start.context()).isNotNull();
            assertThat(start.context().get("cwd").stringValue()).isEqualTo("/runs/warmbyok1/work");
            assertThat(start.alreadyInUse()).isFalse();
            assertThat(start.remoteSteerable()).isFalse();
        });
        assertThat(event.id()).isEqualTo("3b7587ef-1f5d-445e-b295-3df97c1928da");
        assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-11-26T12:41:30.003Z"));
        assertThat(event.parentId()).isNull();
        assertThat(event.ephemeral()).isFalse();
        assertThat(event.agentId()).isNull();
        assertThat(event.type()).isEqualTo("session.start");
    }

    @Test
    void readsTheEphemeralFlagParentIdAndAgentId() {
        SessionEvent event = decodeJson("""
                {"type":"session.title_changed","data":{"title":"What is 1+1?"},"ephemeral":true,
                 "id":"ba67b605-027d-4a4e-ad48-536719b1c244","timestamp":"2026-11-26T12:41:30.119Z",
                 "parentId":"3b7587ef-1f5d-445e-b295-3df97c1928da","agentId":"explore-1"}""");

        assertThat(event).isInstanceOfSatisfying(SessionTitleChangedEvent.class,
                title -> assertThat(title.title()).isEqualTo("What is 1+1?"));
        assertThat(event.ephemeral()).isTrue();
        assertThat(event.parentId()).isEqualTo("3b7587ef-1f5d-445e-b295-3df97c1928da");
        assertThat(event.agentId()).isEqualTo("explore-1");
        assertThat(event.envelope().id()).isEqualTo("ba67b605-027d-4a4e-ad48-536719b1c244");
    }

    @Test
    void toleratesAMissingOrMalformedEnvelope() {
        SessionEvent missing = decodeJson("""
                {"type":"assistant.turn_end","data":{"turnId":"3"},"ephemeral":"yes"}""");
        SessionEvent malformed = decodeJson("""
                {"type":"assistant.turn_end","data":{"turnId":"3"},"id":7,"timestamp":"yesterday","parentId":5}""");

        for (SessionEvent event : new SessionEvent[] {missing, malformed}) {
            assertThat(event).isInstanceOf(AssistantTurnEndEvent.class);
            assertThat(event.id()).isEmpty();
            assertThat(event.timestamp()).isEqualTo(Instant.EPOCH);
            assertThat(event.parentId()).isNull();
            assertThat(event.ephemeral()).isFalse();
        }
    }

    @Test
    void decodesAnAssistantMessageWithToolRequests() {
        AssistantMessageEvent message = decode(AssistantMessageEvent.class);

        assertThat(message.messageId()).isEqualTo("86158bfe");
        assertThat(message.content()).isEmpty();
        assertThat(message.model()).isEqualTo("gpt-4.1");
        assertThat(message.turnId()).isEqualTo("0");
        assertThat(message.parentToolCallId()).isNull();
        assertThat(message.outputTokens()).isNull();
        assertThat(message.toolRequests()).singleElement().satisfies(request -> {
            assertThat(request.toolCallId()).isEqualTo("call_fake_1");
            assertThat(request.name()).isEqualTo("bash");
            assertThat(request.type()).isEqualTo("function");
            assertThat(request.arguments()).isNotNull();
            assertThat(request.arguments().get("command").stringValue()).isEqualTo("echo hello-from-tool");
            assertThat(request.intentionSummary()).isEqualTo("Echo a greeting");
            assertThat(request.toolTitle()).isEqualTo("Shell");
            assertThat(request.mcpServerName()).isNull();
        });
        assertThatThrownBy(() -> message.toolRequests().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void decodesTheRecordedAssistantMessageWithoutToolRequests() {
        AssistantMessageEvent message = (AssistantMessageEvent) decodeJson("""
                {"type":"assistant.message","data":{"messageId":"86158bfe-9909-462f-9adb-24e30886c357",
                 "originatingMessageId":"35a7a70c","model":"gpt-4.1","content":"2","toolRequests":[],
                 "interactionId":"e398eaf3","turnId":"0","rte":false,"apiCallId":"chatcmpl-fake-1"},
                 "id":"c0d753de","timestamp":"2026-11-26T12:41:30.430Z","parentId":"f41cb87c"}""");

        assertThat(message.content()).isEqualTo("2");
        assertThat(message.toolRequests()).isEmpty();
        assertThat(message.interactionId()).isEqualTo("e398eaf3");
    }

    @Test
    void decodesStreamingDeltas() {
        AssistantMessageDeltaEvent delta = decode(AssistantMessageDeltaEvent.class);
        assertThat(delta.messageId()).isEqualTo("86158bfe-9909-462f-9adb-24e30886c357");
        assertThat(delta.deltaContent()).isEqualTo("2");
        assertThat(delta.parentToolCallId()).isNull();

        AssistantReasoningDeltaEvent reasoningDelta = decode(AssistantReasoningDeltaEvent.class);
        assertThat(reasoningDelta.reasoningId()).isEqualTo("r-1");
        assertThat(reasoningDelta.deltaContent()).isEqualTo("The user");

        AssistantReasoningEvent reasoning = decode(AssistantReasoningEvent.class);
        assertThat(reasoning.reasoningId()).isEqualTo("r-1");
        assertThat(reasoning.content()).isEqualTo("The user wants a sum.");
    }

    @Test
    void decodesTurnBoundariesAndIdleEvents() {
        AssistantTurnStartEvent start = decode(AssistantTurnStartEvent.class);
        assertThat(start.turnId()).isEqualTo("0");
        assertThat(start.interactionId()).isEqualTo("e398eaf3-c743-44c7-97b1-58a2a393ce0b");
        assertThat(start.model()).isNull();

        AssistantTurnEndEvent end = decode(AssistantTurnEndEvent.class);
        assertThat(end.turnId()).isEqualTo("0");

        assertThat(decode(AssistantIdleEvent.class).aborted()).isFalse();
        assertThat(decode(SessionIdleEvent.class).aborted()).isFalse();
        assertThat(((SessionIdleEvent) decode("session.idle", "{\"aborted\":true}")).aborted()).isTrue();
        assertThat(((AssistantIdleEvent) decode("assistant.idle", "{\"aborted\":true}")).aborted()).isTrue();
        assertThat(decode(AbortEvent.class).reason()).isEqualTo("user_initiated");
    }

    @Test
    void decodesSessionErrors() {
        SessionErrorEvent error = decode(SessionErrorEvent.class);
        assertThat(error.errorType()).isEqualTo("query");
        assertThat(error.message()).isEqualTo("Execution failed: boom");
        assertThat(error.statusCode()).isEqualTo(500);
        assertThat(error.providerCallId()).isEqualTo("proxy-error");
        assertThat(error.stack()).isNull();
        assertThat(error.errorCode()).isNull();
        assertThat(error.eligibleForAutoSwitch()).isFalse();

        SessionErrorEvent rateLimit = (SessionErrorEvent) decode("session.error", """
                {"errorType":"rate_limit","message":"Slow down","statusCode":429,"errorCode":"user_model_rate_limited",
                 "eligibleForAutoSwitch":true,"url":"https://example.com/limits","stack":"Error: at x"}""");
        assertThat(rateLimit.statusCode()).isEqualTo(429);
        assertThat(rateLimit.errorCode()).isEqualTo("user_model_rate_limited");
        assertThat(rateLimit.eligibleForAutoSwitch()).isTrue();
        assertThat(rateLimit.url()).isEqualTo("https://example.com/limits");
        assertThat(rateLimit.stack()).isEqualTo("Error: at x");
    }

    @Test
    void decodesSessionLifecycleEvents() {
        SessionResumeEvent resume = decode(SessionResumeEvent.class);
        assertThat(resume.eventCount()).isEqualTo(42);
        assertThat(resume.resumeTime()).isEqualTo("2026-11-26T13:00:00.000Z");
        assertThat(resume.context()).isNotNull();
        assertThat(resume.context().get("branch").stringValue()).isEqualTo("main");
        assertThat(resume.continuePendingWork()).isTrue();
        assertThat(resume.sessionWasActive()).isNull();

        SessionShutdownEvent shutdown = decode(SessionShutdownEvent.class);
        assertThat(shutdown.shutdownType()).isEqualTo("routine");
        assertThat(shutdown.errorReason()).isNull();
        assertThat(shutdown.totalApiDurationMs()).isEqualTo(1234);
        assertThat(shutdown.sessionStartTime()).isEqualTo(1795696889964L);
        assertThat(shutdown.currentModel()).isEqualTo("gpt-4.1");
        assertThat(shutdown.currentTokens()).isEqualTo(5120);
        assertThat(shutdown.conversationTokens()).isEqualTo(320);
        assertThat(shutdown.systemTokens()).isNull();
        assertThat(shutdown.codeChanges().get("linesAdded").intValue()).isEqualTo(3);
        assertThat(shutdown.modelMetrics().has("gpt-4.1")).isTrue();

        SessionModelChangeEvent modelChange = decode(SessionModelChangeEvent.class);
        assertThat(modelChange.newModel()).isEqualTo("gpt-4.1");
        assertThat(modelChange.previousModel()).isEqualTo("claude-sonnet-4.5");
        assertThat(modelChange.source()).isEqualTo("startup");
        assertThat(modelChange.cause()).isNull();
    }

    @Test
    void decodesUsageAndCompactionEvents() {
        SessionUsageInfoEvent info = decode(SessionUsageInfoEvent.class);
        assertThat(info.currentTokens()).isEqualTo(11000);
        assertThat(info.tokenLimit()).isEqualTo(128000);
        assertThat(info.messagesLength()).isEqualTo(2);
        assertThat(info.systemTokens()).isEqualTo(9000);
        assertThat(info.conversationTokens()).isEqualTo(40);
        assertThat(info.toolDefinitionsTokens()).isEqualTo(1960);
        assertThat(info.isInitial()).isTrue();

        AssistantUsageEvent usage = decode(AssistantUsageEvent.class);
        assertThat(usage.model()).isEqualTo("gpt-4.1");
        assertThat(usage.inputTokens()).isEqualTo(9000);
        assertThat(usage.outputTokens()).isEqualTo(12);
        assertThat(usage.cacheReadTokens()).isEqualTo(8000);
        assertThat(usage.cacheWriteTokens()).isZero();
        assertThat(usage.reasoningTokens()).isNull();
        assertThat(usage.cost()).isEqualTo(1.0);
        assertThat(usage.duration()).isEqualTo(812);
        assertThat(usage.timeToFirstTokenMs()).isEqualTo(140.5);
        assertThat(usage.interTokenLatencyMs()).isNull();
        assertThat(usage.apiCallId()).isEqualTo("chatcmpl-1");
        assertThat(usage.initiator()).isEqualTo("sub-agent");
        assertThat(usage.copilotUsage()).isNotNull();
        assertThat(usage.copilotUsage().get("totalNanoAiu").longValue()).isEqualTo(1500);

        SessionCompactionStartEvent compactionStart = decode(SessionCompactionStartEvent.class);
        assertThat(compactionStart.trigger()).isEqualTo("threshold");
        assertThat(compactionStart.currentTokens()).isEqualTo(100000);
        assertThat(compactionStart.tokenLimit()).isEqualTo(128000);
        assertThat(compactionStart.model()).isEqualTo("gpt-4.1");
        assertThat(compactionStart.systemTokens()).isNull();

        SessionCompactionCompleteEvent compaction = decode(SessionCompactionCompleteEvent.class);
        assertThat(compaction.success()).isTrue();
        assertThat(compaction.error()).isNull();
        assertThat(compaction.preCompactionTokens()).isEqualTo(100000);
        assertThat(compaction.postCompactionTokens()).isEqualTo(20000);
        assertThat(compaction.tokensRemoved()).isEqualTo(80000);
        assertThat(compaction.messagesRemoved()).isEqualTo(30);
        assertThat(compaction.summaryContent()).isEqualTo("We talked.");
        assertThat(compaction.checkpointNumber()).isEqualTo(1);
        assertThat(compaction.checkpointPath()).isEqualTo("/state/checkpoints/1.md");
    }

    @Test
    void decodesAUserMessageWithRawAttachments() {
        UserMessageEvent message = decode(UserMessageEvent.class);

        assertThat(message.content()).isEqualTo("What is 1+1?");
        assertThat(message.transformedContent()).startsWith("<current_datetime>");
        assertThat(message.source()).isEqualTo("user");
        assertThat(message.agentMode()).isEqualTo("interactive");
        assertThat(message.delivery()).isEqualTo("idle");
        assertThat(message.interactionId()).isEqualTo("e398eaf3");
        assertThat(message.turnId()).isNull();
        assertThat(message.attachments()).singleElement()
                .satisfies(attachment -> assertThat(attachment.get("path").stringValue()).isEqualTo("/work/a.txt"));
    }

    @Test
    void decodesToolExecutionEvents() {
        ToolExecutionStartEvent start = decode(ToolExecutionStartEvent.class);
        assertThat(start.toolCallId()).isEqualTo("call_fake_1");
        assertThat(start.toolName()).isEqualTo("bash");
        assertThat(start.arguments()).isNotNull();
        assertThat(start.arguments().get("command").stringValue()).isEqualTo("echo hi");
        assertThat(start.turnId()).isEqualTo("0");
        assertThat(start.mcpServerName()).isNull();

        ToolExecutionPartialResultEvent partial = decode(ToolExecutionPartialResultEvent.class);
        assertThat(partial.toolCallId()).isEqualTo("call_fake_1");
        assertThat(partial.partialOutput()).isEqualTo("hello-from-tool\n");

        ToolExecutionProgressEvent progress = decode(ToolExecutionProgressEvent.class);
        assertThat(progress.progressMessage()).isEqualTo("Indexing 3 of 10");

        ToolExecutionCompleteEvent complete = decode(ToolExecutionCompleteEvent.class);
        assertThat(complete.toolCallId()).isEqualTo("call_fake_1");
        assertThat(complete.success()).isTrue();
        assertThat(complete.error()).isNull();
        assertThat(complete.model()).isEqualTo("gpt-4.1");
        assertThat(complete.toolTelemetry()).isNotNull();
        assertThat(complete.result()).isNotNull().satisfies(result -> {
            assertThat(result.content()).isEqualTo("hello-from-tool");
            assertThat(result.detailedContent()).isEqualTo("hello-from-tool\n<exit 0>");
            assertThat(result.raw().get("contents").get(0).get("text").stringValue()).isEqualTo("hello-from-tool");
        });
    }

    @Test
    void decodesAFailedToolExecution() {
        ToolExecutionCompleteEvent failed = (ToolExecutionCompleteEvent) decode("tool.execution_complete", """
                {"toolCallId":"call_9","success":false,"error":{"message":"Permission denied","code":"denied"}}""");

        assertThat(failed.success()).isFalse();
        assertThat(failed.result()).isNull();
        assertThat(failed.error()).isEqualTo(new ToolExecutionCompleteEvent.ToolError("Permission denied", "denied"));
    }

    @Test
    void decodesExternalToolRequests() {
        ExternalToolRequestedEvent request = decode(ExternalToolRequestedEvent.class);
        assertThat(request.requestId()).isEqualTo("req-7");
        assertThat(request.sessionId()).isEqualTo("5bd7aa87");
        assertThat(request.toolCallId()).isEqualTo("toolcall_0");
        assertThat(request.toolName()).isEqualTo("encrypt_string");
        assertThat(request.arguments()).isNotNull();
        assertThat(request.arguments().get("input").stringValue()).isEqualTo("Hello");
        assertThat(request.workingDirectory()).isEqualTo("/work");
        assertThat(request.providerId()).isNull();
        assertThat(request.traceparent()).isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        assertThat(request.tracestate()).isEqualTo("vendor=1");

        assertThat(decode(ExternalToolCompletedEvent.class).requestId()).isEqualTo("req-7");
    }

    @Test
    void decodesPermissionEvents() {
        PermissionRequestedEvent request = decode(PermissionRequestedEvent.class);
        assertThat(request.requestId()).isEqualTo("perm-1");
        assertThat(request.kind()).isEqualTo("custom-tool");
        assertThat(request.permissionRequest().get("toolName").stringValue()).isEqualTo("encrypt_string");
        assertThat(request.promptRequest()).isNotNull();
        assertThat(request.resolvedByHook()).isFalse();

        PermissionRequestedEvent resolved = (PermissionRequestedEvent) decode("permission.requested", """
                {"requestId":"perm-2","permissionRequest":{"kind":"shell","fullCommandText":"ls"},
                 "resolvedByHook":true}""");
        assertThat(resolved.kind()).isEqualTo("shell");
        assertThat(resolved.resolvedByHook()).isTrue();
        assertThat(resolved.promptRequest()).isNull();

        PermissionRequestedEvent withoutKind = (PermissionRequestedEvent) decode("permission.requested", """
                {"requestId":"perm-3"}""");
        assertThat(withoutKind.kind()).isEmpty();
        assertThat(withoutKind.permissionRequest().isObject()).isTrue();

        PermissionCompletedEvent completed = decode(PermissionCompletedEvent.class);
        assertThat(completed.requestId()).isEqualTo("perm-1");
        assertThat(completed.result().get("kind").stringValue()).isEqualTo("approve-once");
        assertThat(completed.toolCallId()).isEqualTo("toolcall_0");
    }

    @Test
    void decodesHookEvents() {
        HookStartEvent start = decode(HookStartEvent.class);
        assertThat(start.hookInvocationId()).isEqualTo("h-1");
        assertThat(start.hookType()).isEqualTo("preToolUse");
        assertThat(start.input()).isNotNull();
        assertThat(start.input().get("toolName").stringValue()).isEqualTo("bash");

        HookEndEvent end = decode(HookEndEvent.class);
        assertThat(end.hookInvocationId()).isEqualTo("h-1");
        assertThat(end.success()).isFalse();
        assertThat(end.output()).isNull();
        assertThat(end.error()).isEqualTo(new HookEndEvent.HookError("hook crashed", "my-plugin", "at hook"));
    }

    @Test
    void decodesUserInputAndElicitationEvents() {
        UserInputRequestedEvent input = decode(UserInputRequestedEvent.class);
        assertThat(input.requestId()).isEqualTo("in-1");
        assertThat(input.question()).isEqualTo("Which colour?");
        assertThat(input.choices()).containsExactly("red", "blue");
        assertThat(input.allowFreeform()).as("defaults to true").isTrue();
        assertThat(input.toolCallId()).isEqualTo("call_2");
        UserInputRequestedEvent closed = (UserInputRequestedEvent) decode("user_input.requested", """
                {"requestId":"in-2","question":"Sure?","allowFreeform":false}""");
        assertThat(closed.allowFreeform()).isFalse();
        assertThat(closed.choices()).isEmpty();

        UserInputCompletedEvent answered = decode(UserInputCompletedEvent.class);
        assertThat(answered.answer()).isEqualTo("red");
        assertThat(answered.wasFreeform()).isFalse();

        ElicitationRequestedEvent elicitation = decode(ElicitationRequestedEvent.class);
        assertThat(elicitation.requestId()).isEqualTo("el-1");
        assertThat(elicitation.message()).isEqualTo("Pick a name");
        assertThat(elicitation.mode()).isEqualTo("form");
        assertThat(elicitation.elicitationSource()).isEqualTo("my-mcp");
        assertThat(elicitation.requestedSchema()).isNotNull();
        assertThat(elicitation.requestedSchema().get("required").get(0).stringValue()).isEqualTo("name");
        assertThat(elicitation.url()).isNull();

        ElicitationCompletedEvent completed = decode(ElicitationCompletedEvent.class);
        assertThat(completed.action()).isEqualTo("accept");
        assertThat(completed.content()).isNotNull();
        assertThat(completed.content().get("name").stringValue()).isEqualTo("Ada");
    }

    @Test
    void keepsAnUnknownTypeWithItsRawData() {
        SessionEvent event = decodeJson("""
                {"type":"model.turn_started","data":{"turn":1,"nested":{"a":[1,2]}},"ephemeral":true,
                 "id":"u-1","timestamp":"2026-11-26T12:41:30.100Z","parentId":"p-1"}""");

        assertThat(event).isInstanceOfSatisfying(UnknownSessionEvent.class, unknown -> {
            assertThat(unknown.type()).isEqualTo("model.turn_started");
            assertThat(unknown.data().get("nested").get("a").get(1).intValue()).isEqualTo(2);
        });
        assertThat(event.id()).isEqualTo("u-1");
        assertThat(event.ephemeral()).isTrue();
        assertThat(event.parentId()).isEqualTo("p-1");
    }

    @Test
    void givesUnknownEventsWithoutDataAnEmptyObject() {
        UnknownSessionEvent noData = (UnknownSessionEvent) decodeJson("""
                {"type":"session.background_tasks_changed","id":"x"}""");
        UnknownSessionEvent nullData = (UnknownSessionEvent) decodeJson("""
                {"type":"session.todos_changed","data":null,"id":"y"}""");

        assertThat(noData.data().isObject()).isTrue();
        assertThat(noData.data().isEmpty()).isTrue();
        assertThat(nullData.data().isObject()).isTrue();
    }

    @Test
    void decodesAKnownTypeWithoutDataUsingDefaults() {
        SessionEvent idle = decodeJson("""
                {"type":"session.idle","id":"i"}""");
        SessionEvent message = decodeJson("""
                {"type":"assistant.message","data":null,"id":"m"}""");

        assertThat(idle).isInstanceOfSatisfying(SessionIdleEvent.class,
                event -> assertThat(event.aborted()).isFalse());
        assertThat(message).isInstanceOfSatisfying(AssistantMessageEvent.class, event -> {
            assertThat(event.messageId()).isEmpty();
            assertThat(event.content()).isEmpty();
            assertThat(event.toolRequests()).isEmpty();
            assertThat(event.model()).isNull();
        });
    }

    @Test
    void fallsBackToUnknownWhenDataIsNotAnObject() {
        SessionEvent event = decode("assistant.message", "\"just text\"");

        assertThat(event).isInstanceOfSatisfying(UnknownSessionEvent.class, unknown -> {
            assertThat(unknown.type()).isEqualTo("assistant.message");
            assertThat(unknown.data().stringValue()).isEqualTo("just text");
        });
        assertThat(event.id()).isEqualTo("ev-1");
    }

    @Test
    void fallsBackToUnknownWhenAFieldHasTheWrongType() {
        String[][] cases = {
            {"assistant.message", "{\"messageId\":\"m\",\"content\":{\"text\":\"2\"}}"},
            {"assistant.message", "{\"messageId\":\"m\",\"content\":\"\",\"toolRequests\":[\"bash\"]}"},
            {"assistant.message", "{\"messageId\":\"m\",\"content\":\"\",\"toolRequests\":{\"name\":\"bash\"}}"},
            {"assistant.message", "{\"messageId\":\"m\",\"content\":\"\",\"toolRequests\":[{\"name\":7}]}"},
            {"session.error", "{\"errorType\":\"query\",\"message\":\"x\",\"statusCode\":\"500\"}"},
            {"session.error", "{\"errorType\":\"query\",\"message\":\"x\",\"statusCode\":1e12}"},
            {"session.idle", "{\"aborted\":\"yes\"}"},
            {"permission.requested", "{\"requestId\":\"p\",\"permissionRequest\":\"shell\"}"},
            {"tool.execution_complete", "{\"toolCallId\":\"t\",\"success\":true,\"result\":\"ok\"}"},
            {"user_input.requested", "{\"requestId\":\"r\",\"question\":\"q\",\"choices\":[1,2]}"},
        };
        for (String[] c : cases) {
            SessionEvent event = decode(c[0], c[1]);
            assertThat(event).as(c[1]).isInstanceOfSatisfying(UnknownSessionEvent.class, unknown -> {
                assertThat(unknown.type()).isEqualTo(c[0]);
                assertThat(unknown.data()).isEqualTo(WireJson.MAPPER.readTree(c[1]));
            });
        }
    }

    @Test
    void ignoresUnknownFieldsAtEveryLevel() {
        SessionEvent event = decodeJson("""
                {"type":"assistant.message","futureEnvelopeField":{"x":1},"id":"m","timestamp":"%s",
                 "data":{"messageId":"m1","content":"hi","futureDataField":[1,2,3],
                   "toolRequests":[{"toolCallId":"c1","name":"grep","futureToolField":true}]}}"""
                .formatted(TIMESTAMP));

        assertThat(event).isInstanceOfSatisfying(AssistantMessageEvent.class, message -> {
            assertThat(message.content()).isEqualTo("hi");
            assertThat(message.toolRequests()).singleElement()
                    .satisfies(request -> assertThat(request.name()).isEqualTo("grep"));
        });
    }

    @Test
    void readsJavaScriptNumbersLeniently() {
        AssistantUsageEvent usage = (AssistantUsageEvent) decode("assistant.usage", """
                {"model":"m","inputTokens":12.0,"duration":812.7,"cost":0.33}""");

        assertThat(usage.inputTokens()).isEqualTo(12);
        assertThat(usage.duration()).isEqualTo(812);
        assertThat(usage.cost()).isEqualTo(0.33);
    }

    @Test
    void neverThrowsOnAnEventThatIsNotAnObject() {
        SessionEvent event = SessionEventDecoder.decode(WireJson.MAPPER.readTree("[1,2]"));

        assertThat(event).isInstanceOfSatisfying(UnknownSessionEvent.class, unknown -> {
            assertThat(unknown.type()).isEmpty();
            assertThat(unknown.data().isEmpty()).isTrue();
        });
        assertThat(event.timestamp()).isEqualTo(Instant.EPOCH);
    }

    private static <T extends SessionEvent> T decode(Class<T> type) {
        try {
            String wireType = (String) type.getField("TYPE").get(null);
            return type.cast(decode(wireType, SAMPLES.get(wireType)));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void decodesNotificationFramesInOnePassAsTheTreeDecoderDoes() {
        List<String> events = new ArrayList<>();
        SAMPLES.forEach((type, data) -> events.add("{\"type\":\"" + type + "\",\"data\":" + data
                + ",\"id\":\"ev-1\",\"timestamp\":\"" + TIMESTAMP + "\",\"parentId\":\"ev-0\"}"));
        events.addAll(List.of(
                """
                {"type":"system.message","data":{"role":"system","content":"You are \\"helpful\\" \\u00e9"},
                 "ephemeral":true,"id":"s-1","timestamp":"2026-11-26T12:41:30.100Z","parentId":null}""",
                """
                {"data":{"content":"type after data"},"type":"assistant.message","id":"m-1","agentId":"sub"}""",
                """
                {"data":{"x":[1,{"y":null}]},"type":"model.snapshot","id":7,"timestamp":false,"extra":{"a":1}}""",
                """
                {"type":"session.todos_changed","data":null,"id":"y"}""",
                """
                {"type":"session.background_tasks_changed","id":"x","ephemeral":"yes"}""",
                """
                {"type":"assistant.message","data":"just text","id":"t"}""",
                """
                {"type":"future.event","data":[1,2,3]}""",
                """
                {"id":"no-type","data":{"k":"v"}}"""));

        for (String event : events) {
            SessionEvent expected = SessionEventDecoder.decode(WireJson.MAPPER.readTree(event));
            SessionEvent streamed = SessionEventDecoder.decodeNotification(notification(event));

            assertThat(streamed).as(event).isEqualTo(expected);
            assertThat(streamed.getClass()).as(event).isEqualTo(expected.getClass());
        }
    }

    @Test
    void leavesFramesOfAnotherShapeToTheCaller() {
        String event = "{\"type\":\"session.idle\",\"data\":{}}";
        List<String> frames = List.of(
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"session.event\",\"params\":{\"event\":" + event + "}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"session.other\",\"params\":{\"event\":" + event + "}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"session.event\",\"params\":[" + event + "]}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"session.event\",\"params\":{\"event\":\"idle\"}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"session.event\",\"params\":{\"sessionId\":\"s\"}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"session.event\",\"params\":{\"event\":" + event + "}} {}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"session.event\",\"params\":{\"event\":{\"type\":\"x\",\"data\":{]}}}",
                "[1]");

        for (String frame : frames) {
            assertThat(SessionEventDecoder.decodeNotification(frame.getBytes(StandardCharsets.UTF_8))).as(frame)
                    .isNull();
        }
    }

    private static byte[] notification(String event) {
        return ("{\"jsonrpc\":\"2.0\",\"method\":\"session.event\",\"params\":{\"sessionId\":\"s-1\",\"event\":"
                + event + "}}").getBytes(StandardCharsets.UTF_8);
    }

    private static SessionEvent decode(String type, String data) {
        ObjectNode event = WireJson.object();
        event.put("type", type);
        event.set("data", WireJson.MAPPER.readTree(data));
        event.put("id", "ev-1");
        event.put("timestamp", TIMESTAMP);
        event.put("parentId", "ev-0");
        return SessionEventDecoder.decode(event);
    }

    private static SessionEvent decodeJson(String json) {
        JsonNode event = WireJson.MAPPER.readTree(json);
        return SessionEventDecoder.decode(event);
    }
}
