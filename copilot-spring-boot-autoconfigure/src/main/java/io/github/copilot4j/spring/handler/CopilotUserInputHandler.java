package io.github.copilot4j.spring.handler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the bean method that answers the agent's questions ({@code ask_user}) in every session the
 * {@link io.github.copilot4j.spring.session.CopilotSessionFactory} opens. The method has the shape of
 * {@link io.github.copilot4j.input.UserInputHandler}: it takes a {@link io.github.copilot4j.input.UserInputRequest}
 * and returns a {@link io.github.copilot4j.input.UserInputResponse}. It is invoked on the bean, so aspects apply. At
 * most one method may carry it, and not together with a {@code UserInputHandler} bean of the application.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface CopilotUserInputHandler {
}
