package io.github.copilot4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.hook.HookContext;
import io.github.copilot4j.hook.HookInput;
import io.github.copilot4j.hook.HookType;
import io.github.copilot4j.hook.PostToolUseOutput;
import io.github.copilot4j.hook.PreToolUseInput;
import io.github.copilot4j.hook.PreToolUseOutput;
import io.github.copilot4j.hook.SessionHooks;
import io.github.copilot4j.hook.UserPromptSubmittedInput;
import io.github.copilot4j.hook.UserPromptSubmittedOutput;
import io.github.copilot4j.input.UserInputHandler;
import io.github.copilot4j.input.UserInputRequest;
import io.github.copilot4j.input.UserInputResponse;
import io.github.copilot4j.permission.PermissionDecision;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.permission.PermissionRequestContext;
import io.github.copilot4j.spring.handler.AnnotatedHandlers;
import io.github.copilot4j.spring.handler.CopilotPermissionHandler;
import io.github.copilot4j.spring.handler.CopilotUserInputHandler;
import io.github.copilot4j.spring.hook.AnnotatedHookRegistry;
import io.github.copilot4j.spring.hook.CopilotHook;
import io.github.copilot4j.spring.hook.CopilotHookRegistry;
import io.github.copilot4j.spring.permission.CopilotPermissionPolicy;
import io.github.copilot4j.spring.session.CopilotSessionFactory;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.EnableAspectJAutoProxy;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

class CopilotHookAutoConfigurationTests {

