package io.github.copilot4j.internal.session;

import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.UnknownSessionEvent;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A broadcast request the CLI sends as an event of a type without its own record ({@code command.execute},
 * {@code mcp.oauth_required}, …): the data and the request id to answer it with.
 *
 * @param requestId the id the answer names; never empty
 * @param data the event's data
 */
record UnknownRequestEvent(String requestId, JsonNode data) {

    /** The request carried by {@code event} when it is of {@code type} and names a request id. */
    static Optional<UnknownRequestEvent> of(SessionEvent event, String type) {
        if (!(event instanceof UnknownSessionEvent unknown) || !unknown.type().equals(type)) {
            return Optional.empty();
        }
        String requestId = unknown.data().path("requestId").asString("");
        return requestId.isEmpty() ? Optional.empty() : Optional.of(new UnknownRequestEvent(requestId, unknown.data()));
    }
}
