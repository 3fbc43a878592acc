package io.github.copilot4j.input;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request for structured input, typically from an MCP server: fill in a form, or open a URL.
 *
 * @param sessionId the session asking
 * @param message what is needed from the user
 * @param mode whether a form is to be filled in or a URL opened; null when the CLI did not say (a form) or sent a
 *     mode this SDK does not know
 * @param requestedSchema the JSON schema of the form's content, or null
 * @param elicitationSource who asks (for example an MCP server name), or null
 * @param url the page to open in {@link Mode#URL} mode, or null
 */
public record ElicitationRequest(
        String sessionId,
        String message,
        @Nullable Mode mode,
        @Nullable ObjectNode requestedSchema,
        @Nullable String elicitationSource,
        @Nullable String url) {

    public ElicitationRequest {
        Checks.nonBlank(sessionId, "sessionId");
        Checks.required(message, "message");
        requestedSchema = requestedSchema == null ? null : requestedSchema.deepCopy();
    }

    /** How the user is to answer. */
    public enum Mode {
        /** Fill in a form described by {@link ElicitationRequest#requestedSchema()}. */
        FORM("form"),
        /** Open {@link ElicitationRequest#url()}. */
        URL("url");

        private final String wireValue;

        Mode(String wireValue) {
            this.wireValue = wireValue;
        }

        /** The value on the wire. */
        public String wireValue() {
            return wireValue;
        }
    }
}
