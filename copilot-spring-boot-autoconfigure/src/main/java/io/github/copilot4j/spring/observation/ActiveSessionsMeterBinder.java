package io.github.copilot4j.spring.observation;

import io.github.copilot4j.CopilotClient;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Binds the gauge {@value #GAUGE_NAME}: the sessions open on the application's clients. */
public final class ActiveSessionsMeterBinder implements MeterBinder {

    /** The gauge of open sessions. */
    public static final String GAUGE_NAME = "copilot.sessions.active";

    private final Supplier<Stream<CopilotClient>> clients;

    /** A binder counting the sessions of the clients {@code clients} supplies at each reading. */
    public ActiveSessionsMeterBinder(Supplier<Stream<CopilotClient>> clients) {
        this.clients = clients;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(GAUGE_NAME, this, ActiveSessionsMeterBinder::count)
                .description("Number of Copilot sessions open on the application's clients")
                .baseUnit("sessions")
                .register(registry);
    }

    private double count() {
        return clients.get().mapToInt(client -> client.sessions().size()).sum();
    }
}
