package io.github.copilot4j.tool;

import io.github.copilot4j.internal.util.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The structured result of a tool call. A handler may return one instead of plain text to report a failure or a
 * denial, attach binary content, or add to the session log.
 *
 * @param textResultForLlm the text the model sees
 * @param resultType how the call ended
 * @param error the error behind a failure, for logs and telemetry; may be null
 * @param sessionLog text for the session's timeline rather than the model; may be null
 * @param toolTelemetry tool-specific telemetry, an object of objects; may be null
 * @param binaryResultsForLlm images or other binary content given to the model; empty for none
 */
public record ToolResult(
        String textResultForLlm,
        ResultType resultType,
        @Nullable String error,
        @Nullable String sessionLog,
        @Nullable ObjectNode toolTelemetry,
        List<BinaryResult> binaryResultsForLlm) {

    public ToolResult {
        Checks.required(textResultForLlm, "ToolResult.textResultForLlm");
        Checks.required(resultType, "ToolResult.resultType");
        toolTelemetry = toolTelemetry == null ? null : toolTelemetry.deepCopy();
        binaryResultsForLlm = Checks.list(binaryResultsForLlm, "ToolResult.binaryResultsForLlm");
    }

    /** A successful call whose result for the model is {@code text}. */
    public static ToolResult success(String text) {
        return of(ResultType.SUCCESS, text);
    }

    /** A failed call: the model sees {@code message}, which is also the error. */
    public static ToolResult failure(String message) {
        return of(ResultType.FAILURE, message).withError(message);
    }

    /** A call that ended as {@code resultType}, the model seeing {@code text}. */
    public static ToolResult of(ResultType resultType, String text) {
        return new ToolResult(text, resultType, null, null, null, List.of());
    }

    /** This result with {@code error}. */
    public ToolResult withError(@Nullable String error) {
        return new ToolResult(textResultForLlm, resultType, error, sessionLog, toolTelemetry, binaryResultsForLlm);
    }

    /** This result with {@code sessionLog}. */
    public ToolResult withSessionLog(@Nullable String sessionLog) {
        return new ToolResult(textResultForLlm, resultType, error, sessionLog, toolTelemetry, binaryResultsForLlm);
    }

    /** This result with {@code toolTelemetry}. */
    public ToolResult withToolTelemetry(@Nullable ObjectNode toolTelemetry) {
        return new ToolResult(textResultForLlm, resultType, error, sessionLog, toolTelemetry, binaryResultsForLlm);
    }

    /** This result with {@code binaryResults} in place of the current ones. */
    public ToolResult withBinaryResultsForLlm(List<BinaryResult> binaryResults) {
        return new ToolResult(textResultForLlm, resultType, error, sessionLog, toolTelemetry, binaryResults);
    }

    /** Defensive copy: the telemetry node must not be changed through this record. */
    @Override
    public @Nullable ObjectNode toolTelemetry() {
        return toolTelemetry == null ? null : toolTelemetry.deepCopy();
    }

    /** How a tool call ended. */
    public enum ResultType {
        /** The tool did its work. */
        SUCCESS("success"),
        /** The tool failed. */
        FAILURE("failure"),
        /** The call was rejected, for example as invalid. */
        REJECTED("rejected"),
        /** The call was not allowed. */
        DENIED("denied"),
        /** The tool ran out of time. */
        TIMEOUT("timeout");

        private final String wireValue;

        ResultType(String wireValue) {
            this.wireValue = wireValue;
        }

        /** The value on the wire. */
        public String wireValue() {
            return wireValue;
        }
    }

    /**
     * Binary content of a tool result.
     *
     * @param type the kind of content
     * @param data the content, base64-encoded
     * @param mimeType the content's media type, e.g. {@code image/png}
     * @param description what the content is; may be null
     */
    public record BinaryResult(Type type, String data, String mimeType, @Nullable String description) {

        public BinaryResult {
            Checks.required(type, "BinaryResult.type");
            Checks.required(data, "BinaryResult.data");
            Checks.nonBlank(mimeType, "BinaryResult.mimeType");
        }

        /** An image, e.g. a PNG, given base64-encoded. */
        public static BinaryResult image(String base64Data, String mimeType) {
            return new BinaryResult(Type.IMAGE, base64Data, mimeType, null);
        }

        /** The kind of binary content. */
        public enum Type {
            /** An image. */
            IMAGE("image"),
            /** Any other resource. */
            RESOURCE("resource");

            private final String wireValue;

            Type(String wireValue) {
                this.wireValue = wireValue;
            }

            /** The value on the wire. */
            public String wireValue() {
                return wireValue;
            }
        }

        @Override
        public String toString() {
            return "BinaryResult[type=" + type + ", mimeType=" + mimeType + ", description=" + description
                    + ", data=" + data.length() + " characters]";
        }
    }
}
