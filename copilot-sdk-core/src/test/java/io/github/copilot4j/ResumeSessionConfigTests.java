package io.github.copilot4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.config.CloudSessionOptions;
import io.github.copilot4j.config.OpenCanvasInstance;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResumeSessionConfigTests {

    @Test
    void defaultsToEmptySettings() {
        ResumeSessionConfig config = ResumeSessionConfig.builder().build();

        assertThat(config.session()).isSameAs(SessionConfig.defaults());
        assertThat(config.suppressResumeEvent()).isNull();
        assertThat(config.continuePendingWork()).isNull();
        assertThat(config.openCanvases()).isNull();
    }

    @Test
    void holdsTheSessionSettingsAndResumeOptions() {
        SessionConfig settings = SessionConfig.builder().model("gpt-5").build();
        ResumeSessionConfig config = ResumeSessionConfig.builder()
                .session(settings)
                .continuePendingWork(true)
                .suppressResumeEvent(false)
                .build();

        ResumeSessionConfig copy = config.toBuilder().continuePendingWork(null).build();

        assertThat(config.session().model()).isEqualTo("gpt-5");
        assertThat(config.continuePendingWork()).isTrue();
        assertThat(copy.continuePendingWork()).isNull();
        assertThat(copy.suppressResumeEvent()).isFalse();
        assertThat(copy.session()).isSameAs(settings);
    }

    @Test
    void rejectsASessionIdInTheSettings() {
        SessionConfig settings = SessionConfig.builder().sessionId("s-1").build();

        assertThatThrownBy(() -> ResumeSessionConfig.of(settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("session.sessionId must not be set on resume");
    }

    @Test
    void rejectsCloudSettings() {
        SessionConfig settings = SessionConfig.builder().cloud(new CloudSessionOptions(null)).build();

        assertThatThrownBy(() -> ResumeSessionConfig.of(settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("session.cloud must not be set on resume");
    }

    @Test
    void openCanvasesAreCopied() {
        OpenCanvasInstance canvas = new OpenCanvasInstance("i", "e", null, "c", null, null, null, null, null);
        List<OpenCanvasInstance> canvases = new java.util.ArrayList<>(List.of(canvas));
        ResumeSessionConfig config = ResumeSessionConfig.builder().openCanvases(canvases).build();
        canvases.clear();

        assertThat(config.openCanvases()).containsExactly(canvas);
    }
}
