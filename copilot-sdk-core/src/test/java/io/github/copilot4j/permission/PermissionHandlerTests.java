package io.github.copilot4j.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.internal.wire.WireJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PermissionHandlerTests {

    @Test
    void approveAllApprovesOnce() throws Exception {
        PermissionDecision decision = PermissionHandler.approveAll().handle(context(read("{}"), false));

        assertThat(decision).isEqualTo(PermissionDecision.approveOnce());
        assertThat(decision.kind()).isEqualTo("approve-once");
    }

    @Test
    void approveAllLeavesManagedApprovalsToAnotherClient() throws Exception {
        PermissionDecision decision = PermissionHandler.approveAll()
                .handle(context(read("{\"managedApprovalRequired\":true}"), false));

        assertThat(decision).isInstanceOf(PermissionDecision.NoResult.class);
    }

    @Test
    void approveAllRefusesUnderManagedSettings() {
        assertThatThrownBy(() -> PermissionHandler.approveAll().handle(context(read("{}"), true)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("managed settings");
    }

    @Test
    void requestFlagsAreReadFromTheRawRequest() {
        assertThat(read("{\"managedApprovalRequired\":true,\"requestSandboxBypass\":true}"))
                .returns(true, PermissionRequest::managedApprovalRequired)
                .returns(true, PermissionRequest::requestsSandboxBypass);
        assertThat(read("{\"managedApprovalRequired\":\"yes\"}"))
                .returns(false, PermissionRequest::managedApprovalRequired)
                .returns(false, PermissionRequest::requestsSandboxBypass);
    }

    @Test
    void decisionsCarryTheirWireKinds() {
        assertThat(PermissionDecision.reject("no").kind()).isEqualTo("reject");
        assertThat(PermissionDecision.reject()).isEqualTo(new PermissionDecision.Reject(null));
        assertThat(PermissionDecision.userNotAvailable().kind()).isEqualTo("user-not-available");
        assertThat(PermissionDecision.approveDomainForSession("example.com").kind())
                .isEqualTo("approve-for-session");
        assertThat(PermissionDecision.approveForSession(new PermissionApproval.Read()).kind())
                .isEqualTo("approve-for-session");
        assertThat(PermissionDecision.approveForLocation(new PermissionApproval.Write(), "/repo").kind())
                .isEqualTo("approve-for-location");
        assertThat(PermissionDecision.approvePermanently("example.com").kind()).isEqualTo("approve-permanently");
        assertThat(PermissionDecision.noResult().kind()).isEqualTo("no-result");
    }

    @Test
    void decisionsValidateTheirValues() {
        assertThatThrownBy(() -> PermissionDecision.approveForLocation(new PermissionApproval.Read(), " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("locationKey must not be blank");
        assertThatThrownBy(() -> new PermissionDecision.ApproveForSession(null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("approveForSession needs an approval or a domain");
        assertThatThrownBy(() -> PermissionDecision.approvePermanently(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("domain must not be blank");
        assertThatThrownBy(() -> new PermissionApproval.Commands(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("commandIdentifiers must not be empty");
    }

    @Test
    void approvalOfARequestCoversRequestsLikeIt() {
        JsonNode raw = WireJson.object();
        List<ShellPermissionRequest.Command> commands = List.of(new ShellPermissionRequest.Command("git", false),
                new ShellPermissionRequest.Command("grep", true));

        assertThat(PermissionApproval.of(new ShellPermissionRequest(null, "git log | grep x", "", commands,
                List.of(), List.of(), false, true, null, raw)))
                .contains(new PermissionApproval.Commands(List.of("git", "grep")));
        assertThat(PermissionApproval.of(new McpPermissionRequest(null, "srv", "tool", "Tool", true, null, false,
                raw))).contains(new PermissionApproval.Mcp("srv", "tool"));
        assertThat(PermissionApproval.of(new CustomToolPermissionRequest(null, "encrypt", "Encrypts", null, raw)))
                .contains(new PermissionApproval.CustomTool("encrypt"));
        assertThat(PermissionApproval.of(new FactoryPermissionRequest(null, "f", "d", "run", "key-1", true,
                List.of(), raw))).contains(new PermissionApproval.Factory("key-1"));
        assertThat(PermissionApproval.of(new ExtensionEnvironmentPermissionRequest(null, "ext", List.of("TOKEN"),
                raw))).contains(new PermissionApproval.ExtensionEnvironment("ext", List.of("TOKEN")));
        assertThat(PermissionApproval.of(read("{}"))).contains(new PermissionApproval.Read());
        assertThat(PermissionApproval.of(new UrlPermissionRequest(null, "https://example.com", "", null, raw)))
                .isEmpty();
        assertThat(PermissionApproval.of(new UnknownPermissionRequest("future", null, raw))).isEmpty();
    }

    private static PermissionRequestContext context(PermissionRequest request, boolean managedSettings) {
        return new PermissionRequestContext("s", "r", request, managedSettings);
    }

    private static ReadPermissionRequest read(String json) {
        return new ReadPermissionRequest(null, "/etc/hosts", "Read hosts", WireJson.MAPPER.readTree(json));
    }
}
