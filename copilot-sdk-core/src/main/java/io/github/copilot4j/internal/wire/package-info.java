/** Conversion between the SDK's types and the CLI's wire JSON. Not API. */
@NullMarked
package io.github.copilot4j.internal.wire;

import org.jspecify.annotations.NullMarked;
