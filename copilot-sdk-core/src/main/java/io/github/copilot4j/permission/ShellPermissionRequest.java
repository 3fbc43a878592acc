package io.github.copilot4j.permission;

import io.github.copilot4j.internal.util.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Permission to run a shell command (kind {@code shell}).
 *
 * @param toolCallId the tool call that runs the command, or null
 * @param fullCommandText the complete command text
 * @param intention what the command is meant to do
 * @param commands the commands parsed from the text
 * @param possiblePaths files the command may read or write
 * @param possibleUrls URLs the command may access
 * @param hasWriteFileRedirection whether the command redirects output into a file ({@code >}, {@code >>})
 * @param canOfferSessionApproval whether approving these commands for the whole session may be offered
 * @param warning a warning about the command's risks, or null
 * @param raw the request as the CLI sent it
 */
public record ShellPermissionRequest(
        @Nullable String toolCallId,
        String fullCommandText,
        String intention,
        List<Command> commands,
        List<String> possiblePaths,
        List<String> possibleUrls,
        boolean hasWriteFileRedirection,
        boolean canOfferSessionApproval,
        @Nullable String warning,
        JsonNode raw) implements PermissionRequest {

    /** The wire kind. */
    public static final String KIND = "shell";

    public ShellPermissionRequest {
        Checks.required(fullCommandText, "fullCommandText");
        Checks.required(intention, "intention");
        commands = Checks.list(commands, "commands");
        possiblePaths = Checks.list(possiblePaths, "possiblePaths");
        possibleUrls = Checks.list(possibleUrls, "possibleUrls");
        raw = Checks.required(raw, "raw").deepCopy();
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The identifiers of {@link #commands()}, as a session approval of them needs them. */
    public List<String> commandIdentifiers() {
        return commands.stream().map(Command::identifier).toList();
    }

    /**
     * One command of the command text.
     *
     * @param identifier the command, typically the executable name
     * @param readOnly whether the command has no side effects
     */
    public record Command(String identifier, boolean readOnly) {

        public Command {
            Checks.required(identifier, "identifier");
        }
    }
}
