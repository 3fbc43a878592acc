package io.github.copilot4j.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.hook.AgentStopInput;
import io.github.copilot4j.hook.AgentStopOutput;
import io.github.copilot4j.hook.ErrorOccurredInput;
import io.github.copilot4j.hook.ErrorOccurredOutput;
import io.github.copilot4j.hook.HookError;
import io.github.copilot4j.hook.HookToolResult;
import io.github.copilot4j.hook.PostToolUseFailureInput;
import io.github.copilot4j.hook.PostToolUseFailureOutput;
import io.github.copilot4j.hook.PostToolUseInput;
import io.github.copilot4j.hook.PostToolUseOutput;
import io.github.copilot4j.hook.PreMcpToolCallInput;
import io.github.copilot4j.hook.PreMcpToolCallOutput;
import io.github.copilot4j.hook.PreToolUseInput;
import io.github.copilot4j.hook.PreToolUseOutput;
import io.github.copilot4j.hook.SessionEndInput;
import io.github.copilot4j.hook.SessionEndOutput;
import io.github.copilot4j.hook.SessionStartInput;
import io.github.copilot4j.hook.SessionStartOutput;
import io.github.copilot4j.hook.UserPromptSubmittedInput;
import io.github.copilot4j.hook.UserPromptSubmittedOutput;
import io.github.copilot4j.hook.UserPromptTransformedInput;
import io.github.copilot4j.hook.UserPromptTransformedOutput;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Hook inputs as CLI 1.0.102 sends them, and hook outputs in wire form. */
class HookWireTests {

    private static final String BASE =
            "\"sessionId\":\"s-1\",\"timestamp\":1795702378711,\"cwd\":\"/work/project\"";
    private static final Instant TIMESTAMP = Instant.ofEpochMilli(1795702378711L);

    @Test
    void preToolUseInput() {
        PreToolUseInput input = HookWire.preToolUseInput(json("""
                {%s,"toolName":"bash","toolArgs":{"command":"echo hi","description":"say hi"}}""".formatted(BASE)));

        assertThat(input.sessionId()).isEqualTo("s-1");
        assertThat(input.timestamp()).isEqualTo(TIMESTAMP);
        assertThat(input.workingDirectory()).isEqualTo("/work/project");
        assertThat(input.toolName()).isEqualTo("bash");
        assertThat(input.toolArgs()).isEqualTo(json("{\"command\":\"echo hi\",\"description\":\"say hi\"}"));
    }

    @Test
    void preMcpToolCallInputExposesMetaAndTheOptionalCallId() {
        PreMcpToolCallInput input = HookWire.preMcpToolCallInput(json("""
                {%s,"toolCallId":"call_7","serverName":"github","toolName":"get_me","arguments":{"verbose":true},
                 "_meta":{"progressToken":"p-1"}}""".formatted(BASE)));

        assertThat(input.toolCallId()).isEqualTo("call_7");
        assertThat(input.serverName()).isEqualTo("github");
        assertThat(input.toolName()).isEqualTo("get_me");
        assertThat(input.arguments()).isEqualTo(json("{\"verbose\":true}"));
        assertThat(input.meta()).isEqualTo(json("{\"progressToken\":\"p-1\"}"));

        PreMcpToolCallInput bare = HookWire.preMcpToolCallInput(json("""
                {%s,"serverName":"github","toolName":"get_me","arguments":{}}""".formatted(BASE)));
        assertThat(bare.toolCallId()).isNull();
        assertThat(bare.meta()).isNull();
    }

    @Test
    void postToolUseInputCarriesTheToolResult() {
        PostToolUseInput input = HookWire.postToolUseInput(json("""
                {%s,"toolName":"bash","toolArgs":{"command":"echo hi"},
                 "toolResult":{"textResultForLlm":"hi\\n<shellId: 0 completed with exit code 0>","resultType":"success",
                   "sessionLog":"hi","toolTelemetry":{"properties":{"executionMode":"sync"}},
                   "contents":[{"type":"shell_exit","shellId":"0","exitCode":0}]}}""".formatted(BASE)));

        assertThat(input.toolName()).isEqualTo("bash");
        assertThat(input.toolArgs().path("command").asString()).isEqualTo("echo hi");
        HookToolResult result = input.toolResult();
        assertThat(result.textResultForLlm()).isEqualTo("hi\n<shellId: 0 completed with exit code 0>");
        assertThat(result.resultType()).isEqualTo("success");
        assertThat(result.sessionLog()).isEqualTo("hi");
        assertThat(result.error()).isNull();
        assertThat(result.toolTelemetry()).isEqualTo(json("{\"properties\":{\"executionMode\":\"sync\"}}"));
    }

    @Test
    void postToolUseFailureInputTakesTheErrorMessage() {
        PostToolUseFailureInput input = HookWire.postToolUseFailureInput(json("""
                {%s,"toolName":"encrypt_string","toolArgs":{"input":"Hello"},"error":"key store locked"}"""
                .formatted(BASE)));

        assertThat(input.toolName()).isEqualTo("encrypt_string");
        assertThat(input.error()).isEqualTo("key store locked");
    }