    private static final HookContext CONTEXT = new HookContext("session-1");

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CopilotHookAutoConfiguration.class));

    @Test
    void givesSessionsTheHookMethodsOfBeans() {
        contextRunner.withBean(PromptHooks.class).run(context -> {
            SessionHooks hooks = context.getBean(CopilotHookRegistry.class).hooks();

            assertThat(hooks.types()).containsExactly(HookType.USER_PROMPT_SUBMITTED);
            assertThat(hooks.userPromptSubmitted().handle(prompt("hello"), CONTEXT).modifiedPrompt())
                    .isEqualTo("hello (session session-1)");
        });
    }

    @Test
    void runsSeveralHandlersOfATypeInOrder() {
        contextRunner.withBean(LateGuard.class).withBean(EarlyGuard.class).withBean(ArgumentRewriter.class)
                .run(context -> {
                    PreToolUseOutput output = context.getBean(CopilotHookRegistry.class).hooks().preToolUse()
                            .handle(preToolUse("bash"), CONTEXT);

                    assertThat(output.permissionDecision()).isEqualTo(PreToolUseOutput.Decision.DENY);
                    assertThat(output.permissionDecisionReason()).isEqualTo("early: no bash");
                    assertThat(context.getBean(LateGuard.class).calls).hasValue(0);
                });
    }

    @Test
    void handlesSeveralTypesWithOneMethodAndMetaAnnotations() {
        contextRunner.withBean(AuditHooks.class).run(context -> {
            SessionHooks hooks = context.getBean(CopilotHookRegistry.class).hooks();

            assertThat(hooks.types()).containsExactlyInAnyOrder(HookType.PRE_TOOL_USE, HookType.POST_TOOL_USE,
                    HookType.SESSION_START);
            assertThat(hooks.preToolUse().handle(preToolUse("view"), CONTEXT)).isNull();
            assertThat(context.getBean(AuditHooks.class).seen).containsExactly("PreToolUseInput@session-1");
        });
    }

    @Test
    void invokesHooksThroughTheProxySoAspectsApply() {
        contextRunner.withBean(PromptHooks.class).withUserConfiguration(CountingAspectConfiguration.class)
                .run(context -> {
                    assertThat(AopUtils.isAopProxy(context.getBean(PromptHooks.class))).isTrue();

                    context.getBean(CopilotHookRegistry.class).hooks().userPromptSubmitted()
                            .handle(prompt("hi"), CONTEXT);

                    assertThat(context.getBean(CountingAspect.class).calls).hasValue(1);
                });
    }

    @Test
    void failsOnAMethodWhoseInputDoesNotMatchItsType() {
        contextRunner.withBean(MismatchedHooks.class).run(context -> assertThat(context).hasFailed().getFailure()
                .hasStackTraceContaining(MismatchedHooks.class.getName() + ".wrong(PreToolUseInput)")
                .hasStackTraceContaining("must accept a PostToolUseInput"));
    }

    @Test
    void failsOnAMethodHandlingSeveralTypesThatReturnsAnOutput() {
        contextRunner.withBean(ReturningAuditHooks.class).run(context -> assertThat(context).hasFailed()
                .getFailure().hasStackTraceContaining("must return void"));
    }

    @Test
    void backsOffFromTheApplicationsRegistry() {
        CopilotHookRegistry custom = () -> SessionHooks.builder().build();
        contextRunner.withBean(CopilotHookRegistry.class, () -> custom).withBean(PromptHooks.class)
                .run(context -> assertThat(context.getBean(CopilotHookRegistry.class)).isSameAs(custom));
    }

    @Test
    void backsOffWhenCopilotIsDisabled() {
        contextRunner.withPropertyValues("copilot.enabled=false").run(context -> assertThat(context)
                .doesNotHaveBean(AnnotatedHookRegistry.class).doesNotHaveBean(AnnotatedHandlers.class));
    }

    @Test
    void givesSessionsTheAnnotatedPermissionAndUserInputHandlers() {
        contextRunner.withBean(Handlers.class).run(context -> {
            SessionConfig config = context.getBean(AnnotatedHandlers.class)
                    .customize(CopilotSessionFactory.DEFAULT_PROFILE, SessionConfig.defaults());

            assertThat(config.onPermissionRequest().handle(null)).isEqualTo(PermissionDecision.reject("no"));
            assertThat(config.onUserInputRequest().handle(new UserInputRequest("session-1", "Name?", List.of(),
                    true)).answer()).isEqualTo("Answer to Name?");
        });
    }

    @Test
    void replacesThePermissionPolicyButNotAHandlerTheCallerSet() {
        contextRunner.withBean(Handlers.class).run(context -> {
            AnnotatedHandlers handlers = context.getBean(AnnotatedHandlers.class);
            CopilotPermissionPolicy policy = new CopilotPermissionPolicy(List.of(), List.of(), Set::of);
            PermissionHandler callers = PermissionHandler.approveAll();

            assertThat(handlers.customize(CopilotSessionFactory.DEFAULT_PROFILE,
                    SessionConfig.builder().onPermissionRequest(policy).build()).onPermissionRequest())
                    .isNotSameAs(policy);
            assertThat(handlers.customize(CopilotSessionFactory.DEFAULT_PROFILE,
                    SessionConfig.builder().onPermissionRequest(callers).build()).onPermissionRequest())
                    .isSameAs(callers);
        });
    }

    @Test
    void leavesSessionsAloneWithoutAnnotatedHandlers() {
        contextRunner.run(context -> {
            SessionConfig config = SessionConfig.defaults();
            assertThat(context.getBean(AnnotatedHandlers.class).customize(CopilotSessionFactory.DEFAULT_PROFILE,
                    config)).isSameAs(config);
        });
    }

    @Test
    void failsOnTwoPermissionHandlerMethods() {
        contextRunner.withBean(Handlers.class).withBean("moreHandlers", MoreHandlers.class)
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("Only one method may be annotated with @CopilotPermissionHandler")
                        .hasStackTraceContaining("of bean 'moreHandlers'"));
    }

    @Test
    void failsOnAnAnnotatedHandlerNextToAHandlerBean() {
        contextRunner.withBean(Handlers.class)
                .withBean("userInputBean", UserInputHandler.class, () -> request -> new UserInputResponse("x", true))
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("UserInputHandler bean 'userInputBean'"));
    }

    private static UserPromptSubmittedInput prompt(String text) {
        return new UserPromptSubmittedInput("session-1", Instant.now(), "/work", text);
    }

    private static PreToolUseInput preToolUse(String tool) {
        return new PreToolUseInput("session-1", Instant.now(), "/work", tool, null);
    }

    static class PromptHooks {

        @CopilotHook(HookType.USER_PROMPT_SUBMITTED)
        public UserPromptSubmittedOutput addSession(UserPromptSubmittedInput input, HookContext context) {
            return UserPromptSubmittedOutput.modifyPrompt(input.prompt() + " (session " + context.sessionId() + ")");
        }
    }

    @Order(1)
    static class EarlyGuard {

        @CopilotHook(HookType.PRE_TOOL_USE)
        public PreToolUseOutput guard(PreToolUseInput input) {
            return input.toolName().equals("bash") ? PreToolUseOutput.deny("early: no bash") : null;
        }
    }

    static class ArgumentRewriter implements Ordered {

        @CopilotHook(HookType.PRE_TOOL_USE)
        public PreToolUseOutput allow(PreToolUseInput input) {
            return PreToolUseOutput.allow();
        }

        @Override
        public int getOrder() {
            return 0;
        }
    }

    static class LateGuard {

        final AtomicInteger calls = new AtomicInteger();

        @CopilotHook(HookType.PRE_TOOL_USE)
        @Order(5)
        public PreToolUseOutput guard(PreToolUseInput input) {
            calls.incrementAndGet();
            return PreToolUseOutput.deny("late");
        }
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @CopilotHook({HookType.PRE_TOOL_USE, HookType.POST_TOOL_USE, HookType.SESSION_START})
    @interface Audited {
    }

    static class AuditHooks {

        final List<String> seen = new CopyOnWriteArrayList<>();

        @Audited
        public void audit(HookInput input, HookContext context) {
            seen.add(input.getClass().getSimpleName() + "@" + context.sessionId());
        }
    }

    static class MismatchedHooks {

        @CopilotHook(HookType.POST_TOOL_USE)
        public PostToolUseOutput wrong(PreToolUseInput input) {
            return null;
        }
    }

    static class ReturningAuditHooks {

        @CopilotHook({HookType.PRE_TOOL_USE, HookType.POST_TOOL_USE})
        public PreToolUseOutput audit(HookInput input) {
            return null;
        }
    }

    static class Handlers {

        @CopilotPermissionHandler
        public PermissionDecision decide(PermissionRequestContext context) {
            return PermissionDecision.reject("no");
        }

        @CopilotUserInputHandler
        public UserInputResponse answer(UserInputRequest request) {
            return new UserInputResponse("Answer to " + request.question(), true);
        }
    }

    static class MoreHandlers {

        @CopilotPermissionHandler
        public PermissionDecision decide(PermissionRequestContext context) {
            return PermissionDecision.approveOnce();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAspectJAutoProxy
    static class CountingAspectConfiguration {

        @Bean
        CountingAspect countingAspect() {
            return new CountingAspect();
        }
    }

    @Aspect
    static class CountingAspect {

        final AtomicInteger calls = new AtomicInteger();

        @Around("execution(* *..CopilotHookAutoConfigurationTests.PromptHooks.*(..))")
        Object count(ProceedingJoinPoint call) throws Throwable {
            calls.incrementAndGet();
            return call.proceed();
        }
    }
}
