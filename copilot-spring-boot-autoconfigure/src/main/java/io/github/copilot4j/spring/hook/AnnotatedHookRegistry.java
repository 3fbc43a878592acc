package io.github.copilot4j.spring.hook;

import io.github.copilot4j.hook.HookContext;
import io.github.copilot4j.hook.HookHandler;
import io.github.copilot4j.hook.HookInput;
import io.github.copilot4j.hook.HookOutput;
import io.github.copilot4j.hook.HookType;
import io.github.copilot4j.hook.SessionHooks;
import io.github.copilot4j.spring.discovery.AnnotatedBeanMethod;
import io.github.copilot4j.spring.discovery.AnnotatedBeanMethods;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.annotation.OrderUtils;

/**
 * The {@link CopilotHookRegistry} of the application's {@link CopilotHook @CopilotHook} methods, found once every
 * singleton exists (see {@link AnnotatedBeanMethods}) and invoked on their beans, so aspects apply.
 *
 * <p>Several methods of one hook type run in order: the method's {@link Order @Order}, else the bean's
 * ({@link Ordered} or {@code @Order} on its class), lowest first; ties keep the bean definition order. A method
 * returning null (or {@code void}) leaves the input as it is. Their outputs combine as follows:
 * <ul>
 * <li>{@code preToolUse}: the most restrictive decision wins (deny, then ask, then allow) with its reason, and the
 * first denial ends the chain; modified arguments are chained, each handler seeing the arguments as changed
 * before it;</li>
 * <li>{@code postToolUse}, {@code userPromptSubmitted}, {@code userPromptTransformed}, {@code preMcpToolCall}: the
 * modified result, prompt or {@code _meta} is chained the same way, and the last change is sent;</li>
 * <li>{@code sessionStart}: modified configurations are merged, later handlers' fields overriding earlier ones;</li>
 * <li>{@code sessionEnd}: cleanup actions are concatenated and the last summary is sent;</li>
 * <li>{@code errorOccurred}: the first handler that chooses an error handling decides it (with its retry count);</li>
 * <li>{@code agentStop}: the first handler that blocks the stop ends the chain;</li>
 * <li>in every type, texts for the model or the user ({@code additionalContext}, {@code userNotification}) are
 * joined, and {@code suppressOutput} holds when any handler asks for it.</li>
 * </ul>
 * An exception thrown by a handler ends the chain: the CLI then gets no output for that invocation, as for a single
 * failing handler.
 */
public final class AnnotatedHookRegistry implements CopilotHookRegistry, SmartInitializingSingleton,
        BeanFactoryAware {

    private @Nullable ConfigurableListableBeanFactory beanFactory;
    private volatile @Nullable SessionHooks hooks;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
        if (!(beanFactory instanceof ConfigurableListableBeanFactory listable)) {
            throw new IllegalArgumentException("AnnotatedHookRegistry needs a ConfigurableListableBeanFactory, got "
                    + beanFactory.getClass().getName());
        }
        this.beanFactory = listable;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ConfigurableListableBeanFactory factory = beanFactory;
        if (factory == null) {
            throw new IllegalStateException("AnnotatedHookRegistry was not given its bean factory");
        }
        Map<HookType, List<OrderedHandler>> handlersByType = new EnumMap<>(HookType.class);
        for (AnnotatedBeanMethod<CopilotHook> method : AnnotatedBeanMethods.find(factory, CopilotHook.class)) {
            Set<HookType> types = types(method);
            HookMethodHandler handler = new HookMethodHandler(method, validate(method, types));
            int order = order(method);
            for (HookType type : types) {
                handlersByType.computeIfAbsent(type, key -> new ArrayList<>()).add(new OrderedHandler(order, handler));
            }
        }
        SessionHooks.Builder builder = SessionHooks.builder();
        handlersByType.forEach((type, handlers) -> {
            List<HookHandler<?, ?>> ordered = handlers.stream()
                    .sorted(Comparator.comparingInt(OrderedHandler::order))
                    .<HookHandler<?, ?>>map(OrderedHandler::handler)
                    .toList();
            HookHandlers.on(builder, type, HookChains.combine(type, ordered));
        });
        hooks = builder.build();
    }

    @Override
    public SessionHooks hooks() {
        SessionHooks current = hooks;
        if (current == null) {
            throw new IllegalStateException("The @CopilotHook methods are discovered once every singleton exists; "
                    + "open sessions after the application context is refreshed");
        }
        return current;
    }

    private static Set<HookType> types(AnnotatedBeanMethod<CopilotHook> method) {
        HookType[] declared = method.annotation().value();
        if (declared.length == 0) {
            throw new BeanInitializationException("@CopilotHook on " + method.describe() + " names no hook type");
        }
        return EnumSet.copyOf(List.of(declared));
    }

    /** Checks the method's signature against every type it handles; returns whether it takes a context. */
    private static boolean validate(AnnotatedBeanMethod<CopilotHook> method, Set<HookType> types) {
        Method target = method.method();
        Class<?>[] parameters = target.getParameterTypes();
        if (parameters.length < 1 || parameters.length > 2
                || (parameters.length == 2 && parameters[1] != HookContext.class)) {
            throw invalid(method, "must take the hook's input and optionally a HookContext");
        }
        Class<?> returned = target.getReturnType();
        boolean returnsNothing = returned == void.class || returned == Void.class;
        if (!returnsNothing && types.size() > 1) {
            throw invalid(method, "handles several hook types, so it must return void");
        }
        for (HookType type : types) {
            HookSignature signature = HookSignature.of(type);
            if (!parameters[0].isAssignableFrom(signature.input())) {
                throw invalid(method, "handles " + type.wireValue() + ", so its first parameter must accept a "
                        + signature.input().getSimpleName());
            }
            if (!returnsNothing && !signature.output().isAssignableFrom(returned)) {
                throw invalid(method, "handles " + type.wireValue() + ", so it must return a "
                        + signature.output().getSimpleName() + " or void");
            }
        }
        return parameters.length == 2;
    }

    private static BeanInitializationException invalid(AnnotatedBeanMethod<CopilotHook> method, String problem) {
        return new BeanInitializationException("The @CopilotHook method " + method.describe() + " " + problem);
    }

    private static int order(AnnotatedBeanMethod<CopilotHook> method) {
        Order onMethod = AnnotatedElementUtils.findMergedAnnotation(method.method(), Order.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        if (method.bean() instanceof Ordered ordered) {
            return ordered.getOrder();
        }
        return OrderUtils.getOrder(method.targetClass(), Ordered.LOWEST_PRECEDENCE);
    }

    /** A handler and its position. */
    private record OrderedHandler(int order, HookMethodHandler handler) {
    }

    /** Invokes a hook method on its bean. */
    private static final class HookMethodHandler implements HookHandler<HookInput, HookOutput> {

        private final AnnotatedBeanMethod<CopilotHook> method;
        private final boolean takesContext;

        HookMethodHandler(AnnotatedBeanMethod<CopilotHook> method, boolean takesContext) {
            this.method = method;
            this.takesContext = takesContext;
        }

        @Override
        public @Nullable HookOutput handle(HookInput input, HookContext context) throws Exception {
            return (HookOutput) (takesContext ? method.invoke(input, context) : method.invoke(input));
        }

        @Override
        public String toString() {
            return method.describe();
        }
    }
}
