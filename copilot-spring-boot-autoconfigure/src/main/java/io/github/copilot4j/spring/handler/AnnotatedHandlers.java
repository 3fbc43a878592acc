package io.github.copilot4j.spring.handler;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.input.UserInputHandler;
import io.github.copilot4j.input.UserInputRequest;
import io.github.copilot4j.input.UserInputResponse;
import io.github.copilot4j.permission.PermissionDecision;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.permission.PermissionRequestContext;
import io.github.copilot4j.spring.discovery.AnnotatedBeanMethod;
import io.github.copilot4j.spring.discovery.AnnotatedBeanMethods;
import io.github.copilot4j.spring.permission.CopilotPermissionPolicy;
import io.github.copilot4j.spring.session.SessionConfigCustomizer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;

/**
 * Gives sessions the {@link CopilotPermissionHandler @CopilotPermissionHandler} and
 * {@link CopilotUserInputHandler @CopilotUserInputHandler} methods of the application, found once every singleton
 * exists (see {@link AnnotatedBeanMethods}). As a {@link SessionConfigCustomizer} ordered first, it sets them on every
 * session whose configuration has no handler yet or only the {@code copilot.permissions} policy, so a handler the
 * caller sets on a session still wins.
 *
 * <p>Start-up fails when two methods carry the same annotation, when a method has the wrong shape, or when the
 * application also defines a {@link PermissionHandler} (other than the policy) or {@link UserInputHandler} bean.
 */
public final class AnnotatedHandlers implements SessionConfigCustomizer, SmartInitializingSingleton, BeanFactoryAware,
        Ordered {

    private @Nullable ConfigurableListableBeanFactory beanFactory;
    private volatile @Nullable PermissionHandler permissionHandler;
    private volatile @Nullable UserInputHandler userInputHandler;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
        if (!(beanFactory instanceof ConfigurableListableBeanFactory listable)) {
            throw new IllegalArgumentException("AnnotatedHandlers needs a ConfigurableListableBeanFactory, got "
                    + beanFactory.getClass().getName());
        }
        this.beanFactory = listable;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ConfigurableListableBeanFactory factory = beanFactory;
        if (factory == null) {
            throw new IllegalStateException("AnnotatedHandlers was not given its bean factory");
        }
        AnnotatedBeanMethod<CopilotPermissionHandler> permissions = single(factory, CopilotPermissionHandler.class,
                PermissionHandler.class, PermissionDecision.class, PermissionRequestContext.class);
        if (permissions != null) {
            permissionHandler = context -> (PermissionDecision) permissions.invoke(context);
        }
        AnnotatedBeanMethod<CopilotUserInputHandler> userInput = single(factory, CopilotUserInputHandler.class,
                UserInputHandler.class, UserInputResponse.class, UserInputRequest.class);
        if (userInput != null) {
            userInputHandler = request -> (UserInputResponse) userInput.invoke(request);
        }
    }

    @Override
    public SessionConfig customize(String profile, SessionConfig config) {
        PermissionHandler permissions = permissionHandler;
        UserInputHandler userInput = userInputHandler;
        boolean replacePermissions = permissions != null && (config.onPermissionRequest() == null
                || config.onPermissionRequest() instanceof CopilotPermissionPolicy);
        boolean setUserInput = userInput != null && config.onUserInputRequest() == null;
        if (!replacePermissions && !setUserInput) {
            return config;
        }
        SessionConfig.Builder builder = config.toBuilder();
        if (replacePermissions) {
            builder.onPermissionRequest(permissions);
        }
        if (setUserInput) {
            builder.onUserInputRequest(userInput);
        }
        return builder.build();
    }

    /** First among the customizers, so that later ones see (and may replace) the handlers. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static <A extends Annotation> @Nullable AnnotatedBeanMethod<A> single(
            ConfigurableListableBeanFactory factory, Class<A> annotation, Class<?> handlerType, Class<?> returnType,
            Class<?> parameterType) {
        List<AnnotatedBeanMethod<A>> methods = AnnotatedBeanMethods.find(factory, annotation);
        if (methods.isEmpty()) {
            return null;
        }
        String name = "@" + annotation.getSimpleName();
        if (methods.size() > 1) {
            throw new BeanInitializationException("Only one method may be annotated with " + name + ", found "
                    + methods.get(0).describe() + " and " + methods.get(1).describe());
        }
        AnnotatedBeanMethod<A> method = methods.get(0);
        Method target = method.method();
        if (!Arrays.equals(target.getParameterTypes(), new Class<?>[] {parameterType})
                || !returnType.isAssignableFrom(target.getReturnType())) {
            throw new BeanInitializationException("The " + name + " method " + method.describe() + " must take a "
                    + parameterType.getSimpleName() + " and return a " + returnType.getSimpleName());
        }
        String[] handlerBeans = Arrays.stream(factory.getBeanNamesForType(handlerType))
                .filter(beanName -> !factory.isTypeMatch(beanName, CopilotPermissionPolicy.class))
                .toArray(String[]::new);
        if (handlerBeans.length > 0) {
            throw new BeanInitializationException("Both the " + name + " method " + method.describe() + " and the "
                    + handlerType.getSimpleName() + " bean '" + handlerBeans[0] + "' would answer the sessions' "
                    + "requests; keep one of them");
        }
        return method;
    }
}
