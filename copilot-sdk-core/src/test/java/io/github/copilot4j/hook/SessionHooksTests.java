package io.github.copilot4j.hook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionHooksTests {

    @Test
    void emptyHooksHaveNoHandler() {
        SessionHooks hooks = SessionHooks.builder().build();

        assertThat(hooks.hasAny()).isFalse();
        assertThat(hooks.handler(HookType.PRE_TOOL_USE)).isNull();
    }

    @Test
    void everyNamedSetterRegistersItsHookType() {
        HookHandler handler = input -> null;
        SessionHooks hooks = SessionHooks.builder()
                .onPreToolUse(handler).onPreMcpToolCall(handler).onPostToolUse(handler)
                .onPostToolUseFailure(handler).onUserPromptSubmitted(handler).onUserPromptTransformed(handler)
                .onSessionStart(handler).onSessionEnd(handler).onErrorOccurred(handler).onAgentStop(handler)
                .build();

        for (HookType type : HookType.values()) {
            assertThat(hooks.handler(type)).as(type.name()).isSameAs(handler);
        }
        assertThat(hooks.hasAny()).isTrue();
    }

    @Test
    void nullRemovesAHandler() {
        SessionHooks hooks = SessionHooks.builder().onSessionEnd(input -> null).onSessionEnd(null).build();

        assertThat(hooks.hasAny()).isFalse();
    }

    @Test
    void builtHooksDoNotChangeWithTheBuilder() {
        SessionHooks.Builder builder = SessionHooks.builder();
        SessionHooks hooks = builder.build();
        builder.onAgentStop(input -> null);

        assertThat(hooks.hasAny()).isFalse();
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
