/** Actuator support: the {@code copilot} health indicator, info contributor and live sessions endpoint. */
@NullMarked
package io.github.copilot4j.spring.actuate;

import org.jspecify.annotations.NullMarked;
