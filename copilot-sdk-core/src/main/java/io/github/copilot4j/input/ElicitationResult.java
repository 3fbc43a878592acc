package io.github.copilot4j.input;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The user's response to an elicitation.
 *
 * @param action what the user did
 * @param content the submitted values (property name to a string, number, boolean or array of strings) when
 *     accepted, or null
 */
public record ElicitationResult(Action action, @Nullable ObjectNode content) {

    public ElicitationResult {
        Checks.required(action, "action");
        content = content == null ? null : content.deepCopy();
    }

    /** The user submitted these values. */
    public static ElicitationResult accept(ObjectNode content) {
        return new ElicitationResult(Action.ACCEPT, Checks.required(content, "content"));
    }

    /** The user refused to answer. */
    public static ElicitationResult decline() {
        return new ElicitationResult(Action.DECLINE, null);
    }

    /** The user dismissed the request. */
    public static ElicitationResult cancel() {
        return new ElicitationResult(Action.CANCEL, null);
    }

    /** What the user did with the request. */
    public enum Action {
        /** Submitted the form. */
        ACCEPT("accept"),
        /** Refused. */
        DECLINE("decline"),
        /** Dismissed without answering. */
        CANCEL("cancel");

        private final String wireValue;

        Action(String wireValue) {
            this.wireValue = wireValue;
        }

        /** The value on the wire. */
        public String wireValue() {
            return wireValue;
        }
    }
}
