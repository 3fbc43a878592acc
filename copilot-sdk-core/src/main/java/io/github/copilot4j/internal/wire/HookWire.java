package io.github.copilot4j.internal.wire;

import io.github.copilot4j.hook.AgentStopInput;
import io.github.copilot4j.hook.AgentStopOutput;
import io.github.copilot4j.hook.ErrorOccurredInput;
import io.github.copilot4j.hook.ErrorOccurredOutput;
import io.github.copilot4j.hook.HookError;
import io.github.copilot4j.hook.HookOutput;
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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts the {@code input} of a {@code hooks.invoke} request to the typed hook inputs and hook outputs to the
 * request's {@code output}. Inputs are read leniently: an absent field gives null or a neutral default, and a field of
 * the wrong JSON type throws {@link IllegalArgumentException}. {@code cwd} becomes the working directory, the Unix
 * millisecond {@code timestamp} an {@link Instant}.
 */
public final class HookWire {

    private HookWire() {
    }

    /** The input of {@code preToolUse}. */
    public static PreToolUseInput preToolUseInput(JsonNode input) {
        EventDataReader in = reader(input);
        return new PreToolUseInput(in.text("sessionId"), timestamp(in), in.text("cwd"),
                in.text("toolName"), in.json("toolArgs"));
    }

    /** The input of {@code preMcpToolCall}; {@code _meta} becomes {@code meta}. */
    public static PreMcpToolCallInput preMcpToolCallInput(JsonNode input) {
        EventDataReader in = reader(input);
        return new PreMcpToolCallInput(in.text("sessionId"), timestamp(in), in.text("cwd"),
                in.optionalText("toolCallId"), in.text("serverName"), in.text("toolName"), in.json("arguments"),
                (ObjectNode) in.optionalObject("_meta"));
    }

    /** The input of {@code postToolUse}. */
    public static PostToolUseInput postToolUseInput(JsonNode input) {
        EventDataReader in = reader(input);
        HookToolResult result = in.optionalObject("toolResult", HookWire::readToolResult);
        return new PostToolUseInput(in.text("sessionId"), timestamp(in), in.text("cwd"),
                in.text("toolName"), in.json("toolArgs"), result != null ? result : HookToolResult.success(""));
    }

    /** The input of {@code postToolUseFailure}. */
    public static PostToolUseFailureInput postToolUseFailureInput(JsonNode input) {
        EventDataReader in = reader(input);
        HookError error = error(in, "error");
        return new PostToolUseFailureInput(in.text("sessionId"), timestamp(in), in.text("cwd"),
                in.text("toolName"), in.json("toolArgs"), error != null ? error.message() : "");
    }

    /** The input of {@code userPromptSubmitted}. */
    public static UserPromptSubmittedInput userPromptSubmittedInput(JsonNode input) {
        EventDataReader in = reader(input);
        return new UserPromptSubmittedInput(in.text("sessionId"), timestamp(in), in.text("cwd"), in.text("prompt"));
    }

    /** The input of {@code userPromptTransformed}. */
    public static UserPromptTransformedInput userPromptTransformedInput(JsonNode input) {
        EventDataReader in = reader(input);
        return new UserPromptTransformedInput(in.text("sessionId"), timestamp(in), in.text("cwd"),
                in.text("prompt"), in.text("transformedPrompt"));
    }

    /** The input of {@code sessionStart}. */
    public static SessionStartInput sessionStartInput(JsonNode input) {
        EventDataReader in = reader(input);
        return new SessionStartInput(in.text("sessionId"), timestamp(in), in.text("cwd"),
                in.text("source"), in.optionalText("initialPrompt"));
    }

    /** The input of {@code sessionEnd}; {@code error} may be an object or a string. */
    public static SessionEndInput sessionEndInput(JsonNode input) {
        EventDataReader in = reader(input);
        return new SessionEndInput(in.text("sessionId"), timestamp(in), in.text("cwd"),
                in.text("reason"), in.optionalText("finalMessage"), error(in, "error"));
    }

    /** The input of {@code errorOccurred}; {@code error} may be an object or a string. */
    public static ErrorOccurredInput errorOccurredInput(JsonNode input) {
        EventDataReader in = reader(input);
        HookError error = error(in, "error");
        return new ErrorOccurredInput(in.text("sessionId"), timestamp(in), in.text("cwd"),
                error != null ? error : new HookError("", null, null), in.text("errorContext"),
                in.flag("recoverable", false));
    }

