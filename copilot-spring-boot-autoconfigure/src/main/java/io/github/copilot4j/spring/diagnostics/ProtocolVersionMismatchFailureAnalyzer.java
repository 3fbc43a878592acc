package io.github.copilot4j.spring.diagnostics;

import io.github.copilot4j.ProtocolVersionMismatchException;
import io.github.copilot4j.cli.CliInstaller;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a Copilot CLI that speaks another protocol version than copilot4j, and how to get a matching one. */
class ProtocolVersionMismatchFailureAnalyzer extends AbstractFailureAnalyzer<ProtocolVersionMismatchException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProtocolVersionMismatchException cause) {
        Integer server = cause.serverVersion();
        String description = "copilot4j speaks protocol version " + cause.supportedVersion()
                + " of the GitHub Copilot CLI, but the CLI it started or connected to "
                + (server == null ? "does not report a protocol version" : "speaks version " + server)
                + ".\n\n" + cause.getMessage();
        String action = "Use the Copilot CLI version copilot4j is tested with (" + CliInstaller.PINNED_VERSION
                + "): install it with '" + CliInstaller.installCommand() + "' and point copilot.cli.path at it, or "
                + "remove copilot.cli.path and set copilot.cli.install=true. Otherwise use a copilot4j release that "
                + "supports protocol version " + (server == null ? "of your CLI" : server) + ".";
        return new FailureAnalysis(description, action, cause);
    }
}
