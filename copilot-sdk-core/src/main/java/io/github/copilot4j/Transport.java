package io.github.copilot4j;

/** How the SDK talks to a CLI it spawns. */
public enum Transport {
    /** JSON-RPC over the child's standard input and output (the default). */
    STDIO,
    /** The child listens on a TCP port on the loopback interface and the SDK connects to it. */
    TCP
}
