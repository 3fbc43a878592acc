package io.github.copilot4j.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.sample.backend.ModelBackend;
import io.github.copilot4j.spring.session.CopilotSessionFactory;
import io.github.copilot4j.spring.tool.CopilotToolRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

@SupportDeskTest
class SampleApplicationTests {

    @Autowired
    private ModelBackend backend;

    @Autowired
    private CopilotToolRegistry tools;

    @Autowired
    private CopilotSessionFactory sessions;

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @Test
    void runsOnTheOfflineDemoWithTheDesksToolsOnly() {
        assertThat(backend).isEqualTo(ModelBackend.OFFLINE_DEMO);
        assertThat(tools.toolNames())
                .containsExactlyInAnyOrder("find_customer", "list_orders", "get_order_status", "open_ticket");
        SessionConfig config = sessions.sessionConfig(CopilotSessionFactory.DEFAULT_PROFILE);
        assertThat(config.streaming()).isTrue();
        assertThat(config.availableTools())
                .containsExactly("find_customer", "list_orders", "get_order_status", "open_ticket");
        assertThat(config.hooks()).isNotNull();
        assertThat(config.onPermissionRequest()).isNotNull();
    }

    @Test
    void servesThePageAndTellsItAboutTheOfflineDemo() {
        RestClient http = RestClient.create("http://127.0.0.1:" + port);
        assertThat(http.get().uri("/").retrieve().body(String.class)).contains("<h1>Support Desk Assistant</h1>");
        JsonNode backendView = http.get().uri("/api/backend").retrieve().body(JsonNode.class);
        assertThat(backendView.path("id").asString()).isEqualTo("offline-demo");
        assertThat(backendView.path("offlineDemo").asBoolean()).isTrue();
    }

    @Test
    void exposesCopilotHealthMetricsAndSessionsOnTheManagementPort() {
        assertThat(managementPort).isNotEqualTo(port);
        RestClient management = RestClient.create("http://127.0.0.1:" + managementPort + "/actuator");
        JsonNode health = management.get().uri("/health").retrieve().body(JsonNode.class);
        assertThat(health.path("status").asString()).isEqualTo("UP");
        JsonNode copilot = health.path("components").path("copilot");
        assertThat(copilot.path("status").asString()).isEqualTo("UP");
        assertThat(copilot.path("details").path("cliVersion").asString()).isEqualTo("1.0.102");
        assertThat(copilot.path("details").path("authenticated").asBoolean()).isTrue();
        JsonNode gauge = management.get().uri("/metrics/copilot.sessions.active").retrieve().body(JsonNode.class);
        assertThat(gauge.path("measurements").get(0).path("value").isNumber()).isTrue();
        JsonNode sessionsEndpoint = management.get().uri("/copilotsessions").retrieve().body(JsonNode.class);
        assertThat(sessionsEndpoint.path("sessions").isArray()).isTrue();
    }
}
