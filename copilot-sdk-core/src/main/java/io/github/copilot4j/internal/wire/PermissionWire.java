package io.github.copilot4j.internal.wire;

import io.github.copilot4j.permission.CustomToolPermissionRequest;
import io.github.copilot4j.permission.ExtensionCapabilityPermissionRequest;
import io.github.copilot4j.permission.ExtensionEnvironmentPermissionRequest;
import io.github.copilot4j.permission.ExtensionManagementPermissionRequest;
import io.github.copilot4j.permission.FactoryPermissionRequest;
import io.github.copilot4j.permission.HookPermissionRequest;
import io.github.copilot4j.permission.McpPermissionRequest;
import io.github.copilot4j.permission.MemoryPermissionRequest;
import io.github.copilot4j.permission.PermissionApproval;
import io.github.copilot4j.permission.PermissionDecision;
import io.github.copilot4j.permission.PermissionDecisionContext;
import io.github.copilot4j.permission.PermissionRequest;
import io.github.copilot4j.permission.ReadPermissionRequest;
import io.github.copilot4j.permission.ShellPermissionRequest;
import io.github.copilot4j.permission.UnknownPermissionRequest;
import io.github.copilot4j.permission.UrlPermissionRequest;
import io.github.copilot4j.permission.WritePermissionRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Converts the CLI's {@code permissionRequest} objects to {@link PermissionRequest}s and decisions to wire form. */
public final class PermissionWire {

    private static final Logger LOG = LoggerFactory.getLogger(PermissionWire.class);

    private PermissionWire() {
    }

    /**
     * The typed form of a {@code permissionRequest} object: the record of its kind, or an
     * {@link UnknownPermissionRequest} when the kind is unknown or a field has the wrong JSON type.
     */
    public static PermissionRequest request(JsonNode json) {
        EventDataReader d = new EventDataReader(json, "permissionRequest");
        String kind = json.path("kind").isString() ? json.get("kind").stringValue() : "";
        try {
            PermissionRequest typed = typed(kind, d);
            if (typed != null) {
                return typed;
            }
        } catch (IllegalArgumentException e) {
            LOG.debug("Permission request of kind {} does not match its schema: {}", kind, e.getMessage());
        }
        return new UnknownPermissionRequest(kind, textOrNull(json, "toolCallId"), json);
    }

    private static @Nullable PermissionRequest typed(String kind, EventDataReader d) {
        String toolCallId = d.optionalText("toolCallId");
        JsonNode raw = d.node();
        switch (kind) {
            case ShellPermissionRequest.KIND:
                return new ShellPermissionRequest(toolCallId, d.text("fullCommandText"), d.text("intention"),
                        d.objects("commands", c -> new ShellPermissionRequest.Command(c.text("identifier"),
                                c.flag("readOnly", false))),
                        d.texts("possiblePaths"), d.objects("possibleUrls", u -> u.text("url")),
                        d.flag("hasWriteFileRedirection", false), d.flag("canOfferSessionApproval", false),
                        d.optionalText("warning"), raw);
            case WritePermissionRequest.KIND:
                return new WritePermissionRequest(toolCallId, d.text("fileName"), d.text("diff"),
                        d.text("intention"), d.optionalText("newFileContents"),
                        d.flag("canOfferSessionApproval", false), raw);
            case ReadPermissionRequest.KIND:
                return new ReadPermissionRequest(toolCallId, d.text("path"), d.text("intention"), raw);
            case McpPermissionRequest.KIND:
                return new McpPermissionRequest(toolCallId, d.text("serverName"), d.text("toolName"),
                        d.text("toolTitle"), d.flag("readOnly", false), d.json("args"),
                        "approve".equals(d.optionalText("permissionRecommendation")), raw);
            case UrlPermissionRequest.KIND:
                return new UrlPermissionRequest(toolCallId, d.text("url"), d.text("intention"),
                        d.optionalText("redirectedFrom"), raw);
            case MemoryPermissionRequest.KIND:
                return new MemoryPermissionRequest(toolCallId, d.optionalText("action"), d.text("fact"),
                        d.optionalText("subject"), d.optionalText("citations"), d.optionalText("scope"),
                        d.optionalText("repoNwo"), d.optionalText("direction"), d.optionalText("reason"), raw);
            case CustomToolPermissionRequest.KIND:
                return new CustomToolPermissionRequest(toolCallId, d.text("toolName"), d.text("toolDescription"),
                        d.json("args"), raw);
            case HookPermissionRequest.KIND:
                return new HookPermissionRequest(toolCallId, d.text("toolName"), d.json("toolArgs"),
                        d.optionalText("hookMessage"), raw);
            case ExtensionManagementPermissionRequest.KIND:
                return new ExtensionManagementPermissionRequest(toolCallId, d.optionalText("extensionName"),
                        d.text("operation"), raw);
            case FactoryPermissionRequest.KIND:
                return new FactoryPermissionRequest(toolCallId, d.text("name"), d.text("description"),
                        d.text("operation"), d.text("approvalKey"), d.flag("canPersistApproval", false),
                        d.objects("phases", p -> new FactoryPermissionRequest.Phase(p.text("title"),
                                p.optionalText("detail"))),
                        raw);
            case ExtensionCapabilityPermissionRequest.KIND:
                return new ExtensionCapabilityPermissionRequest(toolCallId, d.text("extensionName"),
                        d.texts("capabilities"), raw);
            case ExtensionEnvironmentPermissionRequest.KIND:
                return new ExtensionEnvironmentPermissionRequest(toolCallId, d.text("extensionName"),
                        d.texts("environmentVariables"), raw);
            default:
                return null;
        }
    }

