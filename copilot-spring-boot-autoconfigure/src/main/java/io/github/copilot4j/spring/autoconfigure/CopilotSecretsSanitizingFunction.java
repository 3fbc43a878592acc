package io.github.copilot4j.spring.autoconfigure;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the secrets among the {@code copilot.*} properties in the Actuator {@code configprops} and {@code env}
 * endpoints, even when they are configured to show values: GitHub tokens, provider API keys and bearer tokens, the
 * values of provider and MCP server headers, and the values of CLI and MCP server environment variables.
 *
 * <p>Keys are compared in a canonical form, so property-file keys ({@code copilot.auth.github-token}), bound names
 * ({@code copilot.auth.githubToken}) and environment variables ({@code COPILOT_AUTH_GITHUBTOKEN}) all match.
 */
final class CopilotSecretsSanitizingFunction implements SanitizingFunction {

    private static final List<Pattern> SECRET_KEYS = List.of(
            Pattern.compile("copilot\\..*\\.(github\\.?token|api\\.?key|bearer\\.?token)"),
            Pattern.compile("copilot\\.cli\\.env\\..+"),
            Pattern.compile("copilot\\.sessions?(\\..+)?\\.provider\\.headers\\..+"),
            Pattern.compile("copilot\\.sessions?(\\..+)?\\.mcpservers\\..+\\.(env|headers)\\..+"));

    @Override
    public Predicate<SanitizableData> filter() {
        return data -> isSecret(data.getKey());
    }

    @Override
    public SanitizableData apply(SanitizableData data) {
        return data.withSanitizedValue();
    }

    static boolean isSecret(String key) {
        String canonical = key.toLowerCase(Locale.ROOT)
                .replace("-", "")
                .replace('_', '.')
                .replace('[', '.')
                .replace("]", "");
        return SECRET_KEYS.stream().anyMatch(pattern -> pattern.matcher(canonical).matches());
    }
}
