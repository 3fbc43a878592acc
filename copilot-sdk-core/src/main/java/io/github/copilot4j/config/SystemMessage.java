package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How the session's system prompt is built: the CLI's prompt plus appended text, a complete replacement, or the CLI's
 * prompt with individual sections changed.
 */
public sealed interface SystemMessage permits SystemMessage.Append, SystemMessage.Replace, SystemMessage.Customize {

    /** The CLI's prompt followed by {@code content}. */
    static Append append(String content) {
        return new Append(Checks.required(content, "SystemMessage.content"));
    }

    /** {@code content} instead of the CLI's prompt, including its safety instructions. */
    static Replace replace(String content) {
        return new Replace(content);
    }

    /** Starts a prompt whose sections are changed one by one. */
    static Customize.Builder customize() {
        return new Customize.Builder();
    }

    /**
     * Append mode.
     *
     * @param content text appended to the CLI's prompt, or null for the CLI's prompt alone
     */
    record Append(@Nullable String content) implements SystemMessage {
    }

    /**
     * Replace mode.
     *
     * @param content the complete system prompt
     */
    record Replace(String content) implements SystemMessage {
        public Replace {
            Checks.required(content, "SystemMessage.content");
        }
    }

    /**
     * Customize mode.
     *
     * @param sections overrides by section id, in insertion order
     * @param content additional instructions, or null
     */
    record Customize(Map<String, SectionOverride> sections, @Nullable String content) implements SystemMessage {

        public Customize {
            sections = Checks.map(sections, "SystemMessage.sections");
        }

        /** Collects section overrides. */
        public static final class Builder {

            private final Map<String, SectionOverride> sections = new LinkedHashMap<>();
            private @Nullable String content;

            private Builder() {
            }

            /** Overrides a known section. */
            public Builder section(Section section, SectionOverride override) {
                return section(Checks.required(section, "SystemMessage.section").id(), override);
            }

            /**
             * Overrides a section by id, including ids this SDK does not know. For an unknown id the CLI appends
             * content-bearing overrides to the additional instructions and ignores {@code remove}.
             */
            public Builder section(String id, SectionOverride override) {
                sections.put(Checks.nonBlank(id, "SystemMessage.section id"),
                        Checks.required(override, "SystemMessage.section override"));
                return this;
            }

            /** Replaces a section with {@code content}. */
            public Builder replace(Section section, String content) {
                return section(section, SectionOverride.replace(content));
            }

            /** Removes a section. */
            public Builder remove(Section section) {
                return section(section, SectionOverride.remove());
            }

            /** Adds {@code content} after a section. */
            public Builder append(Section section, String content) {
                return section(section, SectionOverride.append(content));
            }

            /** Adds {@code content} before a section. */
            public Builder prepend(Section section, String content) {
                return section(section, SectionOverride.prepend(content));
            }

            /** Keeps a section even when its group is removed. */
            public Builder preserve(Section section) {
                return section(section, SectionOverride.preserve());
            }

            /**
             * Rewrites a section when the CLI builds the prompt: the CLI sends the section's content and uses what
             * {@code transform} returns. If the callback throws, the section stays unchanged.
             */
            public Builder transform(Section section, SectionTransform transform) {
                return section(section, SectionOverride.transform(transform));
            }

            /** Sets additional instructions added to the prompt. */
            public Builder content(@Nullable String content) {
                this.content = content;
                return this;
            }

            /** The customized system message. */
            public Customize build() {
                return new Customize(sections, content);
            }
        }
    }

