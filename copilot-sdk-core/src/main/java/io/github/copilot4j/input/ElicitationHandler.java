package io.github.copilot4j.input;

/**
 * Shows elicitation requests (forms, URLs to open) to the user; setting one announces
 * {@code requestElicitation: true}, which tells the CLI this client can show them. Runs on the client's executor and
 * may block.
 */
@FunctionalInterface
public interface ElicitationHandler {

    /** Returns the user's response; throwing, or returning null, cancels the request. */
    ElicitationResult handle(ElicitationRequest request) throws Exception;
}
