package io.github.copilot4j.spring.diagnostics;

import io.github.copilot4j.cli.CliInstaller;
import io.github.copilot4j.cli.CliLocator;
import io.github.copilot4j.cli.CliNotFoundException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a missing Copilot CLI: where it was looked for and the properties that provide it. */
class CliNotFoundFailureAnalyzer extends AbstractFailureAnalyzer<CliNotFoundException> {

    private static final String SEARCH_LIST_START = " Looked in:";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CliNotFoundException cause) {
        StringBuilder description = new StringBuilder("The GitHub Copilot CLI, which copilot4j starts to talk to "
                + "GitHub Copilot, was not found: ").append(problem(cause)).append("\n\nPlaces tried:");
        for (int i = 0; i < cause.searchedPlaces().size(); i++) {
            description.append("\n    ").append(i + 1).append(". ").append(cause.searchedPlaces().get(i));
        }
        String action = "Make the Copilot CLI available to the application in one of these ways:\n"
                + "    - set copilot.cli.path to the CLI executable (or the " + CliLocator.PATH_VARIABLE
                + " environment variable),\n"
                + "    - set copilot.cli.install=true, without copilot.cli.path, to install the CLI version copilot4j "
                + "is tested with (" + CliInstaller.PINNED_VERSION + ") with npm when none is found,\n"
                + "    - install it into the project yourself: " + CliInstaller.installCommand() + ",\n"
                + "    - or set copilot.cli.url to connect to a Copilot CLI server that is already running.";
        return new FailureAnalysis(description.toString(), action, cause);
    }

    private static String problem(CliNotFoundException cause) {
        String message = String.valueOf(cause.getMessage());
        int end = message.indexOf(SEARCH_LIST_START);
        String problem = end >= 0 ? message.substring(0, end) : message;
        return problem.isEmpty() ? problem : Character.toLowerCase(problem.charAt(0)) + problem.substring(1);
    }
}
