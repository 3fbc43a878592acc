package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import io.github.copilot4j.internal.util.ToStringHelper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An MCP server the session connects to: a local process or a remote HTTP/SSE endpoint. {@code toString()} masks
 * environment and header values.
 */
public sealed interface McpServerConfig permits McpServerConfig.Local, McpServerConfig.Remote {

    /**
     * The tools to use from the server: null or {@code ["*"]} for all, an empty list for none.
     */
    @Nullable List<String> tools();

    /** The timeout of a tool call, or null for the CLI's default. */
    @Nullable Duration timeout();

    /** Starts a local server started with {@code command}. */
    static Local.Builder local(String command) {
        return new Local.Builder(command);
    }

    /** Starts a remote server speaking streamable HTTP at {@code url}. */
    static Remote.Builder http(String url) {
        return new Remote.Builder(Remote.Type.HTTP, url);
    }

    /** Starts a remote server speaking server-sent events at {@code url}. */
    static Remote.Builder sse(String url) {
        return new Remote.Builder(Remote.Type.SSE, url);
    }

    /**
     * A server the CLI starts as a child process and talks to over stdio.
     *
     * @param command the executable
     * @param args its arguments, or null
     * @param env environment variables passed literally, or null
     * @param workingDirectory the working directory of the process, or null
     * @param tools the tools to use, or null for all
     * @param timeout the tool call timeout, or null
     */
    record Local(
            String command,
            @Nullable List<String> args,
            @Nullable Map<String, String> env,
            @Nullable String workingDirectory,
            @Nullable List<String> tools,
            @Nullable Duration timeout) implements McpServerConfig {

        public Local {
            Checks.nonBlank(command, "McpServerConfig.command");
            args = Checks.listOrNull(args, "McpServerConfig.args");
            env = Checks.mapOrNull(env, "McpServerConfig.env");
            Checks.nonBlankOrNull(workingDirectory, "McpServerConfig.workingDirectory");
            tools = Checks.stringsOrNull(tools, "McpServerConfig.tools");
            requirePositive(timeout);
        }

        @Override
        public String toString() {
            return ToStringHelper.of("Local")
                    .add("command", command)
                    .add("args", args)
                    .secretValues("env", env)
                    .add("workingDirectory", workingDirectory)
                    .add("tools", tools)
                    .add("timeout", timeout)
                    .toString();
        }

        /** Builds a {@link Local} server; optional setters accept null to unset the value. */
        public static final class Builder {

            private final String command;
            private @Nullable List<String> args;
            private @Nullable Map<String, String> env;
            private @Nullable String workingDirectory;
            private @Nullable List<String> tools;
            private @Nullable Duration timeout;

            private Builder(String command) {
                this.command = command;
            }

            /** Sets the arguments. */
            public Builder args(@Nullable List<String> args) {
                this.args = args;
                return this;
            }

            /** Sets the environment variables. */
            public Builder env(@Nullable Map<String, String> env) {
                this.env = env;
                return this;
            }

            /** Sets the working directory. */
            public Builder workingDirectory(@Nullable String workingDirectory) {
                this.workingDirectory = workingDirectory;
                return this;
            }

            /** Sets the tools to use. */
            public Builder tools(@Nullable List<String> tools) {
                this.tools = tools;
                return this;
            }

            /** Sets the tool call timeout. */
            public Builder timeout(@Nullable Duration timeout) {
                this.timeout = timeout;
                return this;
            }

            /** Validates and builds the server. */
            public Local build() {
                return new Local(command, args, env, workingDirectory, tools, timeout);
            }
        }
    }

    /**
     * A server reached over the network.
     *
     * @param type the protocol
     * @param url the endpoint, an absolute http(s) URL
     * @param headers HTTP headers sent with each request, or null
     * @param tools the tools to use, or null for all
     * @param timeout the tool call timeout, or null
     */
    record Remote(
            Type type,
            String url,
            @Nullable Map<String, String> headers,
            @Nullable List<String> tools,
            @Nullable Duration timeout) implements McpServerConfig {

        public Remote {
            Checks.required(type, "McpServerConfig.type");
            Checks.httpUrl(url, "McpServerConfig.url");
            headers = Checks.mapOrNull(headers, "McpServerConfig.headers");
            tools = Checks.stringsOrNull(tools, "McpServerConfig.tools");
            requirePositive(timeout);
        }

        @Override
        public String toString() {
            return ToStringHelper.of("Remote")
                    .add("type", type)
                    .add("url", url)
                    .secretValues("headers", headers)
                    .add("tools", tools)
                    .add("timeout", timeout)
                    .toString();
        }

        /** The protocol of a remote server. */
        public enum Type {
            /** Streamable HTTP. */
            HTTP("http"),
            /** Server-sent events. */
            SSE("sse");

            private final String wireValue;

            Type(String wireValue) {
                this.wireValue = wireValue;
            }

            /** The value on the wire. */
            public String wireValue() {
                return wireValue;
            }
        }

        /** Builds a {@link Remote} server; optional setters accept null to unset the value. */
        public static final class Builder {

            private final Type type;
            private final String url;
            private @Nullable Map<String, String> headers;
            private @Nullable List<String> tools;
            private @Nullable Duration timeout;

            private Builder(Type type, String url) {
                this.type = type;
                this.url = url;
            }

            /** Sets the HTTP headers. */
            public Builder headers(@Nullable Map<String, String> headers) {
                this.headers = headers;
                return this;
            }

            /** Sets the tools to use. */
            public Builder tools(@Nullable List<String> tools) {
                this.tools = tools;
                return this;
            }

            /** Sets the tool call timeout. */
            public Builder timeout(@Nullable Duration timeout) {
                this.timeout = timeout;
                return this;
            }

            /** Validates and builds the server. */
            public Remote build() {
                return new Remote(type, url, headers, tools, timeout);
            }
        }
    }

    private static void requirePositive(@Nullable Duration timeout) {
        if (timeout != null && (timeout.isNegative() || timeout.toMillis() == 0)) {
            throw new IllegalArgumentException("McpServerConfig.timeout must be at least 1 millisecond");
        }
    }
}
