package io.github.copilot4j.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.internal.wire.WireJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PermissionHandlerTests {

    @Test
    void approveAllApprovesOnce() throws Exception {
        PermissionDecision decision = PermissionHandler.approveAll()
                .handle(new PermissionRequestContext("s", request("{\"kind\":\"shell\"}"), false));

        assertThat(decision).isEqualTo(PermissionDecision.approveOnce());
        assertThat(decision.kind()).isEqualTo("approve-once");
    }

    @Test
    void approveAllLeavesManagedApprovalsToAnotherClient() throws Exception {
        PermissionDecision decision = PermissionHandler.approveAll().handle(new PermissionRequestContext("s",
                request("{\"kind\":\"shell\",\"managedApprovalRequired\":true}"), false));

        assertThat(decision).isInstanceOf(PermissionDecision.NoResult.class);
    }

    @Test
    void approveAllRefusesUnderManagedSettings() {
        assertThatThrownBy(() -> PermissionHandler.approveAll()
                .handle(new PermissionRequestContext("s", request("{\"kind\":\"write\"}"), true)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("managed settings");
    }

    @Test
    void contextExposesTheRequestKind() {
        assertThat(new PermissionRequestContext("s", request("{\"kind\":\"mcp\"}"), false).kind()).isEqualTo("mcp");
        assertThat(new PermissionRequestContext("s", request("{}"), false).kind()).isEmpty();
    }

    @Test
    void decisionsCarryTheirWireKinds() {
        assertThat(PermissionDecision.reject("no").kind()).isEqualTo("reject");
        assertThat(PermissionDecision.userNotAvailable().kind()).isEqualTo("user-not-available");
        assertThat(new PermissionDecision.ApproveForSession(null, "example.com").kind())
                .isEqualTo("approve-for-session");
        assertThat(new PermissionDecision.ApproveForLocation(request("{\"kind\":\"read\"}"), "repo").kind())
                .isEqualTo("approve-for-location");
        assertThat(new PermissionDecision.ApprovePermanently("example.com").kind()).isEqualTo("approve-permanently");
        assertThat(PermissionDecision.noResult().kind()).isEqualTo("no-result");
    }

    @Test
    void locationApprovalNeedsALocation() {
        assertThatThrownBy(() -> new PermissionDecision.ApproveForLocation(request("{}"), " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("locationKey must not be blank");
    }

    private static JsonNode request(String json) {
        return WireJson.MAPPER.readTree(json);
    }
}
