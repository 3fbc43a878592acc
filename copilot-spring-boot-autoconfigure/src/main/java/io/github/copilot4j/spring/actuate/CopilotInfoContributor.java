package io.github.copilot4j.spring.actuate;

import io.github.copilot4j.CopilotClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds {@code copilot} to the info endpoint: the protocol version the SDK speaks and, once the client is connected,
 * the CLI version reported in the handshake. It sends no request and never starts the client.
 */
public final class CopilotInfoContributor implements InfoContributor {

    private final CopilotClient client;

    /** Information about {@code client}. */
    public CopilotInfoContributor(CopilotClient client) {
        this.client = client;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("protocolVersion", CopilotClient.PROTOCOL_VERSION);
        client.cliVersion().ifPresent(version -> details.put("cliVersion", version));
        details.put("state", client.state().name());
        builder.withDetail("copilot", details);
    }
}
