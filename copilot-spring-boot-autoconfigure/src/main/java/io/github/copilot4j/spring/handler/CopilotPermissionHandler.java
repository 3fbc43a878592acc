package io.github.copilot4j.spring.handler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the bean method that decides the permission requests of every session the
 * {@link io.github.copilot4j.spring.session.CopilotSessionFactory} opens, in place of the {@code copilot.permissions}
 * policy. The method has the shape of {@link io.github.copilot4j.permission.PermissionHandler}: it takes a
 * {@link io.github.copilot4j.permission.PermissionRequestContext} and returns a
 * {@link io.github.copilot4j.permission.PermissionDecision}. It is invoked on the bean, so aspects apply. At most
 * one method may carry it, and not together with a {@code PermissionHandler} bean of the application.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface CopilotPermissionHandler {
}
