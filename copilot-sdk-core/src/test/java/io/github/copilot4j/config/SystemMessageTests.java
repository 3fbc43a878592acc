package io.github.copilot4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.copilot4j.config.SystemMessage.Action;
import io.github.copilot4j.config.SystemMessage.Section;
import io.github.copilot4j.config.SystemMessage.SectionOverride;
import org.junit.jupiter.api.Test;

class SystemMessageTests {

    @Test
    void customizeKeepsSectionsInOrderAndAcceptsUnknownIds() {
        SystemMessage.Customize message = SystemMessage.customize()
                .section("brand_new", SectionOverride.remove())
                .section(Section.TONE, SectionOverride.preserve())
                .build();

        assertThat(message.sections()).containsOnlyKeys("brand_new", "tone");
        assertThat(message.sections().keySet()).containsExactly("brand_new", "tone");
    }

    @Test
    void sectionIdsMustNotBeBlank() {
        assertThatThrownBy(() -> SystemMessage.customize().section(" ", SectionOverride.remove()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SystemMessage.section id must not be blank");
    }

    @Test
    void replaceNeedsContent() {
        assertThatThrownBy(() -> SystemMessage.replace(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SystemMessage.content is required");
    }

    @Test
    void contentActionsNeedContent() {
        assertThatThrownBy(() -> new SectionOverride(Action.APPEND, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SectionOverride.content is required for action append");
    }

    @Test
    void removeTakesNoContent() {
        assertThatThrownBy(() -> new SectionOverride(Action.REMOVE, "text", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SectionOverride.content is not allowed for action remove");
    }

    @Test
    void transformNeedsACallbackAndOnlyTransformTakesOne() {
        assertThatThrownBy(() -> new SectionOverride(Action.TRANSFORM, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SectionOverride.transform is required for action transform");
        assertThatThrownBy(() -> new SectionOverride(Action.PRESERVE, null, content -> content))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SectionOverride.transform is not allowed for action preserve");
    }

    @Test
    void transformCallbackIsKept() throws Exception {
        SectionOverride override = SectionOverride.transform(content -> content + "!");

        assertThat(override.action()).isEqualTo(Action.TRANSFORM);
        assertThat(override.transform().transform("hi")).isEqualTo("hi!");
    }

    @Test
    void builderShorthandsSetTheMatchingOverrides() throws Exception {
        SystemMessage.Customize message = SystemMessage.customize()
                .replace(Section.TONE, "Be terse.")
                .remove(Section.SAFETY)
                .append(Section.GUIDELINES, "Cite sources.")
                .prepend(Section.CODE_CHANGE_RULES, "Keep diffs small.")
                .preserve(Section.PREAMBLE)
                .transform(Section.CUSTOM_INSTRUCTIONS, content -> content + "!")
                .build();

        assertThat(message.sections()).containsExactly(
                entry("tone", SectionOverride.replace("Be terse.")),
                entry("safety", SectionOverride.remove()),
                entry("guidelines", SectionOverride.append("Cite sources.")),
                entry("code_change_rules", SectionOverride.prepend("Keep diffs small.")),
                entry("preamble", SectionOverride.preserve()),
                entry("custom_instructions", message.sections().get("custom_instructions")));
        SectionOverride transform = message.sections().get("custom_instructions");
        assertThat(transform.action()).isEqualTo(Action.TRANSFORM);
        assertThat(transform.transform().transform("hi")).isEqualTo("hi!");
    }

    @Test
    void aLaterOverrideOfTheSameSectionReplacesTheEarlierOne() {
        SystemMessage.Customize message = SystemMessage.customize()
                .remove(Section.TONE)
                .append(Section.TONE, "Be terse.")
                .build();

        assertThat(message.sections()).containsExactly(entry("tone", SectionOverride.append("Be terse.")));
    }
}
