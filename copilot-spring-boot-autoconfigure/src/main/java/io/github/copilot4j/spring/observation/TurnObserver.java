package io.github.copilot4j.spring.observation;

import io.github.copilot4j.SessionErrorException;
import io.github.copilot4j.event.AbortEvent;
import io.github.copilot4j.event.AssistantMessageEvent;
import io.github.copilot4j.event.AssistantTurnStartEvent;
import io.github.copilot4j.event.SessionErrorEvent;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.event.SessionEventListener;
import io.github.copilot4j.event.SessionIdleEvent;
import io.github.copilot4j.event.SessionModelChangeEvent;
import io.github.copilot4j.event.SessionResumeEvent;
import io.github.copilot4j.event.SessionShutdownEvent;
import io.github.copilot4j.event.SessionStartEvent;
import io.github.copilot4j.event.UserMessageEvent;
import io.github.copilot4j.spring.session.SessionIdentity;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Observes the turns of one session from its events: a turn starts with the prompt ({@code user.message}, or the
 * first {@code assistant.turn_start} when no prompt was seen) and stops at {@code session.idle}. A
 * {@code session.error} marks it failed, an {@code abort} or an aborted idle marks it aborted. Events arrive one at a
 * time, so only {@link #currentTurn()} is read from other threads.
 */
final class TurnObserver implements SessionEventListener<SessionEvent> {

    private static final TurnObservationConvention DEFAULT_CONVENTION = new DefaultTurnObservationConvention();

    private final ObservationRegistry registry;
    private final @Nullable TurnObservationConvention convention;
    private final SessionIdentity session;
    private final String providerName;
    private final boolean includeContent;
    private @Nullable String model;
    private @Nullable TurnObservationContext context;
    private volatile @Nullable Observation turn;

    TurnObserver(ObservationRegistry registry, @Nullable TurnObservationConvention convention,
            SessionIdentity session, String providerName, @Nullable String model, boolean includeContent) {
        this.registry = registry;
        this.convention = convention;
        this.session = session;
        this.providerName = providerName;
        this.model = model;
        this.includeContent = includeContent;
    }

    /** The observation of the turn in progress, or null between turns. */
    @Nullable Observation currentTurn() {
        return turn;
    }

    @Override
    public void onEvent(SessionEvent event) {
        session.observe(event);
        if (event instanceof UserMessageEvent message) {
            if (message.agentId() == null) {
                TurnObservationContext started = startTurn();
                if (includeContent) {
                    started.prompt(message.content());
                }
            }
        } else if (event instanceof AssistantTurnStartEvent turnStart) {
            updateModel(turnStart.model());
            startTurn();
        } else if (event instanceof SessionStartEvent start) {
            updateModel(start.selectedModel());
        } else if (event instanceof SessionResumeEvent resume) {
            updateModel(resume.selectedModel());
        } else if (event instanceof SessionModelChangeEvent change) {
            updateModel(change.newModel());
        } else if (event instanceof AssistantMessageEvent message) {
            TurnObservationContext current = context;
            if (includeContent && current != null && message.parentToolCallId() == null
                    && message.agentId() == null && !message.content().isEmpty()) {
                current.completion(message.content());
            }
        } else if (event instanceof SessionErrorEvent error) {
            TurnObservationContext current = context;
            Observation observation = turn;
            if (current != null && observation != null) {
                current.failed(error.errorType());
                observation.error(new SessionErrorException(error.errorType(), error.message(),
                        error.statusCode()));
            }
        } else if (event instanceof AbortEvent) {
            TurnObservationContext current = context;
            if (current != null) {
                current.aborted();
            }
        } else if (event instanceof SessionIdleEvent idle) {
            stopTurn(idle.aborted());
        } else if (event instanceof SessionShutdownEvent) {
            stopTurn(true);
        }
    }

    private void updateModel(@Nullable String reported) {
        if (reported != null && !reported.isEmpty()) {
            model = reported;
            TurnObservationContext current = context;
            if (current != null) {
                current.model(reported);
            }
        }
    }

    private TurnObservationContext startTurn() {
        TurnObservationContext current = context;
        if (current != null) {
            return current;
        }
        TurnObservationContext started = new TurnObservationContext(session.sessionId(), providerName, model);
        context = started;
        turn = CopilotObservationDocumentation.TURN
                .observation(convention, DEFAULT_CONVENTION, () -> started, registry)
                .start();
        return started;
    }

    private void stopTurn(boolean aborted) {
        TurnObservationContext current = context;
        Observation observation = turn;
        if (current == null || observation == null) {
            return;
        }
        if (aborted) {
            current.aborted();
        }
        context = null;
        turn = null;
        observation.stop();
    }
}
