package io.github.copilot4j.hook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SessionHooksTests {

    @Test
    void emptyHooksHaveNoHandler() {
        SessionHooks hooks = SessionHooks.builder().build();

        assertThat(hooks.hasAny()).isFalse();
        assertThat(hooks.types()).isEmpty();
        assertThat(hooks.preToolUse()).isNull();
    }

    @Test
    void everySetterRegistersItsHandlerUnderItsHookType() {
        HookHandler<PreToolUseInput, PreToolUseOutput> preToolUse = (input, context) -> PreToolUseOutput.allow();
        HookHandler<PreMcpToolCallInput, PreMcpToolCallOutput> preMcp = (input, context) -> null;
        HookHandler<PostToolUseInput, PostToolUseOutput> postToolUse = (input, context) -> null;
        HookHandler<PostToolUseFailureInput, PostToolUseFailureOutput> failure = (input, context) -> null;
        HookHandler<UserPromptSubmittedInput, UserPromptSubmittedOutput> submitted = (input, context) -> null;
        HookHandler<UserPromptTransformedInput, UserPromptTransformedOutput> transformed = (input, context) -> null;
        HookHandler<SessionStartInput, SessionStartOutput> start = (input, context) -> null;
        HookHandler<SessionEndInput, SessionEndOutput> end = (input, context) -> null;
        HookHandler<ErrorOccurredInput, ErrorOccurredOutput> error = (input, context) -> null;
        HookHandler<AgentStopInput, AgentStopOutput> stop = (input, context) -> null;

        SessionHooks hooks = SessionHooks.builder()
                .onPreToolUse(preToolUse).onPreMcpToolCall(preMcp).onPostToolUse(postToolUse)
                .onPostToolUseFailure(failure).onUserPromptSubmitted(submitted).onUserPromptTransformed(transformed)
                .onSessionStart(start).onSessionEnd(end).onErrorOccurred(error).onAgentStop(stop)
                .build();

        assertThat(hooks.preToolUse()).isSameAs(preToolUse);
        assertThat(hooks.preMcpToolCall()).isSameAs(preMcp);
        assertThat(hooks.postToolUse()).isSameAs(postToolUse);
        assertThat(hooks.postToolUseFailure()).isSameAs(failure);
        assertThat(hooks.userPromptSubmitted()).isSameAs(submitted);
        assertThat(hooks.userPromptTransformed()).isSameAs(transformed);
        assertThat(hooks.sessionStart()).isSameAs(start);
        assertThat(hooks.sessionEnd()).isSameAs(end);
        assertThat(hooks.errorOccurred()).isSameAs(error);
        assertThat(hooks.agentStop()).isSameAs(stop);
        assertThat(hooks.types()).isEqualTo(EnumSet.allOf(HookType.class));
        assertThat(hooks.hasAny()).isTrue();
    }

    @Test
    void nullRemovesAHandler() {
        SessionHooks hooks = SessionHooks.builder()
                .onSessionEnd((input, context) -> null)
                .onSessionEnd(null)
                .build();

        assertThat(hooks.hasAny()).isFalse();
        assertThat(hooks.sessionEnd()).isNull();
    }

    @Test
    void builtHooksDoNotChangeWithTheBuilder() {
        SessionHooks.Builder builder = SessionHooks.builder();
        SessionHooks hooks = builder.build();
        builder.onAgentStop((input, context) -> null);

        assertThat(hooks.hasAny()).isFalse();
    }

    @Test
    void toStringNamesTheHookTypesOnly() {
        SessionHooks hooks = SessionHooks.builder().onErrorOccurred((input, context) -> null).build();

        assertThat(hooks).hasToString("SessionHooks[ERROR_OCCURRED]");
    }

    @Test
    void hookTypesUseTheirWireNames() {
        assertThat(HookType.fromWireValue("postToolUseFailure")).isEqualTo(HookType.POST_TOOL_USE_FAILURE);
        assertThat(HookType.fromWireValue("preCompact")).isNull();
        for (HookType type : HookType.values()) {
            assertThat(HookType.fromWireValue(type.wireValue())).isEqualTo(type);
        }
    }
}