    @Test
    void userPromptInputs() {
        UserPromptSubmittedInput submitted = HookWire.userPromptSubmittedInput(json("""
                {"sessionId":"s-1","prompt":"Run it.","timestamp":1795702378711,"cwd":"/work/project"}"""));
        UserPromptTransformedInput transformed = HookWire.userPromptTransformedInput(json("""
                {"sessionId":"s-1","prompt":"Run it.",
                 "transformedPrompt":"<current_datetime>2026-11-26T14:12:58.614+00:00</current_datetime>\\n\\nRun it.",
                 "timestamp":1795702378711,"cwd":"/work/project"}"""));

        assertThat(submitted.prompt()).isEqualTo("Run it.");
        assertThat(submitted.timestamp()).isEqualTo(TIMESTAMP);
        assertThat(transformed.prompt()).isEqualTo("Run it.");
        assertThat(transformed.transformedPrompt())
                .isEqualTo("<current_datetime>2026-11-26T14:12:58.614+00:00</current_datetime>\n\nRun it.");
    }

    @Test
    void sessionStartInput() {
        SessionStartInput input = HookWire.sessionStartInput(json("""
                {"source":"new","initialPrompt":"Run it.",%s}""".formatted(BASE)));

        assertThat(input.source()).isEqualTo("new");
        assertThat(input.initialPrompt()).isEqualTo("Run it.");
        assertThat(input.workingDirectory()).isEqualTo("/work/project");
    }

    @Test
    void sessionEndInputReadsTheObjectShapedError() {
        SessionEndInput ended = HookWire.sessionEndInput(json("""
                {"reason":"error","finalMessage":"Giving up.","error":{"message":"model unavailable"},%s}"""
                .formatted(BASE)));
        SessionEndInput exited = HookWire.sessionEndInput(json("{\"reason\":\"user_exit\",%s}".formatted(BASE)));

        assertThat(ended.reason()).isEqualTo("error");
        assertThat(ended.finalMessage()).isEqualTo("Giving up.");
        assertThat(ended.error()).isEqualTo(new HookError("model unavailable", null, null));
        assertThat(exited.reason()).isEqualTo("user_exit");
        assertThat(exited.error()).isNull();
    }

    @Test
    void errorOccurredInputReadsTheObjectShapedError() {
        ErrorOccurredInput input = HookWire.errorOccurredInput(json("""
                {"sessionId":"s-1","error":{"name":"Error","message":"{\\"message\\":\\"bad request\\"}",
                  "stack":"Error: bad request\\n   0: <unknown>"},
                 "errorContext":"model_call","recoverable":true,"timestamp":1795702378711,"cwd":"/work/project"}"""));

        assertThat(input.error()).isEqualTo(
                new HookError("{\"message\":\"bad request\"}", "Error", "Error: bad request\n   0: <unknown>"));
        assertThat(input.errorContext()).isEqualTo("model_call");
        assertThat(input.recoverable()).isTrue();
    }

    @Test
    void aStringErrorBecomesTheMessage() {
        ErrorOccurredInput input = HookWire.errorOccurredInput(json("""
                {%s,"error":"disk full","errorContext":"system","recoverable":false}""".formatted(BASE)));

        assertThat(input.error()).isEqualTo(new HookError("disk full", null, null));
        assertThat(input.recoverable()).isFalse();
    }

    @Test
    void agentStopInputRenamesStopHookActive() {
        AgentStopInput input = HookWire.agentStopInput(json("""
                {"sessionId":"s-1","transcriptPath":"/home/.copilot/session-state/s-1/events.jsonl",
                 "stopReason":"end_turn","stop_hook_active":true,"timestamp":1795702378711,"cwd":"/work/project"}"""));

        assertThat(input.stopReason()).isEqualTo("end_turn");
        assertThat(input.transcriptPath()).isEqualTo("/home/.copilot/session-state/s-1/events.jsonl");
        assertThat(input.stopHookActive()).isTrue();
    }

    @Test
    void absentFieldsGiveNeutralValues() {
        PreToolUseInput input = HookWire.preToolUseInput(json("{}"));

        assertThat(input.sessionId()).isEmpty();
        assertThat(input.timestamp()).isEqualTo(Instant.EPOCH);
        assertThat(input.workingDirectory()).isEmpty();
        assertThat(input.toolArgs()).isNull();
        assertThat(HookWire.agentStopInput(json("{}")).stopHookActive()).isFalse();
    }

