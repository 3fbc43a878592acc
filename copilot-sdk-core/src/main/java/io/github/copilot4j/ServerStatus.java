package io.github.copilot4j;

/**
 * The CLI's version and protocol version ({@code status.get}).
 *
 * @param version the CLI version, e.g. {@code 1.0.102}
 * @param protocolVersion the protocol version it speaks
 */
public record ServerStatus(String version, int protocolVersion) {
}