    /**
     * The {@code result} of {@code session.permissions.handlePendingPermissionRequest}; for an
     * {@link PermissionDecision.Attributed} decision, that of the decision it carries.
     */
    public static ObjectNode decision(PermissionDecision decision) {
        if (decision instanceof PermissionDecision.Attributed attributed) {
            return decision(attributed.decision());
        }
        if (decision instanceof PermissionDecision.NoResult) {
            throw new IllegalArgumentException("no-result is never sent to the CLI");
        }
        ObjectNode result = WireJson.object().put("kind", decision.kind());
        if (decision instanceof PermissionDecision.ApproveOnce once && once.approvedInteractively()) {
            result.put("approvedInteractively", true);
        } else if (decision instanceof PermissionDecision.ApproveForSession session) {
            if (session.approval() != null) {
                result.set("approval", approval(session.approval()));
            }
            if (session.domain() != null) {
                result.put("domain", session.domain());
            }
        } else if (decision instanceof PermissionDecision.ApproveForLocation location) {
            result.set("approval", approval(location.approval()));
            result.put("locationKey", location.locationKey());
        } else if (decision instanceof PermissionDecision.ApprovePermanently permanently) {
            result.put("domain", permanently.domain());
        } else if (decision instanceof PermissionDecision.Reject reject && reject.feedback() != null) {
            result.put("feedback", reject.feedback());
        }
        return result;
    }

    /** The {@code decisionContext} sent next to the {@code result} of an attributed decision. */
    public static ObjectNode decisionContext(PermissionDecisionContext context) {
        return WireJson.object().put("outcome", context.outcome().wireValue())
                .put("source", context.source().wireValue())
                .put("surface", context.surface().wireValue());
    }

    private static ObjectNode approval(PermissionApproval approval) {
        ObjectNode node = WireJson.object().put("kind", approval.kind());
        if (approval instanceof PermissionApproval.Commands commands) {
            ArrayNode identifiers = node.putArray("commandIdentifiers");
            commands.commandIdentifiers().forEach(identifiers::add);
        } else if (approval instanceof PermissionApproval.Mcp mcp) {
            node.put("serverName", mcp.serverName());
            if (mcp.toolName() != null) {
                node.put("toolName", mcp.toolName());
            } else {
                node.putNull("toolName");
            }
        } else if (approval instanceof PermissionApproval.McpSampling sampling) {
            node.put("serverName", sampling.serverName());
        } else if (approval instanceof PermissionApproval.CustomTool tool) {
            node.put("toolName", tool.toolName());
        } else if (approval instanceof PermissionApproval.ExtensionManagement extension
                && extension.operation() != null) {
            node.put("operation", extension.operation());
        } else if (approval instanceof PermissionApproval.Factory factory && factory.approvalKey() != null) {
            node.put("approvalKey", factory.approvalKey());
        } else if (approval instanceof PermissionApproval.ExtensionCapability extension) {
            node.put("extensionName", extension.extensionName());
        } else if (approval instanceof PermissionApproval.ExtensionEnvironment extension) {
            node.put("extensionName", extension.extensionName());
            ArrayNode names = node.putArray("environmentVariables");
            extension.environmentVariables().forEach(names::add);
        }
        return node;
    }

    private static @Nullable String textOrNull(JsonNode json, String name) {
        JsonNode value = json.get(name);
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
