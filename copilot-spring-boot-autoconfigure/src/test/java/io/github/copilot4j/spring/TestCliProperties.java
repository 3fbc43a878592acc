package io.github.copilot4j.spring;

import io.github.copilot4j.testkit.CopilotTestEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code copilot.*} properties that point the auto-configured client at a test environment's CLI. */
public final class TestCliProperties {

    private TestCliProperties() {
    }

    public static String[] of(CopilotTestEnvironment environment) {
        List<String> properties = new ArrayList<>(List.of(
                "copilot.cli.path=" + environment.cliPath(),
                "copilot.cli.inherit-environment=false",
                "copilot.cli.working-directory=" + environment.workDirectory(),
                "copilot.auth.github-token=" + CopilotTestEnvironment.FAKE_TOKEN));
        for (Map.Entry<String, String> variable : environment.environment().entrySet()) {
            properties.add("copilot.cli.env[" + variable.getKey() + "]=" + variable.getValue());
        }
        return properties.toArray(String[]::new);
    }
}
