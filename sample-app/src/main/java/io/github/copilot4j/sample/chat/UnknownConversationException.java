package io.github.copilot4j.sample.chat;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No live conversation has the id, and no stored Copilot session could be resumed with it. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownConversationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnknownConversationException(String id, Throwable cause) {
        super("No conversation '" + id + "'", cause);
    }

    UnknownConversationException(String id) {
        super("No conversation '" + id + "'");
    }
}
