package io.github.copilot4j.hook;

import io.github.copilot4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Output of the {@code preMcpToolCall} hook: what happens to the request's {@code _meta}. Create with
 * {@link #keepMeta()}, {@link #dropMeta()} or {@link #useMeta(ObjectNode)}.
 *
 * @param metaChange what to do with {@code _meta}
 * @param meta the new {@code _meta} for {@link MetaChange#REPLACE}; null otherwise
 */
public record PreMcpToolCallOutput(MetaChange metaChange, @Nullable ObjectNode meta) implements HookOutput {

    public PreMcpToolCallOutput {
        Checks.required(metaChange, "PreMcpToolCallOutput.metaChange");
        if ((metaChange == MetaChange.REPLACE) != (meta != null)) {
            throw new IllegalArgumentException("PreMcpToolCallOutput.meta is "
                    + (meta == null ? "required" : "not allowed") + " for " + metaChange);
        }
    }

    /** Sends the request's {@code _meta} unchanged. */
    public static PreMcpToolCallOutput keepMeta() {
        return new PreMcpToolCallOutput(MetaChange.KEEP, null);
    }

    /** Sends the request without {@code _meta}. */
    public static PreMcpToolCallOutput dropMeta() {
        return new PreMcpToolCallOutput(MetaChange.DROP, null);
    }

    /** Sends the request with {@code meta} as its {@code _meta}. */
    public static PreMcpToolCallOutput useMeta(ObjectNode meta) {
        return new PreMcpToolCallOutput(MetaChange.REPLACE, Checks.required(meta, "PreMcpToolCallOutput.meta"));
    }

    /** What to do with {@code _meta}; on the wire {@code metaToUse} is absent, null or an object. */
    public enum MetaChange {
        /** Keep it ({@code metaToUse} absent). */
        KEEP,
        /** Drop it ({@code metaToUse: null}). */
        DROP,
        /** Replace it ({@code metaToUse: {...}}). */
        REPLACE
    }
}
