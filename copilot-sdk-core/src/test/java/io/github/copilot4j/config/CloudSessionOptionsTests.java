package io.github.copilot4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CloudSessionOptionsTests {

    @Test
    void repositoryNeedsOwnerAndName() {
        assertThatThrownBy(() -> CloudSessionOptions.forRepository("", "demo"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CloudSessionOptions.repository.owner must not be blank");
        assertThatThrownBy(() -> CloudSessionOptions.forRepository("octo", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CloudSessionOptions.repository.name must not be blank");
    }

    @Test
    void forRepositoryHasNoBranch() {
        assertThat(CloudSessionOptions.forRepository("octo", "demo").repository())
                .isEqualTo(new CloudSessionOptions.Repository("octo", "demo", null));
    }
}
