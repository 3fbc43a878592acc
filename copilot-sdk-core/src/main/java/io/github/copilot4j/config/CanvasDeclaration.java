package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A canvas this client provides, declared to the CLI. Only the declaration is sent; the requests to open, close and
 * act on canvases are answered elsewhere. Experimental in the CLI.
 *
 * @param id the canvas id, unique within this client
 * @param displayName the name shown in UIs
 * @param description what the canvas shows, for the agent
 * @param inputSchema the JSON schema of the input accepted when opening, or null
 * @param actions the actions the agent may invoke, or null
 */
public record CanvasDeclaration(
        String id,
        String displayName,
        String description,
        @Nullable JsonNode inputSchema,
        @Nullable List<Action> actions) {

    public CanvasDeclaration {
        Checks.nonBlank(id, "CanvasDeclaration.id");
        Checks.nonBlank(displayName, "CanvasDeclaration.displayName");
        Checks.required(description, "CanvasDeclaration.description");
        inputSchema = inputSchema == null ? null : inputSchema.deepCopy();
        actions = Checks.listOrNull(actions, "CanvasDeclaration.actions");
    }

    /**
     * An action of a canvas.
     *
     * @param name the action name
     * @param description what the action does, or null
     * @param inputSchema the JSON schema of its input, or null
     */
    public record Action(String name, @Nullable String description, @Nullable JsonNode inputSchema) {

        public Action {
            Checks.nonBlank(name, "CanvasDeclaration.Action.name");
            inputSchema = inputSchema == null ? null : inputSchema.deepCopy();
        }
    }
}