    @Test
    void aFieldOfTheWrongTypeIsRejectedByName() {
        assertThatThrownBy(() -> HookWire.userPromptSubmittedInput(json("{\"prompt\":42}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("input.prompt must be a string but is NUMBER");
    }

    @Test
    void preToolUseOutputs() {
        assertThat(HookWire.output(PreToolUseOutput.allow())).isEqualTo(json("{\"permissionDecision\":\"allow\"}"));
        assertThat(HookWire.output(PreToolUseOutput.ask().withReason("Writes outside the project.")))
                .isEqualTo(json("""
                        {"permissionDecision":"ask","permissionDecisionReason":"Writes outside the project."}"""));
        assertThat(HookWire.output(PreToolUseOutput.deny("Not on Fridays.")
                .withAdditionalContext("Try again on Monday.")
                .withSuppressOutput(true)))
                .isEqualTo(json("""
                        {"permissionDecision":"deny","permissionDecisionReason":"Not on Fridays.",
                         "additionalContext":"Try again on Monday.","suppressOutput":true}"""));
        assertThat(HookWire.output(PreToolUseOutput.noDecision().withModifiedArgs(json("{\"command\":\"ls\"}"))))
                .isEqualTo(json("{\"modifiedArgs\":{\"command\":\"ls\"}}"));
    }

    @Test
    void preMcpToolCallOutputsDistinguishKeepingDroppingAndReplacingMeta() {
        assertThat(HookWire.output(PreMcpToolCallOutput.keepMeta())).isEqualTo(json("{}"));
        assertThat(HookWire.output(PreMcpToolCallOutput.dropMeta())).isEqualTo(json("{\"metaToUse\":null}"));
        assertThat(HookWire.output(PreMcpToolCallOutput.useMeta(WireJson.object().put("traceId", "t-1"))))
                .isEqualTo(json("{\"metaToUse\":{\"traceId\":\"t-1\"}}"));
    }

    @Test
    void postToolUseOutputs() {
        assertThat(HookWire.output(PostToolUseOutput.replaceResult(HookToolResult.failure("Timed out.", "timeout"))
                .withSuppressOutput(false)))
                .isEqualTo(json("""
                        {"modifiedResult":{"textResultForLlm":"Timed out.","resultType":"failure","error":"timeout"},
                         "suppressOutput":false}"""));
        assertThat(HookWire.output(PostToolUseOutput.addContext("The output is truncated.")))
                .isEqualTo(json("{\"additionalContext\":\"The output is truncated.\"}"));
        assertThat(HookWire.output(PostToolUseFailureOutput.addContext("Retry with a smaller input.")))
                .isEqualTo(json("{\"additionalContext\":\"Retry with a smaller input.\"}"));
    }

    @Test
    void promptOutputs() {
        assertThat(HookWire.output(UserPromptSubmittedOutput.modifyPrompt("What is 2+2?")
                .withAdditionalContext("Answer in digits.")))
                .isEqualTo(json("{\"modifiedPrompt\":\"What is 2+2?\",\"additionalContext\":\"Answer in digits.\"}"));
        assertThat(HookWire.output(UserPromptSubmittedOutput.addContext("Be brief.").withSuppressOutput(true)))
                .isEqualTo(json("{\"additionalContext\":\"Be brief.\",\"suppressOutput\":true}"));
        assertThat(HookWire.output(UserPromptTransformedOutput.modifyTransformedPrompt("Only this.")))
                .isEqualTo(json("{\"modifiedTransformedPrompt\":\"Only this.\"}"));
    }

    @Test
    void sessionOutputs() {
        assertThat(HookWire.output(SessionStartOutput.addContext("The user is on call.")
                .withModifiedConfig(WireJson.object().put("model", "gpt-5"))))
                .isEqualTo(json("{\"additionalContext\":\"The user is on call.\",\"modifiedConfig\":{\"model\":\"gpt-5\"}}"));
        assertThat(HookWire.output(new SessionEndOutput(true, List.of("rm -rf build"), "Fixed the build.")))
                .isEqualTo(json("""
                        {"suppressOutput":true,"cleanupActions":["rm -rf build"],"sessionSummary":"Fixed the build."}"""));
        assertThat(HookWire.output(SessionEndOutput.summary("Done."))).isEqualTo(json("{\"sessionSummary\":\"Done.\"}"));
    }

    @Test
    void errorOccurredOutputs() {
        assertThat(HookWire.output(ErrorOccurredOutput.retry(3)))
                .isEqualTo(json("{\"errorHandling\":\"retry\",\"retryCount\":3}"));
        assertThat(HookWire.output(ErrorOccurredOutput.skip().withUserNotification("Skipped a failing step.")))
                .isEqualTo(json("{\"errorHandling\":\"skip\",\"userNotification\":\"Skipped a failing step.\"}"));
        assertThat(HookWire.output(ErrorOccurredOutput.abort().withSuppressOutput(true)))
                .isEqualTo(json("{\"errorHandling\":\"abort\",\"suppressOutput\":true}"));
    }

    @Test
    void agentStopOutputs() {
        assertThat(HookWire.output(AgentStopOutput.block("Run the tests first.")))
                .isEqualTo(json("{\"decision\":\"block\",\"reason\":\"Run the tests first.\"}"));
        assertThat(HookWire.output(AgentStopOutput.allowStop())).isEqualTo(json("{}"));
    }

    private static JsonNode json(String text) {
        return WireJson.MAPPER.readTree(text);
    }
}
