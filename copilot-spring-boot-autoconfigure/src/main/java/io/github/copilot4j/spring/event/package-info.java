/**
 * Session events and client state changes published as Spring
 * {@link org.springframework.context.ApplicationEvent}s, so that {@code @EventListener} methods receive them by event
 * type.
 */
@NullMarked
package io.github.copilot4j.spring.event;

import org.jspecify.annotations.NullMarked;
