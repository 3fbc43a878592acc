package io.github.copilot4j;

import org.jspecify.annotations.Nullable;

/** The CLI speaks a protocol version this SDK does not support. */
public class ProtocolVersionMismatchException extends CopilotException {

    private static final long serialVersionUID = 1L;

    private final int supportedVersion;
    private final @Nullable Integer serverVersion;

    public ProtocolVersionMismatchException(int supportedVersion, @Nullable Integer serverVersion,
            @Nullable String cliVersion) {
        super(describe(supportedVersion, serverVersion, cliVersion));
        this.supportedVersion = supportedVersion;
        this.serverVersion = serverVersion;
    }

    private static String describe(int supported, @Nullable Integer server, @Nullable String cliVersion) {
        String reported = server == null ? "does not report a protocol version" : "reports protocol version " + server;
        String cli = cliVersion == null ? "the Copilot CLI" : "the Copilot CLI " + cliVersion;
        return "Protocol version mismatch: copilot4j speaks protocol version " + supported + ", but " + cli + " "
                + reported + ". Use the CLI version copilot4j is tested with ("
                + io.github.copilot4j.cli.CliInstaller.installCommand()
                + ", or point cliPath at it), or a copilot4j release that supports version "
                + (server == null ? "of your CLI" : server) + ".";
    }

    /** The protocol version this SDK speaks. */
    public int supportedVersion() {
        return supportedVersion;
    }

    /** The version the CLI reported, or {@code null} when it reported none. */
    public @Nullable Integer serverVersion() {
        return serverVersion;
    }
}
