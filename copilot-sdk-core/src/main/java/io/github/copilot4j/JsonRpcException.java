package io.github.copilot4j;

import org.jspecify.annotations.Nullable;

/** The CLI answered a request with a JSON-RPC error object. */
public class JsonRpcException extends CopilotException {

    private static final long serialVersionUID = 1L;

    /** JSON-RPC "method not found". */
    public static final int METHOD_NOT_FOUND = -32601;
    /** JSON-RPC "internal error". */
    public static final int INTERNAL_ERROR = -32603;

    private final String method;
    private final int code;
    private final @Nullable String data;

    public JsonRpcException(String method, int code, String message, @Nullable String data) {
        super(method + " failed (JSON-RPC error " + code + "): " + message);
        this.method = method;
        this.code = code;
        this.data = data;
    }

    /** The method of the request that failed. */
    public String method() {
        return method;
    }

    /** The JSON-RPC error code. */
    public int code() {
        return code;
    }

    /** The error's {@code data} member as JSON text, if the CLI sent one. */
    public @Nullable String data() {
        return data;
    }
}
