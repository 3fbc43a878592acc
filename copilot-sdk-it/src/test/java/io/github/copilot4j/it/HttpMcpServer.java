package io.github.copilot4j.it;

import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * An MCP server speaking streamable HTTP at {@code http://127.0.0.1:<port>/mcp}: the MCP Java SDK's servlet
 * transport in an embedded Tomcat, serving {@link McpTestTools}' tools. {@link #close()} stops it and its threads.
 */
final class HttpMcpServer implements AutoCloseable {

    private static final String ENDPOINT = "/mcp";

    /**
     * Tomcat's loggers, held so their levels stay set: warnings only, and no report of the MCP SDK's shared Reactor
     * threads, which outlive one server by design.
     */
    private static final List<Logger> TOMCAT_LOGGERS = List.of(
            quiet("org.apache.catalina", Level.WARNING),
            quiet("org.apache.coyote", Level.WARNING),
            quiet("org.apache.tomcat", Level.WARNING),
            quiet("org.apache.catalina.loader.WebappClassLoaderBase", Level.SEVERE));

    private final Path baseDirectory;
    private final Tomcat tomcat;
    private final Connector connector;
    private final McpSyncServer server;

    HttpMcpServer() throws IOException, LifecycleException {
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(McpTestTools.JSON)
                .mcpEndpoint(ENDPOINT)
                .build();
        this.server = McpTestTools.serve(transport, "http");
        this.baseDirectory = Files.createTempDirectory("mcp-http-server-");
        this.tomcat = new Tomcat();
        tomcat.setBaseDir(baseDirectory.toString());
        this.connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", baseDirectory.toString());
        Tomcat.addServlet(context, "mcp", transport).setAsyncSupported(true);
        context.addServletMappingDecoded(ENDPOINT, "mcp");
        try {
            tomcat.start();
        } catch (LifecycleException e) {
            close();
            throw e;
        }
    }

    private static Logger quiet(String name, Level level) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(level);
        return logger;
    }

    /** The MCP endpoint. */
    String url() {
        return "http://127.0.0.1:" + connector.getLocalPort() + ENDPOINT;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            try {
                tomcat.stop();
                tomcat.destroy();
            } catch (LifecycleException e) {
                throw new IllegalStateException("Could not stop the MCP HTTP server", e);
            } finally {
                deleteRecursively(baseDirectory);
            }
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
