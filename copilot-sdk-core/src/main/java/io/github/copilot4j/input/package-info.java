/**
 * Questions the CLI asks the user through the application: free-form input ({@code ask_user}), elicitation forms,
 * leaving plan mode, and switching to auto mode after a rate limit.
 */
@NullMarked
package io.github.copilot4j.input;

import org.jspecify.annotations.NullMarked;
