package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Creates the session in the cloud instead of locally; the server assigns its id.
 *
 * @param repository the repository associated with the session, or null
 */
public record CloudSessionOptions(@Nullable Repository repository) {

    /** A cloud session for {@code owner/name}. */
    public static CloudSessionOptions forRepository(String owner, String name) {
        return new CloudSessionOptions(new Repository(owner, name, null));
    }

    /**
     * A GitHub repository.
     *
     * @param owner the owner
     * @param name the repository name
     * @param branch the branch, or null
     */
    public record Repository(String owner, String name, @Nullable String branch) {

        public Repository {
            Checks.nonBlank(owner, "CloudSessionOptions.repository.owner");
            Checks.nonBlank(name, "CloudSessionOptions.repository.name");
            Checks.nonBlankOrNull(branch, "CloudSessionOptions.repository.branch");
        }
    }
}
