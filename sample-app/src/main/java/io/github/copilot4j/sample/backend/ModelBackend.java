package io.github.copilot4j.sample.backend;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * Where the assistant's answers come from. {@value #PROPERTY} chooses one; with {@code auto}, the default, it is
 * {@link #BYOK} when {@code copilot.session.provider.base-url} is set, {@link #GITHUB_COPILOT} when a GitHub token is
 * given ({@code copilot.auth.github-token}, or one of the {@link #TOKEN_VARIABLES}), the CLI's logged-in user is
 * allowed ({@code copilot.auth.use-logged-in-user=true}) or a running CLI is named ({@code copilot.cli.url}), and
 * otherwise {@link #OFFLINE_DEMO}.
 */
public enum ModelBackend {

    /** GitHub Copilot's models, with a GitHub token or the CLI's logged-in user. */
    GITHUB_COPILOT("github-copilot", "GitHub Copilot"),

    /** A model provider of your own: OpenAI, Azure OpenAI, Anthropic or an OpenAI-compatible local server. */
    BYOK("byok", "Your model provider"),

    /** The scripted demo model of the test kit, started in-process; needs no account and no network. */
    OFFLINE_DEMO("offline-demo", "Offline demo model");

    /**
     * The property that chooses the back end: {@code auto}, {@code github-copilot}, {@code byok} or
     * {@code offline-demo}.
     */
    public static final String PROPERTY = "support-desk.model-backend";

    /** The environment variables whose GitHub token selects {@link #GITHUB_COPILOT}, in order of precedence. */
    public static final List<String> TOKEN_VARIABLES = List.of("COPILOT_GITHUB_TOKEN", "GH_TOKEN");

    private final String id;
    private final String label;

    ModelBackend(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The back end's name in {@value #PROPERTY}. */
    public String id() {
        return id;
    }

    /** What the page calls the back end. */
    public String label() {
        return label;
    }

    /**
     * The back end the environment selects.
     *
     * @throws IllegalArgumentException when {@value #PROPERTY} names no back end
     */
    public static ModelBackend select(Environment environment) {
        String chosen = environment.getProperty(PROPERTY, "auto").strip().toLowerCase(Locale.ROOT);
        if (!chosen.equals("auto")) {
            for (ModelBackend backend : values()) {
                if (backend.id.equals(chosen)) {
                    return backend;
                }
            }
            throw new IllegalArgumentException(PROPERTY + " must be auto, github-copilot, byok or offline-demo, got '"
                    + chosen + "'");
        }
        if (hasText(environment, "copilot.session.provider.base-url")) {
            return BYOK;
        }
        if (hasText(environment, "copilot.auth.github-token") || tokenFromVariables(environment) != null
                || environment.getProperty("copilot.auth.use-logged-in-user", Boolean.class, false)
                || hasText(environment, "copilot.cli.url")) {
            return GITHUB_COPILOT;
        }
        return OFFLINE_DEMO;
    }

    /** The GitHub token of the first {@link #TOKEN_VARIABLES} that is set, or null. */
    static @Nullable String tokenFromVariables(Environment environment) {
        for (String variable : TOKEN_VARIABLES) {
            String token = environment.getProperty(variable);
            if (token != null && !token.isBlank()) {
                return token.strip();
            }
        }
        return null;
    }

    static boolean hasText(Environment environment, String property) {
        String value = environment.getProperty(property);
        return value != null && !value.isBlank();
    }
}
