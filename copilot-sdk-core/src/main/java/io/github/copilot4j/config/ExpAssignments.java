package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Experimentation ("flight") assignments fetched by a trusted integrator, in the shape the CLI fetches them itself.
 * Sent with PascalCase member names. Internal to GitHub integrations.
 *
 * @param features the enabled feature names
 * @param flights assigned flights by flight name
 * @param configs configuration entries
 * @param assignmentContext the assignment context forwarded to the model API and telemetry
 * @param parameterGroups an opaque parameter-group payload, or null
 * @param flightingVersion the flighting configuration version, or null
 * @param impressionId the impression id, or null
 */
public record ExpAssignments(
        List<String> features,
        Map<String, String> flights,
        List<ConfigEntry> configs,
        String assignmentContext,
        @Nullable JsonNode parameterGroups,
        @Nullable Integer flightingVersion,
        @Nullable String impressionId) {

    public ExpAssignments {
        features = Checks.list(features, "ExpAssignments.features");
        flights = Checks.map(flights, "ExpAssignments.flights");
        configs = Checks.list(configs, "ExpAssignments.configs");
        Checks.required(assignmentContext, "ExpAssignments.assignmentContext");
        parameterGroups = parameterGroups == null ? null : parameterGroups.deepCopy();
    }

    /**
     * A configuration entry.
     *
     * @param id the entry id
     * @param parameters parameter values by name (strings, numbers, booleans or null)
     */
    public record ConfigEntry(String id, ObjectNode parameters) {

        public ConfigEntry {
            Checks.nonBlank(id, "ExpAssignments.configs.id");
            parameters = Checks.required(parameters, "ExpAssignments.configs.parameters").deepCopy();
        }
    }
}
