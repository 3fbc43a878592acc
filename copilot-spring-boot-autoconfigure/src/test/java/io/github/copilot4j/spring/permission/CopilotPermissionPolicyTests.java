package io.github.copilot4j.spring.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.copilot4j.permission.CustomToolPermissionRequest;
import io.github.copilot4j.permission.PermissionDecision;
import io.github.copilot4j.permission.PermissionRequest;
import io.github.copilot4j.permission.PermissionRequestContext;
import io.github.copilot4j.permission.ReadPermissionRequest;
import io.github.copilot4j.permission.ShellPermissionRequest;
import io.github.copilot4j.permission.UnknownPermissionRequest;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CopilotPermissionPolicyTests {

    private static final List<String> DEFAULT_DENY = List.of("shell", "write", "url");

    @Test
    void approvesTheApplicationsOwnToolsByDefault() {
        CopilotPermissionPolicy policy = new CopilotPermissionPolicy(List.of(), DEFAULT_DENY,
                () -> Set.of("lookup_order"));

        assertThat(policy.handle(context(customTool("lookup_order")))).isEqualTo(PermissionDecision.approveOnce());
        assertThat(policy.handle(context(customTool("somebody_elses_tool")))).isInstanceOf(PermissionDecision.Reject.class);
    }

    @Test
    void deniesTheDefaultDeniedKindsAndEveryKindNotApproved() {
        CopilotPermissionPolicy policy = new CopilotPermissionPolicy(List.of(), DEFAULT_DENY, Set::of);

        for (String kind : List.of("shell", "write", "url", "read", "mcp", "memory", "hook", "something-new", "")) {
            assertThat(policy.handle(context(unknown(kind)))).as(kind).isInstanceOf(PermissionDecision.Reject.class);
        }
        assertThat(policy.handle(context(shell("rm -rf /")))).isEqualTo(
                PermissionDecision.reject("The application's permission policy does not allow 'shell' requests"));
    }

    @Test
    void approvesTheListedKinds() {
        CopilotPermissionPolicy policy = new CopilotPermissionPolicy(List.of("read", " mcp "), DEFAULT_DENY, Set::of);

        assertThat(policy.handle(context(new ReadPermissionRequest(null, "/srv/notes.txt", "Read notes", raw("read")))))
                .isEqualTo(PermissionDecision.approveOnce());
        assertThat(policy.handle(context(unknown("mcp")))).isEqualTo(PermissionDecision.approveOnce());
        assertThat(policy.handle(context(shell("ls")))).isInstanceOf(PermissionDecision.Reject.class);
        assertThat(policy.approvedKinds()).containsExactly("read", "mcp");
    }

    @Test
    void approvesShellOnceItIsNoLongerDenied() {
        CopilotPermissionPolicy policy = new CopilotPermissionPolicy(List.of("shell"), List.of("write"), Set::of);

        assertThat(policy.handle(context(shell("ls")))).isEqualTo(PermissionDecision.approveOnce());
    }

    @Test
    void denyingCustomToolsAlsoDeniesTheApplicationsTools() {
        CopilotPermissionPolicy policy = new CopilotPermissionPolicy(List.of(), List.of("custom-tool"),
                () -> Set.of("lookup_order"));

        assertThat(policy.handle(context(customTool("lookup_order")))).isInstanceOf(PermissionDecision.Reject.class);
    }

    @Test
    void asksForTheApplicationsToolNamesOnEveryRequest() {
        AtomicReference<Set<String>> names = new AtomicReference<>(Set.of());
        CopilotPermissionPolicy policy = new CopilotPermissionPolicy(List.of(), DEFAULT_DENY, names::get);

        assertThat(policy.handle(context(customTool("late_tool")))).isInstanceOf(PermissionDecision.Reject.class);
        names.set(Set.of("late_tool"));
        assertThat(policy.handle(context(customTool("late_tool")))).isEqualTo(PermissionDecision.approveOnce());
    }

    @Test
    void neverApprovesWhatManagedPolicyReservesForAPerson() {
        CopilotPermissionPolicy policy = new CopilotPermissionPolicy(List.of("read"), DEFAULT_DENY, Set::of);
        ObjectNode raw = raw("read").put("managedApprovalRequired", true);

        assertThat(policy.handle(context(new ReadPermissionRequest(null, "/srv/a", "Read", raw))))
                .isInstanceOf(PermissionDecision.Reject.class);
    }

    @Test
    void rejectsAKindThatIsBothApprovedAndDenied() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CopilotPermissionPolicy(List.of("read", "shell"), DEFAULT_DENY, Set::of))
                .withMessageContaining("'shell' is both approved and denied")
                .withMessageContaining("copilot.permissions.deny");
    }

    @Test
    void rejectsABlankKind() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CopilotPermissionPolicy(List.of(" "), DEFAULT_DENY, Set::of))
                .withMessage("copilot.permissions.approve must not contain a blank kind");
    }

    private static PermissionRequestContext context(PermissionRequest request) {
        return new PermissionRequestContext("session-1", "request-1", request, false);
    }

    private static CustomToolPermissionRequest customTool(String name) {
        return new CustomToolPermissionRequest("call-1", name, "A tool", null, raw("custom-tool"));
    }

    private static ShellPermissionRequest shell(String command) {
        return new ShellPermissionRequest("call-1", command, "Run it", List.of(), List.of(), List.of(), false, false,
                null, raw("shell"));
    }

    private static UnknownPermissionRequest unknown(String kind) {
        return new UnknownPermissionRequest(kind, null, raw(kind));
    }

    private static ObjectNode raw(String kind) {
        return JsonMapper.shared().createObjectNode().put("kind", kind);
    }
}
