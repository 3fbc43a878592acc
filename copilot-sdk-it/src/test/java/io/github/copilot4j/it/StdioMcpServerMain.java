package io.github.copilot4j.it;

import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An MCP server on stdio, started by the Copilot CLI as a child Java process with the test class path. It writes
 * its process id to the file named by the first argument, serves {@link McpTestTools}' tools, and exits when its
 * input ends or its parent process is gone, so it never outlives the CLI.
 */
public final class StdioMcpServerMain {

    /** The classpath resource configuring logback to write to stderr only: stdout carries the MCP messages. */
    static final String LOGGING_CONFIGURATION = "logback-stdio-mcp-server.xml";

    private StdioMcpServerMain() {
    }

    /** The arguments that make {@link #javaExecutable()} run this server, writing its pid to {@code pidFile}. */
    static List<String> arguments(Path pidFile) {
        return List.of("-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=" + LOGGING_CONFIGURATION,
                StdioMcpServerMain.class.getName(), pidFile.toString());
    }

    /** The java executable of this JVM. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of(args[0]), Long.toString(ProcessHandle.current().pid()));
        CountDownLatch inputEnded = new CountDownLatch(1);
        InputStream input = new FilterInputStream(System.in) {
            @Override
            public int read() throws IOException {
                return ended(super.read());
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return ended(super.read(buffer, offset, length));
            }

            private int ended(int result) {
                if (result < 0) {
                    inputEnded.countDown();
                }
                return result;
            }
        };
        McpSyncServer server = McpTestTools.serve(new StdioServerTransportProvider(McpTestTools.JSON, input,
                System.out), "stdio");
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        while (!inputEnded.await(500, TimeUnit.MILLISECONDS)) {
            if (parent.isPresent() && !parent.get().isAlive()) {
                break;
            }
        }
        server.close();
        System.exit(0);
    }
}
