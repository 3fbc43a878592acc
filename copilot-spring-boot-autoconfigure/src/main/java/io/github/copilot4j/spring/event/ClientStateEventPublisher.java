package io.github.copilot4j.spring.event;

import io.github.copilot4j.CopilotClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes every state change of the application's {@link CopilotClient}s as a {@link CopilotClientStateEvent}. It
 * listens from the end of the context's start-up, before the clients start.
 */
public final class ClientStateEventPublisher implements SmartInitializingSingleton {

    private final ObjectProvider<CopilotClient> clients;
    private final ApplicationEventPublisher publisher;

    /**
     * A publisher for the given clients.
     *
     * @param clients the clients whose state changes are published
     * @param publisher where the application events go
     */
    public ClientStateEventPublisher(ObjectProvider<CopilotClient> clients, ApplicationEventPublisher publisher) {
        this.clients = clients;
        this.publisher = publisher;
    }

    @Override
    public void afterSingletonsInstantiated() {
        clients.orderedStream().forEach(client -> client.onStateChange((previous, state, cause) ->
                publisher.publishEvent(new CopilotClientStateEvent(client, previous, state, cause))));
    }
}
