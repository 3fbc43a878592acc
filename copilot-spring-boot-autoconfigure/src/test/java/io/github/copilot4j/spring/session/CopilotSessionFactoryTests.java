package io.github.copilot4j.spring.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.hook.SessionHooks;
import io.github.copilot4j.input.UserInputHandler;
import io.github.copilot4j.input.UserInputResponse;
import io.github.copilot4j.permission.PermissionDecision;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.spring.hook.CopilotHookRegistry;
import io.github.copilot4j.spring.tool.CopilotToolRegistry;
import io.github.copilot4j.tool.ToolDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.Ordered;

class CopilotSessionFactoryTests {

    private static final ToolDefinition ORDERS = ToolDefinition.declaration("lookup_order", "Finds an order", null);
    private static final ToolDefinition TICKETS = ToolDefinition.declaration("open_ticket", "Opens a ticket", null);

    private final CopilotClient client = new CopilotClient();
    private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void appliesTheProfileThenToolsHooksHandlersTheCallerAndTheCustomizersInOrder() {
        SessionHooks hooks = SessionHooks.builder().onSessionStart((input, context) -> null).build();
        PermissionHandler permissions = context -> PermissionDecision.approveOnce();
        UserInputHandler userInput = request -> UserInputResponse.freeform("yes");
        List<String> seen = new ArrayList<>();
        beans.registerSingleton("tools", new Tools());
        beans.registerSingleton("hooks", (CopilotHookRegistry) () -> hooks);
        beans.registerSingleton("permissions", permissions);
        beans.registerSingleton("userInput", userInput);
        beans.registerSingleton("second", new OrderedCustomizer(2, (profile, config) -> {
            seen.add("second saw model " + config.model());
            return config.toBuilder().clientName("second").build();
        }));
        beans.registerSingleton("first", new OrderedCustomizer(1, (profile, config) -> {
            seen.add("first saw " + profile + " with tools " + config.tools().size() + " and model " + config.model());
            return config.toBuilder().model("from-customizer").build();
        }));
        CopilotSessionFactory factory = factory(profile("default", SessionConfig.builder().model("gpt-5").build()));

        SessionConfig config = factory.sessionConfig("default", builder -> builder.streaming(true).model("caller"));

        assertThat(config.tools()).containsExactly(ORDERS, TICKETS);
        assertThat(config.hooks()).isSameAs(hooks);
        assertThat(config.onPermissionRequest()).isSameAs(permissions);
        assertThat(config.onUserInputRequest()).isSameAs(userInput);
        assertThat(config.streaming()).isTrue();
        assertThat(config.model()).isEqualTo("from-customizer");
        assertThat(config.clientName()).isEqualTo("second");
        assertThat(seen).containsExactly("first saw default with tools 2 and model caller",
                "second saw model from-customizer");
    }

    @Test
    void givesAProfileOnlyTheToolsItSelects() {
        beans.registerSingleton("tools", new Tools());
        CopilotSessionFactory factory = factory(profile("default", SessionConfig.defaults()),
                new SessionProfile("support", SessionConfig.defaults(), List.of("support"), Duration.ofSeconds(5)));

        assertThat(factory.sessionConfig("support").tools()).containsExactly(TICKETS);
        assertThat(factory.sessionConfig("default").tools()).containsExactly(ORDERS, TICKETS);
    }

    @Test
    void setsNothingTheApplicationDoesNotProvide() {
        CopilotSessionFactory factory = factory(profile("default", SessionConfig.builder().model("gpt-5").build()));
        beans.registerSingleton("hooks", (CopilotHookRegistry) () -> SessionHooks.builder().build());

        SessionConfig config = factory.sessionConfig("default");

        assertThat(config.model()).isEqualTo("gpt-5");
        assertThat(config.tools()).isNull();
        assertThat(config.hooks()).isNull();
        assertThat(config.onPermissionRequest()).isNull();
        assertThat(config.onUserInputRequest()).isNull();
    }

    @Test
    void looksBeansUpOnEveryCall() {
        CopilotSessionFactory factory = factory(profile("default", SessionConfig.defaults()));
        assertThat(factory.sessionConfig("default").tools()).isNull();

        beans.registerSingleton("tools", new Tools());

        assertThat(factory.sessionConfig("default").tools()).hasSize(2);
    }

