package io.github.copilot4j.spring.discovery;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.autoproxy.AutoProxyUtils;
import org.springframework.aop.scope.ScopedObject;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * Finds the methods of the application's beans that carry an annotation, in the way of Spring's
 * {@code EventListenerMethodProcessor}: methods are looked up on each bean's target class (behind AOP and scoped
 * proxies), with meta-annotations and annotations declared on interfaces and superclasses, and are invoked through
 * the bean itself so that aspects such as {@code @Transactional} apply. Beans defined by {@code @Bean} methods are
 * included. Call it once every singleton exists, for example from
 * {@link org.springframework.beans.factory.SmartInitializingSingleton#afterSingletonsInstantiated()}; it
 * initializes the lazy beans that have annotated methods.
 */
public final class AnnotatedBeanMethods {

    private static final Logger log = LoggerFactory.getLogger(AnnotatedBeanMethods.class);

    private AnnotatedBeanMethods() {
    }

    /**
     * The annotated methods of every bean, in bean definition order and, per bean, ordered by signature.
     *
     * @throws BeanInitializationException naming the bean when its class cannot be inspected or a method cannot be
     *     invoked on the bean (for example a JDK proxy that does not expose it)
     */
    public static <A extends Annotation> List<AnnotatedBeanMethod<A>> find(ConfigurableListableBeanFactory beanFactory,
            Class<A> annotationType) {
        List<AnnotatedBeanMethod<A>> found = new ArrayList<>();
        for (String beanName : beanFactory.getBeanNamesForType(Object.class)) {
            if (ScopedProxyUtils.isScopedTarget(beanName)) {
                continue;
            }
            Class<?> targetClass = targetClass(beanFactory, beanName);
            if (targetClass == null || !AnnotationUtils.isCandidateClass(targetClass, annotationType)
                    || isSpringContainerClass(targetClass)) {
                continue;
            }
            Map<Method, A> methods;
            try {
                methods = MethodIntrospector.selectMethods(targetClass, (MethodIntrospector.MetadataLookup<A>)
                        method -> AnnotatedElementUtils.findMergedAnnotation(method, annotationType));
            } catch (RuntimeException | LinkageError e) {
                throw new BeanInitializationException("Failed to look for @" + annotationType.getSimpleName()
                        + " methods on bean '" + beanName + "' of " + targetClass.getName(), e);
            }
            if (methods.isEmpty()) {
                continue;
            }
            Object bean = beanFactory.getBean(beanName);
            Class<?> beanType = bean.getClass();
            methods.entrySet().stream()
                    .sorted(Comparator.comparing(entry -> entry.getKey().toGenericString()))
                    .forEach(entry -> found.add(new AnnotatedBeanMethod<>(beanName, bean, targetClass, entry.getKey(),
                            invocableMethod(entry.getKey(), beanType, beanName, annotationType), entry.getValue())));
        }
        return List.copyOf(found);
    }

    private static @Nullable Class<?> targetClass(ConfigurableListableBeanFactory beanFactory, String beanName) {
        Class<?> type;
        try {
            type = AutoProxyUtils.determineTargetClass(beanFactory, beanName);
        } catch (RuntimeException e) {
            log.debug("Could not resolve the target class of bean '{}'; its methods are not inspected", beanName, e);
            return null;
        }
        if (type != null && ScopedObject.class.isAssignableFrom(type)) {
            try {
                Class<?> scopedTarget = AutoProxyUtils.determineTargetClass(beanFactory,
                        ScopedProxyUtils.getTargetBeanName(beanName));
                if (scopedTarget != null) {
                    type = scopedTarget;
                }
            } catch (RuntimeException e) {
                log.debug("Could not resolve the target class of scoped bean '{}'", beanName, e);
            }
        }
        return type;
    }

    private static Method invocableMethod(Method method, Class<?> beanType, String beanName,
            Class<? extends Annotation> annotationType) {
        try {
            Method invocable = AopUtils.selectInvocableMethod(method, beanType);
            ReflectionUtils.makeAccessible(invocable);
            return invocable;
        } catch (IllegalStateException e) {
            throw new BeanInitializationException("The @" + annotationType.getSimpleName() + " method "
                    + method.getName() + " of bean '" + beanName + "' cannot be invoked on the bean's proxy; declare "
                    + "it on an interface the bean implements or use class-based proxies", e);
        }
    }

    private static boolean isSpringContainerClass(Class<?> type) {
        return type.getName().startsWith("org.springframework.")
                && !AnnotatedElementUtils.isAnnotated(type, Component.class);
    }
}
