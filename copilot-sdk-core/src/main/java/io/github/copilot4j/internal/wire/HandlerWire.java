package io.github.copilot4j.internal.wire;

import io.github.copilot4j.command.CommandContext;
import io.github.copilot4j.event.ElicitationRequestedEvent;
import io.github.copilot4j.input.AutoModeSwitchRequest;
import io.github.copilot4j.input.AutoModeSwitchResponse;
import io.github.copilot4j.input.ElicitationRequest;
import io.github.copilot4j.input.ElicitationResult;
import io.github.copilot4j.input.ExitPlanModeRequest;
import io.github.copilot4j.input.ExitPlanModeResult;
import io.github.copilot4j.input.UserInputRequest;
import io.github.copilot4j.input.UserInputResponse;
import io.github.copilot4j.mcp.McpAuthRequest;
import io.github.copilot4j.mcp.McpAuthResult;
import java.util.Arrays;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts the CLI's questions to the application (user input, elicitation, plan mode, auto mode, slash commands,
 * MCP OAuth) into their public types, and the application's answers into wire form. Decoding throws
 * {@link IllegalArgumentException} naming the field when a value has the wrong JSON type.
 */
public final class HandlerWire {

    private HandlerWire() {
    }

    /** The params of {@code userInput.request}; {@code allowFreeform} defaults to true. */
    public static UserInputRequest userInputRequest(String sessionId, JsonNode params) {
        EventDataReader d = new EventDataReader(params, "params");
        return new UserInputRequest(sessionId, d.text("question"), d.texts("choices"), d.flag("allowFreeform", true));
    }

    /** The result of {@code userInput.request}. */
    public static ObjectNode userInputResponse(UserInputResponse response) {
        return WireJson.object().put("answer", response.answer()).put("wasFreeform", response.wasFreeform());
    }

    /** The params of {@code exitPlanMode.request}. */
    public static ExitPlanModeRequest exitPlanModeRequest(String sessionId, JsonNode params) {
        EventDataReader d = new EventDataReader(params, "params");
        return new ExitPlanModeRequest(sessionId, d.text("summary"), d.optionalText("planContent"),
                d.texts("actions"), d.text("recommendedAction"));
    }

    /** The result of {@code exitPlanMode.request}. */
    public static ObjectNode exitPlanModeResult(ExitPlanModeResult result) {
        ObjectNode node = WireJson.object().put("approved", result.approved());
        if (result.selectedAction() != null) {
            node.put("selectedAction", result.selectedAction());
        }
        if (result.feedback() != null) {
            node.put("feedback", result.feedback());
        }
        return node;
    }

    /** The params of {@code autoModeSwitch.request}. */
    public static AutoModeSwitchRequest autoModeSwitchRequest(String sessionId, JsonNode params) {
        EventDataReader d = new EventDataReader(params, "params");
        return new AutoModeSwitchRequest(sessionId, d.optionalText("errorCode"), d.optionalDouble("retryAfterSeconds"));
    }

    /** The result of {@code autoModeSwitch.request}. */
    public static ObjectNode autoModeSwitchResponse(AutoModeSwitchResponse response) {
        return WireJson.object().put("response", response.wireValue());
    }

    /** The request of an {@code elicitation.requested} event; an unknown mode becomes null. */
    public static ElicitationRequest elicitationRequest(String sessionId, ElicitationRequestedEvent event) {
        ElicitationRequest.Mode mode = Arrays.stream(ElicitationRequest.Mode.values())
                .filter(candidate -> candidate.wireValue().equals(event.mode()))
                .findFirst()
                .orElse(null);
        JsonNode schema = event.requestedSchema();
        return new ElicitationRequest(sessionId, event.message(), mode,
                schema instanceof ObjectNode object ? object : null, event.elicitationSource(), event.url());
    }

    /** The {@code result} of {@code session.ui.handlePendingElicitation}. */
    public static ObjectNode elicitationResult(ElicitationResult result) {
        ObjectNode node = WireJson.object().put("action", result.action().wireValue());
        if (result.content() != null) {
            node.set("content", result.content());
        }
        return node;
    }

    /** The request of a {@code command.execute} event's data, without its {@code requestId}. */
    public static CommandContext commandContext(String sessionId, JsonNode data) {
        EventDataReader d = new EventDataReader(data, "data");
        return new CommandContext(sessionId, d.text("command"), d.text("commandName"), d.text("args"));
    }

    /** The request of an {@code mcp.oauth_required} event's data. */
    public static McpAuthRequest mcpAuthRequest(String sessionId, JsonNode data) {
        EventDataReader d = new EventDataReader(data, "data");
        return new McpAuthRequest(sessionId, d.text("serverName"), d.text("serverUrl"), d.text("reason"),
                d.optionalObject("wwwAuthenticateParams", c -> new McpAuthRequest.Challenge(
                        c.optionalText("resourceMetadataUrl"), c.optionalText("scope"), c.optionalText("error"))),
                d.optionalText("resourceMetadata"),
                d.optionalObject("staticClientConfig", c -> new McpAuthRequest.StaticClient(c.text("clientId"),
                        c.optionalText("clientSecret"), c.optionalText("grantType"),
                        c.optionalBoolean("publicClient"))),
                data);
    }

    /** The {@code result} of {@code session.mcp.oauth.handlePendingRequest}. */
    public static ObjectNode mcpAuthResult(McpAuthResult result) {
        if (result instanceof McpAuthResult.Token token) {
            ObjectNode node = WireJson.object().put("kind", "token").put("accessToken", token.accessToken());
            if (token.tokenType() != null) {
                node.put("tokenType", token.tokenType());
            }
            if (token.expiresIn() != null) {
                node.put("expiresIn", token.expiresIn());
            }
            return node;
        }
        return WireJson.object().put("kind", "cancelled");
    }
}
