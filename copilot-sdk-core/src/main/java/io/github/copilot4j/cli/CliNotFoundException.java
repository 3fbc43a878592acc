package io.github.copilot4j.cli;

import io.github.copilot4j.CopilotException;
import java.util.List;

/** No usable Copilot CLI executable was found; the message lists every place that was searched and the fix. */
public class CliNotFoundException extends CopilotException {

    private static final long serialVersionUID = 1L;

    private final List<String> searchedPlaces;

    public CliNotFoundException(String problem, List<String> searchedPlaces) {
        super(describe(problem, searchedPlaces));
        this.searchedPlaces = List.copyOf(searchedPlaces);
    }

    private static String describe(String problem, List<String> searchedPlaces) {
        StringBuilder text = new StringBuilder(problem).append(" Looked in:");
        for (int i = 0; i < searchedPlaces.size(); i++) {
            text.append("\n  ").append(i + 1).append(". ").append(searchedPlaces.get(i));
        }
        text.append("\nInstall it with: ").append(CliInstaller.installCommand())
                .append("\nor point the cliPath option or the ").append(CliLocator.PATH_VARIABLE)
                .append(" environment variable at the executable.");
        return text.toString();
    }

    /** The places that were searched, in order. */
    public List<String> searchedPlaces() {
        return searchedPlaces;
    }
}
