/**
 * Opening sessions in a Spring application: the {@link io.github.copilot4j.spring.session.CopilotSessionFactory},
 * named {@link io.github.copilot4j.spring.session.SessionProfile}s and
 * {@link io.github.copilot4j.spring.session.SessionConfigCustomizer}s.
 */
@NullMarked
package io.github.copilot4j.spring.session;

import org.jspecify.annotations.NullMarked;
