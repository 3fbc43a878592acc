package io.github.copilot4j.internal.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.github.copilot4j.CopilotConnectionException;
import io.github.copilot4j.CopilotProtocolException;
import io.github.copilot4j.JsonRpcException;
import io.github.copilot4j.internal.wire.WireJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded fuzzing of the JSON-RPC layer. A stream that breaks the framing or the JSON closes the connection with a
 * typed exception that every pending request fails with; a message that is valid JSON but wrong is answered with an
 * error or ignored, and the connection goes on. Never a hang, never an exception that escapes to a thread.
 */
class JsonRpcConnectionFuzzTests {

    static final int BROKEN_STREAMS = 10_000;
    static final int WRONG_MESSAGES = 10_000;
    private static final int MESSAGES_PER_CONNECTION = 25;
    private static final long SEED = 0xC0DE_F422L;
    private static final int MAX_FRAME_BYTES = 1024 * 1024;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final List<Throwable> escaped = new CopyOnWriteArrayList<>();
    private final Logger connectionLog = (Logger) LoggerFactory.getLogger(JsonRpcConnection.class);
    private Thread.@Nullable UncaughtExceptionHandler previousHandler;
    private @Nullable Level previousLevel;

    @BeforeEach
    void watchForEscapingExceptionsAndQuietenTheExpectedWarnings() {
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> escaped.add(failure));
        previousLevel = connectionLog.getLevel();
        connectionLog.setLevel(Level.ERROR);
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
        connectionLog.setLevel(previousLevel);
    }

    @Test
    void aBrokenStreamClosesTheConnectionWithATypedErrorThatFailsThePendingRequest() throws Exception {
        int protocolErrors = 0;
        for (int i = 0; i < BROKEN_STREAMS; i++) {
            long seed = SEED + i;
            byte[] stream = new WireFuzz(seed).brokenStream(MAX_FRAME_BYTES);
            JsonRpcConnection connection = new JsonRpcConnection("fuzz-" + i, new ByteArrayInputStream(stream),
                    OutputStream.nullOutputStream(), MAX_FRAME_BYTES, new AnsweringHandler(seed));
            CompletableFuture<JsonNode> pending = connection.request("probe", null);

            connection.start();

            CopilotConnectionException reason = connection.closeFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(reason.getMessage()).as("seed %d", seed).doesNotContain("failed unexpectedly");
            protocolErrors += reason instanceof CopilotProtocolException ? 1 : 0;
            Throwable failure = pending.handle((value, error) -> error).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (failure != null) {
                assertThat(failure).as("seed %d", seed)
                        .isInstanceOfAny(CopilotConnectionException.class, JsonRpcException.class);
            }
        }
        assertThat(protocolErrors).isGreaterThan(BROKEN_STREAMS / 2);
        assertThat(escaped).isEmpty();
    }

    @Test
    void aWrongMessageIsAnsweredWithAnErrorOrIgnoredAndTheConnectionGoesOn() throws Exception {
        for (int c = 0; c < WRONG_MESSAGES / MESSAGES_PER_CONNECTION; c++) {
            long seed = SEED - c;
            WireFuzz fuzz = new WireFuzz(seed);
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            Set<String> requestIds = new HashSet<>();
            for (int m = 0; m < MESSAGES_PER_CONNECTION; m++) {
                ObjectNode message = fuzz.wrongMessage();
                JsonNode id = message.get("id");
                if (message.has("method") && id != null && (id.isString() || id.isNumber())) {
                    requestIds.add(id.toString());
                }
                stream.writeBytes(WireFuzz.frame(message));
            }
            stream.writeBytes(WireFuzz.frame(WireJson.object().put("jsonrpc", "2.0").put("method", "test.canary")));
            HeldInputStream input = new HeldInputStream(stream.toByteArray());
            ByteArrayOutputStream answers = new ByteArrayOutputStream();
            AnsweringHandler handler = new AnsweringHandler(seed);
            JsonRpcConnection connection = new JsonRpcConnection("fuzz-" + c, input, answers, MAX_FRAME_BYTES,
                    handler);
            CompletableFuture<JsonNode> pending = connection.request("probe", null);

            connection.start();

            assertThat(handler.canary.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("the canary of seed %d", seed)
                    .isTrue();
            assertThat(connection.isOpen()).as("seed %d", seed).isTrue();
            assertThat(pending).as("no wrong message answers request 1, seed %d", seed).isNotDone();
            Awaitility.await("the answers of seed " + seed).atMost(WAIT).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(1)).until(() -> answeredIds(answers).containsAll(requestIds));
            input.release();
            CopilotConnectionException reason = connection.closeFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(reason).as("seed %d", seed).isNotInstanceOf(CopilotProtocolException.class);
            assertThat(pending).as("seed %d", seed).failsWithin(WAIT);
        }
        assertThat(escaped).isEmpty();
    }

    /** The ids of the responses written, as JSON text: the same number may come back as another node type. */
    private static Set<String> answeredIds(ByteArrayOutputStream answers) throws IOException {
        byte[] written;
        synchronized (answers) {
            written = answers.toByteArray();
        }
        FrameReader reader = new FrameReader(new ByteArrayInputStream(written), Integer.MAX_VALUE);
        Set<String> ids = new HashSet<>();
        byte[] frame;
        while ((frame = reader.readFrame()) != null) {
            JsonNode message = WireJson.MAPPER.readTree(frame);
            if (!message.has("method") && message.has("id")) {
                ids.add(message.get("id").toString());
            }
        }
        return ids;
    }

    /**
     * Handles requests the way an application might: unknown for some methods, a value, a JSON-RPC error or a plain
     * exception for others; counts down on the canary notification.
     */
    private static final class AnsweringHandler implements InboundHandler {

        final CountDownLatch canary = new CountDownLatch(1);
        private final AtomicInteger calls = new AtomicInteger();
        private final long seed;

        AnsweringHandler(long seed) {
            this.seed = seed;
        }

        @Override
        public void onNotification(String method, JsonNode params) {
            if (method.equals("test.canary")) {
                canary.countDown();
            }
        }

        @Override
        public @Nullable CompletableFuture<?> onRequest(String method, JsonNode params) {
            return switch ((int) ((seed + calls.incrementAndGet()) % 5)) {
                case 0 -> null;
                case 1 -> CompletableFuture.completedFuture(WireJson.object().put("fields", params.size()));
                case 2 -> CompletableFuture.failedFuture(new JsonRpcException(method, -32602, "wrong params", null));
                case 3 -> CompletableFuture.supplyAsync(() -> {
                    throw new IllegalStateException("handler failure of method " + method);
                });
                default -> CompletableFuture.completedFuture(new ArrayList<>(List.of(method)));
            };
        }

        @Override
        public void onClose(CopilotConnectionException reason) {
        }
    }

    /** Serves its bytes, then blocks until released, then ends: the connection stays open until the test says. */
    private static final class HeldInputStream extends InputStream {

        private final ByteArrayInputStream bytes;
        private final CountDownLatch released = new CountDownLatch(1);

        HeldInputStream(byte[] content) {
            this.bytes = new ByteArrayInputStream(content);
        }

        void release() {
            released.countDown();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = bytes.read(buffer, offset, length);
            if (count >= 0) {
                return count;
            }
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            return -1;
        }

        @Override
        public void close() {
            released.countDown();
        }
    }
}