    /** The input of {@code agentStop}; {@code stop_hook_active} becomes {@code stopHookActive}. */
    public static AgentStopInput agentStopInput(JsonNode input) {
        EventDataReader in = reader(input);
        return new AgentStopInput(in.text("sessionId"), timestamp(in), in.text("cwd"),
                in.optionalText("stopReason"), in.optionalText("transcriptPath"), in.flag("stop_hook_active", false));
    }

    /** The wire form of a hook's output; fields left null are omitted. */
    public static ObjectNode output(HookOutput output) {
        if (output instanceof PreToolUseOutput pre) {
            return new WireObject()
                    .str("permissionDecision", pre.permissionDecision(), PreToolUseOutput.Decision::wireValue)
                    .str("permissionDecisionReason", pre.permissionDecisionReason())
                    .node("modifiedArgs", pre.modifiedArgs())
                    .str("additionalContext", pre.additionalContext())
                    .bool("suppressOutput", pre.suppressOutput())
                    .node;
        }
        if (output instanceof PreMcpToolCallOutput mcp) {
            ObjectNode node = WireJson.object();
            switch (mcp.metaChange()) {
                case KEEP -> {
                }
                case DROP -> node.putNull("metaToUse");
                case REPLACE -> node.set("metaToUse", mcp.meta().deepCopy());
            }
            return node;
        }
        if (output instanceof PostToolUseOutput post) {
            return new WireObject()
                    .obj("modifiedResult", post.modifiedResult(), HookWire::toolResult)
                    .str("additionalContext", post.additionalContext())
                    .bool("suppressOutput", post.suppressOutput())
                    .node;
        }
        if (output instanceof PostToolUseFailureOutput failure) {
            return new WireObject().str("additionalContext", failure.additionalContext()).node;
        }
        if (output instanceof UserPromptSubmittedOutput submitted) {
            return new WireObject()
                    .str("modifiedPrompt", submitted.modifiedPrompt())
                    .str("additionalContext", submitted.additionalContext())
                    .bool("suppressOutput", submitted.suppressOutput())
                    .node;
        }
        if (output instanceof UserPromptTransformedOutput transformed) {
            return new WireObject().str("modifiedTransformedPrompt", transformed.modifiedTransformedPrompt()).node;
        }
        if (output instanceof SessionStartOutput start) {
            return new WireObject()
                    .str("additionalContext", start.additionalContext())
                    .node("modifiedConfig", start.modifiedConfig())
                    .node;
        }
        if (output instanceof SessionEndOutput end) {
            return new WireObject()
                    .bool("suppressOutput", end.suppressOutput())
                    .strings("cleanupActions", end.cleanupActions())
                    .str("sessionSummary", end.sessionSummary())
                    .node;
        }
        if (output instanceof ErrorOccurredOutput error) {
            return new WireObject()
                    .bool("suppressOutput", error.suppressOutput())
                    .str("errorHandling", error.errorHandling(), ErrorOccurredOutput.ErrorHandling::wireValue)
                    .num("retryCount", error.retryCount())
                    .str("userNotification", error.userNotification())
                    .node;
        }
        AgentStopOutput stop = (AgentStopOutput) output;
        return new WireObject()
                .str("decision", stop.block() ? "block" : null)
                .str("reason", stop.reason())
                .node;
    }

    private static EventDataReader reader(JsonNode input) {
        return new EventDataReader(input.isObject() ? input : WireJson.object(), "input");
    }

    private static Instant timestamp(EventDataReader in) {
        return Instant.ofEpochMilli(in.longValue("timestamp"));
    }

    /** An error sent as an object {@code {name?, message, stack?}} or, as the CLI's types declare, a string. */
    private static @Nullable HookError error(EventDataReader in, String name) {
        JsonNode value = in.json(name);
        if (value == null) {
            return null;
        }
        if (value.isString()) {
            return new HookError(value.stringValue(), null, null);
        }
        return in.optionalObject(name, error -> new HookError(error.text("message"), error.optionalText("name"),
                error.optionalText("stack")));
    }

    private static HookToolResult readToolResult(EventDataReader result) {
        return new HookToolResult(result.text("textResultForLlm"), result.text("resultType"),
                result.optionalText("error"), result.optionalText("sessionLog"), result.json("toolTelemetry"));
    }

    private static ObjectNode toolResult(HookToolResult result) {
        return new WireObject()
                .str("textResultForLlm", result.textResultForLlm())
                .str("resultType", result.resultType())
                .str("error", result.error())
                .str("sessionLog", result.sessionLog())
                .node("toolTelemetry", result.toolTelemetry())
                .node;
    }
}
