/** The application's custom tools, as offered to sessions by the {@code CopilotSessionFactory}. */
@NullMarked
package io.github.copilot4j.spring.tool;

import org.jspecify.annotations.NullMarked;