    /** The sections of the CLI's system prompt, with their ids. */
    enum Section {
        /** Agent identity preamble and mode statement. */
        PREAMBLE("preamble"),
        /** The identity preamble together with its sub-sections (tone, tool efficiency, ...). */
        IDENTITY("identity"),
        /** Response style and formatting. */
        TONE("tone"),
        /** Tool usage patterns and parallel calling. */
        TOOL_EFFICIENCY("tool_efficiency"),
        /** Working directory, OS, git root, directory listing, available tools. */
        ENVIRONMENT_CONTEXT("environment_context"),
        /** Coding, linting and testing rules. */
        CODE_CHANGE_RULES("code_change_rules"),
        /** Behavioural guidelines. */
        GUIDELINES("guidelines"),
        /** Environment limitations, prohibited actions, security policies. */
        SAFETY("safety"),
        /** Per-tool usage instructions. */
        TOOL_INSTRUCTIONS("tool_instructions"),
        /** Repository and organisation custom instructions. */
        CUSTOM_INSTRUCTIONS("custom_instructions"),
        /** Runtime-provided context and instructions. */
        RUNTIME_INSTRUCTIONS("runtime_instructions"),
        /** End-of-prompt instructions. */
        LAST_INSTRUCTIONS("last_instructions");

        private final String id;

        Section(String id) {
            this.id = id;
        }

        /** The section id on the wire. */
        public String id() {
            return id;
        }
    }

    /** Rewrites a section's current content; called by the CLI through {@code systemMessage.transform}. */
    @FunctionalInterface
    interface SectionTransform {

        /** Returns the new content of the section. */
        String transform(String content) throws Exception;
    }

    /**
     * What to do with one section. Create with the static factories.
     *
     * @param action the action
     * @param content the text for {@code replace}, {@code append} and {@code prepend}; null otherwise
     * @param transform the callback for {@code transform}; null otherwise
     */
    record SectionOverride(Action action, @Nullable String content, @Nullable SectionTransform transform) {

        public SectionOverride {
            Checks.required(action, "SectionOverride.action");
            boolean needsContent = action == Action.REPLACE || action == Action.APPEND || action == Action.PREPEND;
            if (needsContent != (content != null)) {
                throw new IllegalArgumentException("SectionOverride.content is "
                        + (needsContent ? "required" : "not allowed") + " for action " + action.wireValue());
            }
            if ((action == Action.TRANSFORM) != (transform != null)) {
                throw new IllegalArgumentException("SectionOverride.transform is "
                        + (action == Action.TRANSFORM ? "required" : "not allowed") + " for action "
                        + action.wireValue());
            }
        }

        /** Replaces the section with {@code content}. */
        public static SectionOverride replace(String content) {
            return new SectionOverride(Action.REPLACE, Checks.required(content, "SectionOverride.content"), null);
        }

        /** Removes the section. */
        public static SectionOverride remove() {
            return new SectionOverride(Action.REMOVE, null, null);
        }

        /** Adds {@code content} after the section. */
        public static SectionOverride append(String content) {
            return new SectionOverride(Action.APPEND, Checks.required(content, "SectionOverride.content"), null);
        }

        /** Adds {@code content} before the section. */
        public static SectionOverride prepend(String content) {
            return new SectionOverride(Action.PREPEND, Checks.required(content, "SectionOverride.content"), null);
        }

        /** Keeps the section even when its group is removed. */
        public static SectionOverride preserve() {
            return new SectionOverride(Action.PRESERVE, null, null);
        }

        /** Rewrites the section's content with {@code transform} when the prompt is built. */
        public static SectionOverride transform(SectionTransform transform) {
            return new SectionOverride(Action.TRANSFORM, null, Checks.required(transform, "SectionOverride.transform"));
        }
    }

    /** The section override actions. */
    enum Action {
        /** Replace the section. */
        REPLACE("replace"),
        /** Remove the section. */
        REMOVE("remove"),
        /** Add content after the section. */
        APPEND("append"),
        /** Add content before the section. */
        PREPEND("prepend"),
        /** Keep the section when its group is removed. */
        PRESERVE("preserve"),
        /** Rewrite the section through a callback. */
        TRANSFORM("transform");

        private final String wireValue;

        Action(String wireValue) {
            this.wireValue = wireValue;
        }

        /** The value on the wire. */
        public String wireValue() {
            return wireValue;
        }
    }
}
