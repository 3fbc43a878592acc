package io.github.copilot4j.it.conformance;

import io.github.copilot4j.config.McpServerConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Local MCP server configurations that run {@link StdioMcpTestServer} with this JVM's classpath. */
final class StdioMcpServers {

    private StdioMcpServers() {
    }

    /** A local server of the given personality (and its arguments), offering all its tools. */
    static McpServerConfig.Local.Builder local(String personality, String... arguments) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> args = new ArrayList<>(List.of("-cp", classpath, StdioMcpTestServer.class.getName(),
                personality));
        args.addAll(List.of(arguments));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return McpServerConfig.local(java).args(args).tools(List.of("*"));
    }
}