    @Test
    void namesTheKnownProfilesWhenOneIsUnknown() {
        CopilotSessionFactory factory = factory(profile("default", SessionConfig.defaults()),
                profile("support", SessionConfig.defaults()), profile("billing", SessionConfig.defaults()));

        assertThatIllegalArgumentException().isThrownBy(() -> factory.create("sales"))
                .withMessage("No session profile named 'sales'; the profiles are [billing, default, support] "
                        + "(define more under copilot.sessions.<name>)");
        assertThatIllegalArgumentException().isThrownBy(() -> factory.sendTimeout("sales"))
                .withMessageContaining("'sales'");
        assertThat(factory.profiles()).containsExactly("default", "support", "billing");
    }

    @Test
    void tellsWhenAProfileSelectsToolsButTheApplicationHasNone() {
        CopilotSessionFactory factory = factory(profile("default", SessionConfig.defaults()),
                new SessionProfile("support", SessionConfig.defaults(), List.of("support"), Duration.ofSeconds(5)));

        assertThatIllegalStateException().isThrownBy(() -> factory.sessionConfig("support"))
                .withMessageContaining("Session profile 'support' selects the tools [support]")
                .withMessageContaining("no CopilotToolRegistry");
    }

    @Test
    void rejectsACustomizerThatReturnsNothing() {
        beans.registerSingleton("broken", (SessionConfigCustomizer) (profile, config) -> null);
        CopilotSessionFactory factory = factory(profile("default", SessionConfig.defaults()));

        assertThatIllegalStateException().isThrownBy(() -> factory.sessionConfig("default"))
                .withMessageContaining("returned no session configuration");
    }

    @Test
    void offersEachProfilesSendTimeout() {
        CopilotSessionFactory factory = factory(profile("default", SessionConfig.defaults()),
                new SessionProfile("slow", SessionConfig.defaults(), List.of(), Duration.ofMinutes(5)));

        assertThat(factory.sendTimeout("default")).isEqualTo(Duration.ofSeconds(60));
        assertThat(factory.sendTimeout("slow")).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void requiresUniqueProfilesIncludingTheDefault() {
        assertThatIllegalArgumentException().isThrownBy(() -> factory(profile("support", SessionConfig.defaults())))
                .withMessage("The session profiles must include 'default'");
        assertThatIllegalArgumentException().isThrownBy(() -> factory(profile("default", SessionConfig.defaults()),
                profile("default", SessionConfig.defaults())))
                .withMessage("Two session profiles are named 'default'");
    }

    private CopilotSessionFactory factory(SessionProfile... profiles) {
        return new CopilotSessionFactory(client, List.of(profiles), beans.getBeanProvider(CopilotToolRegistry.class),
                beans.getBeanProvider(CopilotHookRegistry.class), beans.getBeanProvider(PermissionHandler.class),
                beans.getBeanProvider(UserInputHandler.class), beans.getBeanProvider(SessionConfigCustomizer.class));
    }

    private static SessionProfile profile(String name, SessionConfig config) {
        return new SessionProfile(name, config, List.of(), Duration.ofSeconds(60));
    }

    private static final class Tools implements CopilotToolRegistry {

        private static final Map<String, List<ToolDefinition>> TAGS = Map.of("support", List.of(TICKETS));

        @Override
        public List<ToolDefinition> tools() {
            return List.of(ORDERS, TICKETS);
        }

        @Override
        public List<ToolDefinition> select(Collection<String> namesOrTags) {
            return namesOrTags.stream().flatMap(tag -> TAGS.get(tag).stream()).toList();
        }

        @Override
        public Set<String> toolNames() {
            return Set.of(ORDERS.name(), TICKETS.name());
        }
    }

    private record OrderedCustomizer(int order, SessionConfigCustomizer delegate)
            implements SessionConfigCustomizer, Ordered {

        @Override
        public SessionConfig customize(String profile, SessionConfig config) {
            return delegate.customize(profile, config);
        }

        @Override
        public int getOrder() {
            return order;
        }
    }
}
