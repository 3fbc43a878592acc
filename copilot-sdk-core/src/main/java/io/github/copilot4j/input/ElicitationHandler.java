package io.github.copilot4j.input;

/** Shows elicitation requests to the user; setting one announces {@code requestElicitation: true}. */
@FunctionalInterface
public interface ElicitationHandler {

    /** Returns the user's response; a thrown exception cancels the request. */
    ElicitationResult handle(ElicitationRequest request) throws Exception;
}
