package com.github.copilot.sdk.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * Put ahead of the official Java SDK on the classpath only when the SDK as shipped cannot connect: its ping result
 * declares {@code timestamp} as a number of milliseconds, while the CLI 1.0.102 sends an ISO-8601 text, so the
 * handshake fails. Same components and accessors as the shipped record (binary compatible); the only difference is
 * that this one accepts both forms of the timestamp.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PingResponse(String message, long timestamp, Integer protocolVersion) {

    /** Binds the wire form, whose timestamp is either epoch milliseconds or an ISO-8601 instant. */
    @JsonCreator
    public static PingResponse fromWire(@JsonProperty("message") String message,
            @JsonProperty("timestamp") JsonNode timestamp, @JsonProperty("protocolVersion") Integer protocolVersion) {
        long epochMillis;
        if (timestamp == null || timestamp.isNull()) {
            epochMillis = 0L;
        } else if (timestamp.isNumber()) {
            epochMillis = timestamp.longValue();
        } else {
            epochMillis = Instant.parse(timestamp.asText()).toEpochMilli();
        }
        return new PingResponse(message, epochMillis, protocolVersion);
    }
}
