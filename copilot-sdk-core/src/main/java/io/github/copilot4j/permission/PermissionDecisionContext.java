package io.github.copilot4j.permission;

import io.github.copilot4j.internal.util.Checks;
import java.util.Locale;

/**
 * How and where a permission decision was reached, sent to the CLI next to the decision (its
 * {@code decisionContext}) with {@link PermissionDecision#withContext(PermissionDecisionContext)}. The CLI uses it
 * for telemetry only; it never changes what the decision does.
 *
 * @param outcome how the request was settled
 * @param source who or what is responsible for the decision
 * @param surface the kind of client that answered
 */
public record PermissionDecisionContext(Outcome outcome, Source source, Surface surface) {

    public PermissionDecisionContext {
        Checks.required(outcome, "outcome");
        Checks.required(source, "source");
        Checks.required(surface, "surface");
    }

    /** How the request was settled. */
    public enum Outcome {
        /** Approved without a new human decision. */
        AUTO_APPROVED,
        /** Denied without an interactive user decision. */
        AUTOPILOT_DENIED,
        /** Answered by a person who was asked. */
        PROMPTED_USER;

        /** The wire value. */
        public String wireValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Who or what is responsible for the decision. */
    public enum Source {
        /** The decision followed an assisted-approval judge's recommendation. */
        ASSISTED_APPROVAL,
        /** A person answered an interactive prompt. */
        HUMAN_RESPONSE,
        /** The host applied a standing policy. */
        HOST_POLICY,
        /** The host denied because nobody could answer. */
        UNATTENDED_FALLBACK;

        /** The wire value. */
        public String wireValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The kind of client that answered. */
    public enum Surface {
        /** The CLI's terminal UI. */
        TUI,
        /** The CLI's non-interactive prompt mode. */
        PROMPT_MODE,
        /** The Copilot App. */
        COPILOT_APP,
        /** An Agent Client Protocol host. */
        ACP,
        /** A Copilot SDK client. */
        SDK;

        /** The wire value. */
        public String wireValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
