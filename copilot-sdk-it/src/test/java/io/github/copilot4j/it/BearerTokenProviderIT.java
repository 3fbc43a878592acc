package io.github.copilot4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.CopilotSession;
import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.ProviderConfig;
import io.github.copilot4j.testkit.CopilotTest;
import io.github.copilot4j.testkit.CopilotTestEnvironment;
import io.github.copilot4j.testkit.ModelReply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A BYOK provider authenticated by tokens the application supplies on demand. */
@CopilotTest
class BearerTokenProviderIT {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void eachModelRequestCarriesAFreshTokenFromTheProvider(CopilotTestEnvironment environment,
            CopilotClient client) {
        environment.modelServer().enqueue(ModelReply.text("2"), ModelReply.text("4"));
        AtomicInteger issued = new AtomicInteger();
        List<String> askedFor = new CopyOnWriteArrayList<>();
        ProviderConfig provider = environment.byokProvider().toBuilder()
                .apiKey(null)
                .bearerTokenProvider((providerName, sessionId) -> {
                    askedFor.add(providerName + "@" + sessionId);
                    return "token-" + issued.incrementAndGet();
                })
                .build();
        SessionConfig config = SessionConfig.builder().provider(provider).model("gpt-4.1").build();
        try (CopilotSession session = client.createSession(config)) {
            assertThat(session.sendAndWait("What is 1+1?", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("2");
            assertThat(session.sendAndWait("And 2+2?", TURN_TIMEOUT).orElseThrow().content()).isEqualTo("4");

            assertThat(askedFor).hasSize(2).containsOnly("default@" + session.sessionId());
        }
        assertThat(environment.modelServer().chatRequests())
                .extracting(request -> request.httpRequest().header("authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2");
    }
}
