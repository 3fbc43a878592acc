/** The application's session hooks, as given to sessions by the {@code CopilotSessionFactory}. */
@NullMarked
package io.github.copilot4j.spring.hook;

import org.jspecify.annotations.NullMarked;
