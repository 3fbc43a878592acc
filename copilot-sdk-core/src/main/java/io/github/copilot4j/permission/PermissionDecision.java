package io.github.copilot4j.permission;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a permission request. {@link #kind()} is the decision's {@code kind} on the wire.
 *
 * <p>What the model is told (CLI 1.0.102): after {@link #reject()} {@code "The user rejected this tool call."}, and
 * the CLI ends the turn without asking the model again; after {@link #reject(String)} the same text followed by
 * {@code " User feedback: <feedback>"}, and the turn goes on; after {@link #userNotAvailable()} {@code "Permission
 * denied and could not request permission from user. ..."}, and the turn goes on. A decision that does not fit the
 * request ({@link #approvePermanently(String)} for a shell command, for example) makes the tool call fail; if the
 * CLI refuses the answer outright, the SDK follows it with {@link #userNotAvailable()}.
 */
public sealed interface PermissionDecision {

    /** The wire {@code kind} of the decision. */
    String kind();

    /**
     * This decision annotated with how it was reached; the context goes to the CLI next to the decision. Annotating
     * an {@link Attributed} decision replaces its context.
     */
    default PermissionDecision withContext(PermissionDecisionContext context) {
        return new Attributed(this, context);
    }

    /** Allows this one operation. */
    static PermissionDecision approveOnce() {
        return new ApproveOnce(false);
    }

    /** Allows this operation and those the scope covers for the rest of the session. */
    static PermissionDecision approveForSession(PermissionApproval approval) {
        return new ApproveForSession(Checks.required(approval, "approval"), null);
    }

    /** Allows fetching from this URL domain for the rest of the session (URL requests). */
    static PermissionDecision approveDomainForSession(String domain) {
        return new ApproveForSession(null, Checks.nonBlank(domain, "domain"));
    }

    /** Allows this operation and those the scope covers at a location (a git root or directory), persistently. */
    static PermissionDecision approveForLocation(PermissionApproval approval, String locationKey) {
        return new ApproveForLocation(approval, locationKey);
    }

    /** Allows fetching from this URL domain permanently, across sessions (URL requests). */
    static PermissionDecision approvePermanently(String domain) {
        return new ApprovePermanently(domain);
    }

    /** Denies the operation as a person would; the CLI then ends the turn. */
    static PermissionDecision reject() {
        return new Reject(null);
    }

    /** Denies the operation and tells the model why; the turn goes on. */
    static PermissionDecision reject(String feedback) {
        return new Reject(Checks.required(feedback, "feedback"));
    }

    /** Nobody can decide; the CLI treats the operation as denied. */
    static PermissionDecision userNotAvailable() {
        return new UserNotAvailable();
    }

    /** Sends no answer, leaving the decision to another client connected to the session. */
    static PermissionDecision noResult() {
        return new NoResult();
    }

    /**
     * Allow the operation once.
     *
     * @param approvedInteractively whether a person saw the request and approved it (rather than a policy)
     */
    record ApproveOnce(boolean approvedInteractively) implements PermissionDecision {
        @Override
        public String kind() {
            return "approve-once";
        }
    }

    /**
     * Allow the operation and similar ones for the rest of the session.
     *
     * @param approval what the approval covers, or null
     * @param domain the URL domain approved (URL requests), or null
     */
    record ApproveForSession(@Nullable PermissionApproval approval, @Nullable String domain)
            implements PermissionDecision {

        public ApproveForSession {
            if (approval == null && domain == null) {
                throw new IllegalArgumentException("approveForSession needs an approval or a domain");
            }
        }

        @Override
        public String kind() {
            return "approve-for-session";
        }
    }

    /**
     * Allow the operation and similar ones at a location, persistently.
     *
     * @param approval what the approval covers
     * @param locationKey the location (git root or working directory) the approval is stored for
     */
    record ApproveForLocation(PermissionApproval approval, String locationKey) implements PermissionDecision {

        public ApproveForLocation {
            Checks.required(approval, "approval");
            Checks.nonBlank(locationKey, "locationKey");
        }

        @Override
        public String kind() {
            return "approve-for-location";
        }
    }

    /**
     * Allow a URL domain permanently.
     *
     * @param domain the domain
     */
    record ApprovePermanently(String domain) implements PermissionDecision {

        public ApprovePermanently {
            Checks.nonBlank(domain, "domain");
        }

        @Override
        public String kind() {
            return "approve-permanently";
        }
    }

    /**
     * Deny the operation.
     *
     * @param feedback an explanation passed to the model, or null
     */
    record Reject(@Nullable String feedback) implements PermissionDecision {
        @Override
        public String kind() {
            return "reject";
        }
    }

    /** No user is available to decide; the operation is denied. */
    record UserNotAvailable() implements PermissionDecision {
        @Override
        public String kind() {
            return "user-not-available";
        }
    }

    /**
     * A decision with the context it was reached in; made by {@link #withContext(PermissionDecisionContext)}.
     *
     * @param decision the decision the CLI applies; never itself {@link Attributed}
     * @param context how and where the decision was reached
     */
    record Attributed(PermissionDecision decision, PermissionDecisionContext context) implements PermissionDecision {

        public Attributed {
            Checks.required(decision, "decision");
            Checks.required(context, "context");
            if (decision instanceof Attributed attributed) {
                decision = attributed.decision();
            }
        }

        @Override
        public String kind() {
            return decision.kind();
        }
    }

    /** This client does not answer; another connected client decides. Never sent to the CLI. */
    record NoResult() implements PermissionDecision {
        @Override
        public String kind() {
            return "no-result";
        }
    }
}
