package io.github.copilot4j.event;

/** A registered listener; closing it removes the listener. Closing twice is harmless. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    /** Removes the listener. */
    @Override
    void close();
}
