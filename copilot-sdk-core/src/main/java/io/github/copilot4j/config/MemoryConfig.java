package io.github.copilot4j.config;

/**
 * Session memory.
 *
 * @param enabled whether the session may read and write persistent memory
 */
public record MemoryConfig(boolean enabled) {
}
