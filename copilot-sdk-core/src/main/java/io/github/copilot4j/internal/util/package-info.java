/** Validation and string helpers shared by the SDK's value types. Not API. */
@NullMarked
package io.github.copilot4j.internal.util;

import org.jspecify.annotations.NullMarked;
