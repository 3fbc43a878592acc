/** A support-desk assistant: a Spring Boot web application on the copilot4j starter. */
@NullMarked
package io.github.copilot4j.sample;

import org.jspecify.annotations.NullMarked;
