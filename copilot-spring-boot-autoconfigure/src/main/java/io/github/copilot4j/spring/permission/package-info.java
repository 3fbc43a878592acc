/** The declarative permission policy configured with {@code copilot.permissions.*}. */
@NullMarked
package io.github.copilot4j.spring.permission;

import org.jspecify.annotations.NullMarked;
