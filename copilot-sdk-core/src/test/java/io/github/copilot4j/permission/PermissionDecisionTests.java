package io.github.copilot4j.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.permission.PermissionDecisionContext.Outcome;
import io.github.copilot4j.permission.PermissionDecisionContext.Source;
import io.github.copilot4j.permission.PermissionDecisionContext.Surface;
import org.junit.jupiter.api.Test;

class PermissionDecisionTests {

    private static final PermissionDecisionContext PROMPTED = new PermissionDecisionContext(Outcome.PROMPTED_USER,
            Source.HUMAN_RESPONSE, Surface.SDK);
    private static final PermissionDecisionContext POLICY = new PermissionDecisionContext(Outcome.AUTO_APPROVED,
            Source.HOST_POLICY, Surface.COPILOT_APP);

    @Test
    void anAttributedDecisionKeepsTheKindOfTheDecisionItCarries() {
        PermissionDecision attributed = PermissionDecision.reject("too risky").withContext(PROMPTED);

        assertThat(attributed.kind()).isEqualTo("reject");
        assertThat(attributed).isEqualTo(new PermissionDecision.Attributed(PermissionDecision.reject("too risky"),
                PROMPTED));
    }

    @Test
    void attributingAgainReplacesTheContextInsteadOfNesting() {
        PermissionDecision twice = PermissionDecision.approveOnce().withContext(PROMPTED).withContext(POLICY);

        assertThat(twice).isEqualTo(new PermissionDecision.Attributed(PermissionDecision.approveOnce(), POLICY));
    }

    @Test
    void contextValuesUseTheWireSpelling() {
        assertThat(Outcome.AUTOPILOT_DENIED.wireValue()).isEqualTo("autopilot_denied");
        assertThat(Source.UNATTENDED_FALLBACK.wireValue()).isEqualTo("unattended_fallback");
        assertThat(Surface.PROMPT_MODE.wireValue()).isEqualTo("prompt_mode");
    }

    @Test
    void everyContextFieldIsRequired() {
        assertThatThrownBy(() -> new PermissionDecisionContext(Outcome.PROMPTED_USER, null, Surface.SDK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source");
        assertThatThrownBy(() -> PermissionDecision.approveOnce().withContext(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("context");
    }
}
