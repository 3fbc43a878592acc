/**
 * Discovery of annotated methods on the application's beans, as Spring's {@code @EventListener} support does it:
 * found on the beans' target classes, invoked through their proxies.
 */
@NullMarked
package io.github.copilot4j.spring.discovery;

import org.jspecify.annotations.NullMarked;
