package io.github.copilot4j.spring.observation;

import io.github.copilot4j.hook.HookContext;
import io.github.copilot4j.hook.HookHandler;
import io.github.copilot4j.hook.HookInput;
import io.github.copilot4j.hook.HookOutput;
import io.github.copilot4j.hook.HookType;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/** Runs a hook handler inside a hook observation, a child of the session's turn when one is in progress. */
final class ObservedHookHandler implements HookHandler<HookInput, HookOutput> {

    private static final HookObservationConvention DEFAULT_CONVENTION = new DefaultHookObservationConvention();

    private final HookType type;
    private final HookHandler<HookInput, HookOutput> delegate;
    private final ObservationRegistry registry;
    private final @Nullable HookObservationConvention convention;
    private final TurnObserver turns;

    @SuppressWarnings("unchecked")
    ObservedHookHandler(HookType type, HookHandler<?, ?> delegate, ObservationRegistry registry,
            @Nullable HookObservationConvention convention, TurnObserver turns) {
        this.type = type;
        this.delegate = (HookHandler<HookInput, HookOutput>) delegate;
        this.registry = registry;
        this.convention = convention;
        this.turns = turns;
    }

    @Override
    public @Nullable HookOutput handle(HookInput input, HookContext hookContext) throws Exception {
        HookObservationContext context = new HookObservationContext(hookContext.sessionId(), type);
        Observation observation = CopilotObservationDocumentation.HOOK
                .observation(convention, DEFAULT_CONVENTION, () -> context, registry)
                .parentObservation(turns.currentTurn())
                .start();
        try (Observation.Scope scope = observation.openScope()) {
            return delegate.handle(input, hookContext);
        } catch (Exception | Error e) {
            context.failed(e.getClass().getSimpleName());
            observation.error(e);
            throw e;
        } finally {
            observation.stop();
        }
    }
}
