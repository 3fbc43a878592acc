/** Auto-configuration of copilot4j: the client, the session factory, the permission policy and their properties. */
@NullMarked
package io.github.copilot4j.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
