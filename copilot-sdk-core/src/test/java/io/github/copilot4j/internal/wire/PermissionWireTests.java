package io.github.copilot4j.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.github.copilot4j.permission.PermissionRequest;
import io.github.copilot4j.permission.ReadPermissionRequest;
import io.github.copilot4j.permission.ShellPermissionRequest;
import io.github.copilot4j.permission.UnknownPermissionRequest;
import io.github.copilot4j.permission.UrlPermissionRequest;
import io.github.copilot4j.permission.WritePermissionRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PermissionWireTests {

    @Test
    void readsAShellRequest() {
        JsonNode json = json("""
                {"kind": "shell", "toolCallId": "call-1", "fullCommandText": "ls > out.txt", "shellType": "bash",
                 "intention": "List files", "commands": [{"identifier": "ls", "readOnly": true}],
                 "possiblePaths": ["out.txt"], "possibleUrls": [{"url": "https://example.com"}],
                 "hasWriteFileRedirection": true, "canOfferSessionApproval": true, "warning": "Writes a file",
                 "managedApprovalRequired": true}""");

        assertThat(PermissionWire.request(json)).isEqualTo(new ShellPermissionRequest("call-1", "ls > out.txt",
                "List files", List.of(new ShellPermissionRequest.Command("ls", true)), List.of("out.txt"),
                List.of("https://example.com"), true, true, "Writes a file", json))
                .returns(true, PermissionRequest::managedApprovalRequired);
    }

    @Test
    void readsFileAndUrlRequests() {
        JsonNode write = json("""
                {"kind": "write", "fileName": "a.txt", "diff": "+hi", "intention": "Create",
                 "newFileContents": "hi", "canOfferSessionApproval": false}""");
        JsonNode read = json("{\"kind\": \"read\", \"toolCallId\": \"c\", \"path\": \"/etc\", \"intention\": \"Look\"}");
        JsonNode url = json("""
                {"kind": "url", "url": "https://example.com/b", "intention": "Fetch",
                 "redirectedFrom": "https://example.com/a", "requestSandboxBypass": true}""");

        assertThat(PermissionWire.request(write))
                .isEqualTo(new WritePermissionRequest(null, "a.txt", "+hi", "Create", "hi", false, write));
        assertThat(PermissionWire.request(read)).isEqualTo(new ReadPermissionRequest("c", "/etc", "Look", read));
        assertThat(PermissionWire.request(url)).isEqualTo(new UrlPermissionRequest(null, "https://example.com/b",
                "Fetch", "https://example.com/a", url)).returns(true, PermissionRequest::requestsSandboxBypass);
    }

    @Test
    void readsToolRequests() {
        JsonNode mcp = json("""
                {"kind": "mcp", "serverName": "github", "toolName": "get_me", "toolTitle": "Get me",
                 "readOnly": true, "args": {"a": 1}, "permissionRecommendation": "approve"}""");
        JsonNode custom = json("""
                {"kind": "custom-tool", "toolCallId": "toolcall_0", "toolName": "encrypt_string",
                 "toolDescription": "Encrypts a string", "args": {"input": "Hello"}}""");
        JsonNode hook = json("""
                {"kind": "hook", "toolName": "bash", "toolArgs": {"command": "rm"}, "hookMessage": "Sure?"}""");

        assertThat(PermissionWire.request(mcp)).isEqualTo(new McpPermissionRequest(null, "github", "get_me",
                "Get me", true, json("{\"a\": 1}"), true, mcp));
        assertThat(PermissionWire.request(custom)).isEqualTo(new CustomToolPermissionRequest("toolcall_0",
                "encrypt_string", "Encrypts a string", json("{\"input\": \"Hello\"}"), custom));
        assertThat(PermissionWire.request(hook)).isEqualTo(new HookPermissionRequest(null, "bash",
                json("{\"command\": \"rm\"}"), "Sure?", hook));
    }

    @Test
    void readsMemoryFactoryAndExtensionRequests() {
        JsonNode memory = json("""
                {"kind": "memory", "action": "store", "fact": "Uses Maven", "subject": "build",
                 "citations": "pom.xml", "scope": "repository", "repoNwo": "octo/app"}""");
        JsonNode factory = json("""
                {"kind": "factory", "name": "migrate", "description": "Migrates", "operation": "run",
                 "approvalKey": "factory:migrate", "canPersistApproval": true, "maxAiCredits": 5,
                 "phases": [{"title": "Scan"}, {"title": "Fix", "detail": "Edits files"}]}""");
        JsonNode management = json("{\"kind\": \"extension-management\", \"operation\": \"reload\"}");
        JsonNode capability = json("""
                {"kind": "extension-permission-access", "extensionName": "ext", "capabilities": ["network"]}""");
        JsonNode environment = json("""
                {"kind": "extension-env-access", "extensionName": "ext", "environmentVariables": ["API_KEY"]}""");

        assertThat(PermissionWire.request(memory)).isEqualTo(new MemoryPermissionRequest(null, "store",
                "Uses Maven", "build", "pom.xml", "repository", "octo/app", null, null, memory));
        assertThat(PermissionWire.request(factory)).isEqualTo(new FactoryPermissionRequest(null, "migrate",
                "Migrates", "run", "factory:migrate", true, List.of(new FactoryPermissionRequest.Phase("Scan", null),
                        new FactoryPermissionRequest.Phase("Fix", "Edits files")), factory));
        assertThat(PermissionWire.request(management))
                .isEqualTo(new ExtensionManagementPermissionRequest(null, null, "reload", management));
        assertThat(PermissionWire.request(capability)).isEqualTo(
                new ExtensionCapabilityPermissionRequest(null, "ext", List.of("network"), capability));
        assertThat(PermissionWire.request(environment)).isEqualTo(
                new ExtensionEnvironmentPermissionRequest(null, "ext", List.of("API_KEY"), environment));
    }

    @Test
    void keepsUnknownKindsAndMismatchedRequestsRaw() {
        JsonNode future = json("{\"kind\": \"teleport\", \"toolCallId\": \"c\", \"destination\": \"mars\"}");
        JsonNode mismatched = json("{\"kind\": \"read\", \"path\": 42, \"intention\": \"Look\"}");
        JsonNode kindless = json("{\"path\": \"/\"}");

        assertThat(PermissionWire.request(future)).isEqualTo(new UnknownPermissionRequest("teleport", "c", future));
        assertThat(PermissionWire.request(mismatched))
                .isEqualTo(new UnknownPermissionRequest("read", null, mismatched));
        assertThat(PermissionWire.request(kindless)).isEqualTo(new UnknownPermissionRequest("", null, kindless));
    }

    @Test
    void theRequestIsACopyOfTheEventData() {
        JsonNode json = json("{\"kind\": \"read\", \"path\": \"/a\", \"intention\": \"Look\"}");
        PermissionRequest request = PermissionWire.request(json);

        ((tools.jackson.databind.node.ObjectNode) json).put("path", "/b");

        assertThat(request.raw().get("path").asString()).isEqualTo("/a");
    }

    @Test
    void writesSimpleDecisions() {
        assertThat(PermissionWire.decision(PermissionDecision.approveOnce()))
                .isEqualTo(json("{\"kind\": \"approve-once\"}"));
        assertThat(PermissionWire.decision(new PermissionDecision.ApproveOnce(true)))
                .isEqualTo(json("{\"kind\": \"approve-once\", \"approvedInteractively\": true}"));
        assertThat(PermissionWire.decision(PermissionDecision.reject()))
                .isEqualTo(json("{\"kind\": \"reject\"}"));
        assertThat(PermissionWire.decision(PermissionDecision.reject("Too risky")))
                .isEqualTo(json("{\"kind\": \"reject\", \"feedback\": \"Too risky\"}"));
        assertThat(PermissionWire.decision(PermissionDecision.userNotAvailable()))
                .isEqualTo(json("{\"kind\": \"user-not-available\"}"));
        assertThat(PermissionWire.decision(PermissionDecision.approvePermanently("example.com")))
                .isEqualTo(json("{\"kind\": \"approve-permanently\", \"domain\": \"example.com\"}"));
        assertThat(PermissionWire.decision(PermissionDecision.approveDomainForSession("example.com")))
                .isEqualTo(json("{\"kind\": \"approve-for-session\", \"domain\": \"example.com\"}"));
        assertThatThrownBy(() -> PermissionWire.decision(PermissionDecision.noResult()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesApprovalScopes() {
        assertThat(forSession(new PermissionApproval.Commands(List.of("git", "ls"))))
                .isEqualTo(json("{\"kind\": \"commands\", \"commandIdentifiers\": [\"git\", \"ls\"]}"));
        assertThat(forSession(new PermissionApproval.Read())).isEqualTo(json("{\"kind\": \"read\"}"));
        assertThat(forSession(new PermissionApproval.Write())).isEqualTo(json("{\"kind\": \"write\"}"));
        assertThat(forSession(new PermissionApproval.Memory())).isEqualTo(json("{\"kind\": \"memory\"}"));
        assertThat(forSession(new PermissionApproval.Mcp("github", "get_me")))
                .isEqualTo(json("{\"kind\": \"mcp\", \"serverName\": \"github\", \"toolName\": \"get_me\"}"));
        assertThat(forSession(new PermissionApproval.Mcp("github", null)))
                .isEqualTo(json("{\"kind\": \"mcp\", \"serverName\": \"github\", \"toolName\": null}"));
        assertThat(forSession(new PermissionApproval.McpSampling("github")))
                .isEqualTo(json("{\"kind\": \"mcp-sampling\", \"serverName\": \"github\"}"));
        assertThat(forSession(new PermissionApproval.CustomTool("encrypt")))
                .isEqualTo(json("{\"kind\": \"custom-tool\", \"toolName\": \"encrypt\"}"));
        assertThat(forSession(new PermissionApproval.ExtensionManagement(null)))
                .isEqualTo(json("{\"kind\": \"extension-management\"}"));
        assertThat(forSession(new PermissionApproval.ExtensionManagement("reload")))
                .isEqualTo(json("{\"kind\": \"extension-management\", \"operation\": \"reload\"}"));
        assertThat(forSession(new PermissionApproval.Factory("factory:migrate")))
                .isEqualTo(json("{\"kind\": \"factory\", \"approvalKey\": \"factory:migrate\"}"));
        assertThat(forSession(new PermissionApproval.ExtensionCapability("ext")))
                .isEqualTo(json("{\"kind\": \"extension-permission-access\", \"extensionName\": \"ext\"}"));
        assertThat(forSession(new PermissionApproval.ExtensionEnvironment("ext", List.of("API_KEY"))))
                .isEqualTo(json("""
                        {"kind": "extension-env-access", "extensionName": "ext",
                         "environmentVariables": ["API_KEY"]}"""));
        assertThat(PermissionWire.decision(PermissionDecision.approveForLocation(new PermissionApproval.Write(),
                "/repo"))).isEqualTo(json("""
                        {"kind": "approve-for-location", "approval": {"kind": "write"}, "locationKey": "/repo"}"""));
    }

    private static JsonNode forSession(PermissionApproval approval) {
        JsonNode decision = PermissionWire.decision(PermissionDecision.approveForSession(approval));
        assertThat(decision.get("kind").asString()).isEqualTo("approve-for-session");
        return decision.get("approval");
    }

    private static JsonNode json(String text) {
        return WireJson.MAPPER.readTree(text);
    }
}
