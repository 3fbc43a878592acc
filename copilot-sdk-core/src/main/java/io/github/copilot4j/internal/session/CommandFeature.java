package io.github.copilot4j.internal.session;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.command.CommandContext;
import io.github.copilot4j.command.CommandDefinition;
import io.github.copilot4j.command.CommandHandler;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.internal.wire.HandlerWire;
import io.github.copilot4j.internal.wire.WireJson;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the session's slash commands on {@code command.execute} and reports completion, or the handler's error (a
 * timeout when it runs past the handler timeout), with {@code session.commands.handlePendingCommand}. A command this client did not register is answered with
 * {@code "Unknown command: <name>"}.
 */
final class CommandFeature implements SessionFeature {

    static final String EVENT_TYPE = "command.execute";
    static final String ANSWER_METHOD = "session.commands.handlePendingCommand";

    private static final Logger log = LoggerFactory.getLogger(CommandFeature.class);

    private final Map<String, CommandHandler> handlers = new HashMap<>();

    CommandFeature(List<CommandDefinition> commands) {
        commands.forEach(command -> handlers.put(command.name(), command.handler()));
    }

    /** The feature, when commands are configured. */
    static Optional<SessionFeature> forConfig(SessionConfig config) {
        List<CommandDefinition> commands = config.commands();
        return commands == null || commands.isEmpty() ? Optional.empty() : Optional.of(new CommandFeature(commands));
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(EVENT_TYPE);
    }

    @Override
    public void onEvent(SessionEvent event, SessionChannel channel) {
        UnknownRequestEvent request = UnknownRequestEvent.of(event, EVENT_TYPE).orElse(null);
        if (request == null) {
            return;
        }
        String requestId = request.requestId();
        CommandContext context;
        try {
            context = HandlerWire.commandContext(channel.sessionId(), request.data());
        } catch (IllegalArgumentException e) {
            log.warn("Session {}: malformed {} event: {}", channel.sessionId(), EVENT_TYPE, e.getMessage());
            Answers.send(channel, ANSWER_METHOD, params(requestId, "Malformed command request"), null);
            return;
        }
        CommandHandler handler = handlers.get(context.commandName());
        CompletableFuture<Void> run = handler == null
                ? CompletableFuture.failedFuture(new IllegalArgumentException("Unknown command: "
                        + context.commandName()))
                : Answers.compute(channel, "The handler of command " + context.commandName(), () -> {
                    handler.handle(context);
                    return null;
                });
        run.whenComplete((done, failure) -> {
            String error = null;
            if (failure != null) {
                error = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getName();
                log.debug("Session {}: command {} failed: {}", channel.sessionId(), context.commandName(), error);
            }
            Answers.send(channel, ANSWER_METHOD, params(requestId, error), null);
        });
    }

    private static ObjectNode params(String requestId, @Nullable String error) {
        ObjectNode params = WireJson.object().put("requestId", requestId);
        if (error != null) {
            params.put("error", error);
        }
        return params;
    }
}
