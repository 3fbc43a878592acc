package io.github.copilot4j.permission;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The answer to a permission request. {@link #kind()} is the decision's {@code kind} on the wire. */
public sealed interface PermissionDecision {

    /** The wire {@code kind} of the decision. */
    String kind();

    /** Allow this one operation. */
    static PermissionDecision approveOnce() {
        return new ApproveOnce();
    }

    /** Deny the operation, optionally telling the model why. */
    static PermissionDecision reject(@Nullable String feedback) {
        return new Reject(feedback);
    }

    /** Nobody can decide; the CLI treats the operation as denied. */
    static PermissionDecision userNotAvailable() {
        return new UserNotAvailable();
    }

    /** Send no answer, leaving the decision to another client connected to the session. */
    static PermissionDecision noResult() {
        return new NoResult();
    }

    /** Allow the operation once. */
    record ApproveOnce() implements PermissionDecision {
        @Override
        public String kind() {
            return "approve-once";
        }
    }

    /**
     * Allow the operation and similar ones for the rest of the session.
     *
     * @param approval the approval scope object of the CLI's protocol (for example {@code {"kind":"commands",
     *     "commandIdentifiers":[...]}}), or null
     * @param domain the URL domain approved, for URL requests, or null
     */
    record ApproveForSession(@Nullable JsonNode approval, @Nullable String domain) implements PermissionDecision {
        public ApproveForSession {
            approval = approval == null ? null : approval.deepCopy();
        }

        @Override
        public String kind() {
            return "approve-for-session";
        }
    }

    /**
     * Allow the operation for a location (such as a repository) persistently.
     *
     * @param approval the approval scope object
     * @param locationKey the location the approval applies to
     */
    record ApproveForLocation(JsonNode approval, String locationKey) implements PermissionDecision {
        public ApproveForLocation {
            approval = Checks.required(approval, "approval").deepCopy();
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

    /** No user is available to decide. */
    record UserNotAvailable() implements PermissionDecision {
        @Override
        public String kind() {
            return "user-not-available";
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
