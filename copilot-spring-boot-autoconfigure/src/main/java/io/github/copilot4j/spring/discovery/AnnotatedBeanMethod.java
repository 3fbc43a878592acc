package io.github.copilot4j.spring.discovery;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A method of a bean that carries an annotation.
 *
 * @param beanName the name of the bean
 * @param bean the bean, possibly a proxy; methods are invoked on it so that its aspects apply
 * @param targetClass the class behind the proxy, where the method was found
 * @param method the annotated method, as declared on the target class or one of its supertypes
 * @param invocableMethod the method to invoke on {@code bean}: {@code method} itself, or its counterpart on the
 *     proxy's interface
 * @param annotation the annotation, merged with its meta-annotations and aliases
 * @param <A> the annotation type
 */
public record AnnotatedBeanMethod<A extends Annotation>(
        String beanName,
        Object bean,
        Class<?> targetClass,
        Method method,
        Method invocableMethod,
        A annotation) {

    /**
     * Invokes the method on the bean.
     *
     * @return what the method returned; null for a {@code void} method
     * @throws Exception what the method threw, unwrapped
     */
    public @Nullable Object invoke(@Nullable Object... arguments) throws Exception {
        try {
            return invocableMethod.invoke(bean, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception exception) {
                throw exception;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Names the method and the bean, for messages: {@code com.example.Tools.find(String) of bean 'tools'}. */
    public String describe() {
        return targetClass.getName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                        .collect(Collectors.joining(", ", "(", ")"))
                + " of bean '" + beanName + "'";
    }
}
