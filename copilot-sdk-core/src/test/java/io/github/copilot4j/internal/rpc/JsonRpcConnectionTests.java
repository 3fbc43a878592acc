package io.github.copilot4j.internal.rpc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.copilot4j.CopilotConnectionException;
import io.github.copilot4j.CopilotProtocolException;
import io.github.copilot4j.JsonRpcException;
import io.github.copilot4j.internal.wire.WireJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** Drives a connection from a fake peer on the other end of a loopback socket. */
@Timeout(10)
class JsonRpcConnectionTests {

    private static final int MAX_FRAME_BYTES = 4096;

    private final RecordingHandler handler = new RecordingHandler();
    private ServerSocket server;
    private Socket clientSocket;
    private Socket peerSocket;
    private FrameReader peerReader;
    private FrameWriter peerWriter;
    private JsonRpcConnection connection;

    @BeforeEach
    void connect() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        clientSocket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        peerSocket = server.accept();
        peerSocket.setSoTimeout(5000);
        peerReader = new FrameReader(peerSocket.getInputStream(), 1 << 20);
        peerWriter = new FrameWriter(peerSocket.getOutputStream());
        connection = new JsonRpcConnection("test", clientSocket.getInputStream(), clientSocket.getOutputStream(),
                MAX_FRAME_BYTES, handler);
        connection.start();
    }

    @AfterEach
    void disconnect() throws IOException {
        connection.close();
        peerSocket.close();
        clientSocket.close();
        server.close();
    }

    /** JSON written with single quotes for readability. */
    private static JsonNode json(String singleQuoted) {
        return WireJson.MAPPER.readTree(singleQuoted.replace('\'', '"'));
    }

    private void peerSends(String singleQuotedJson) throws IOException {
        peerWriter.write(singleQuotedJson.replace('\'', '"').getBytes(UTF_8));
    }

    private void peerSendsRaw(String bytes) throws IOException {
        OutputStream out = peerSocket.getOutputStream();
        out.write(bytes.getBytes(UTF_8));
        out.flush();
    }

    private JsonNode peerReceives() throws IOException {
        byte[] frame = peerReader.readFrame();
        assertThat(frame).as("frame sent by the connection").isNotNull();
        return WireJson.MAPPER.readTree(frame);
    }

    /** Receives {@code count} messages keyed by their id's JSON text; answers may come in any order. */
    private Map<String, JsonNode> peerReceivesById(int count) throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        for (int i = 0; i < count; i++) {
            JsonNode message = peerReceives();
            byId.put(message.get("id").toString(), message);
        }
        return byId;
    }

    private static Throwable failureOf(CompletableFuture<?> future) throws InterruptedException {
        try {
            Object value = future.get(1, SECONDS);
            return fail("expected a failure but the future completed with " + value);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            return fail("the future did not fail within 1 s");
        }
    }

    @Test
    void requestCompletesWithTheResult() throws Exception {
        CompletableFuture<JsonNode> result = connection.request("ping", Map.of("message", "hi"));

        JsonNode request = peerReceives();
        assertThat(request.path("jsonrpc").asString()).isEqualTo("2.0");
        assertThat(request.path("method").asString()).isEqualTo("ping");
        assertThat(request.path("params")).isEqualTo(json("{'message':'hi'}"));
        assertThat(request.path("id").isIntegralNumber()).isTrue();
        peerSends("{'jsonrpc':'2.0','id':" + request.get("id") + ",'result':{'message':'pong: hi'}}");

        assertThat(result.get(1, SECONDS)).isEqualTo(json("{'message':'pong: hi'}"));
    }

    @Test
    void requestWithoutParamsLeavesThemOutAndANullResultIsNullNode() throws Exception {
        CompletableFuture<JsonNode> result = connection.request("status.get", null);

        JsonNode request = peerReceives();
        assertThat(request.has("params")).isFalse();
        peerSends("{'jsonrpc':'2.0','id':" + request.get("id") + ",'result':null}");

        assertThat(result.get(1, SECONDS).isNull()).isTrue();
    }

    @Test
    void sendsJsonNodeParamsAsTheyAre() throws Exception {
        connection.request("session.getMessages", json("{'sessionId':'s1','limits':[1,2]}"));

        assertThat(peerReceives().get("params")).isEqualTo(json("{'sessionId':'s1','limits':[1,2]}"));
    }

    @Test
    void requestIdsIncrease() throws Exception {
        connection.request("first", null);
        connection.request("second", null);

        long first = peerReceives().get("id").longValue();
        long second = peerReceives().get("id").longValue();
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void matchesResponsesArrivingOutOfOrder() throws Exception {
        List<CompletableFuture<JsonNode>> results = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            results.add(connection.request("echo", Map.of("n", n)));
        }
        List<JsonNode> requests = List.of(peerReceives(), peerReceives(), peerReceives());

        for (int i = 2; i >= 0; i--) {
            JsonNode request = requests.get(i);
            peerSends("{'jsonrpc':'2.0','id':" + request.get("id") + ",'result':" + request.at("/params/n") + "}");
        }

        for (int n = 0; n < 3; n++) {
            assertThat(results.get(n).get(1, SECONDS).intValue()).isEqualTo(n);
        }
    }

    @Test
    void errorObjectFailsTheRequestWithJsonRpcException() throws Exception {
        CompletableFuture<JsonNode> result = connection.request("session.send", Map.of("sessionId", "x"));
        JsonNode request = peerReceives();

        peerSends("{'jsonrpc':'2.0','id':" + request.get("id") + ",'error':{'code':-32603,"
                + "'message':'Request session.send failed with message: Session not found for sessionId: x',"
                + "'data':{'retry':false}}}");

        assertThat(failureOf(result)).isInstanceOfSatisfying(JsonRpcException.class, error -> {
            assertThat(error.method()).isEqualTo("session.send");
            assertThat(error.code()).isEqualTo(-32603);
            assertThat(error.getMessage()).endsWith("Session not found for sessionId: x");
            assertThat(error.data()).isEqualTo("{\"retry\":false}");
        });
    }

    @Test
    void malformedErrorObjectStillFailsTheRequest() throws Exception {
        CompletableFuture<JsonNode> result = connection.request("models.list", null);
        JsonNode request = peerReceives();

        peerSends("{'jsonrpc':'2.0','id':" + request.get("id") + ",'error':'boom'}");

        assertThat(failureOf(result)).isInstanceOfSatisfying(JsonRpcException.class, error -> {
            assertThat(error.code()).isEqualTo(JsonRpcException.INTERNAL_ERROR);
            assertThat(error.getMessage()).endsWith("Malformed error object: \"boom\"");
        });
    }

    @Test
    void answersInboundRequestsEchoingNumericAndStringIds() throws Exception {
        handler.answer("hooks.invoke",
                params -> CompletableFuture.completedFuture(Map.of("echo", params.path("x").intValue())));

        peerSends("{'jsonrpc':'2.0','id':7,'method':'hooks.invoke','params':{'x':1}}");
        peerSends("{'jsonrpc':'2.0','id':'abc-1','method':'hooks.invoke','params':{'x':2}}");

        Map<String, JsonNode> responses = peerReceivesById(2);
        assertThat(responses.get("7")).isEqualTo(json("{'jsonrpc':'2.0','id':7,'result':{'echo':1}}"));
        assertThat(responses.get("\"abc-1\"")).isEqualTo(json("{'jsonrpc':'2.0','id':'abc-1','result':{'echo':2}}"));
    }

    @Test
    void answersWhenTheHandlersFutureCompletesOnAnotherThread() throws Exception {
        CompletableFuture<Object> answer = new CompletableFuture<>();
        handler.answer("userInput.request", params -> answer);

        peerSends("{'jsonrpc':'2.0','id':1,'method':'userInput.request','params':{'question':'?'}}");
        assertThat(handler.nextRequest()).isEqualTo("userInput.request {\"question\":\"?\"}");
        CompletableFuture.runAsync(() -> answer.complete(null));

        assertThat(peerReceives()).isEqualTo(json("{'jsonrpc':'2.0','id':1,'result':null}"));
    }

    @Test
    void answersUnknownMethodsWithMethodNotFound() throws Exception {
        peerSends("{'jsonrpc':'2.0','id':3,'method':'foo.bar','params':{}}");

        assertThat(peerReceives()).isEqualTo(
                json("{'jsonrpc':'2.0','id':3,'error':{'code':-32601,'message':'Unhandled method foo.bar'}}"));
    }

    @Test
    void answersHandlerFailuresWithTheirCodeOrInternalError() throws Exception {
        handler.answer("throws", params -> {
            throw new IllegalStateException("tool crashed");
        });
        handler.answer("fails", params -> CompletableFuture.failedFuture(new RuntimeException("no luck")));
        handler.answer("failsAsync", params -> CompletableFuture.supplyAsync(() -> {
            throw new IllegalArgumentException("bad input");
        }));
        handler.answer("rpcError", params -> CompletableFuture.failedFuture(
                new JsonRpcException("rpcError", -32002, "AUTHENTICATION_FAILED", "{\"why\":1}")));

        peerSends("{'jsonrpc':'2.0','id':1,'method':'throws'}");
        peerSends("{'jsonrpc':'2.0','id':2,'method':'fails'}");
        peerSends("{'jsonrpc':'2.0','id':3,'method':'failsAsync'}");
        peerSends("{'jsonrpc':'2.0','id':4,'method':'rpcError'}");

        Map<String, JsonNode> responses = peerReceivesById(4);
        assertThat(responses.get("1").get("error")).isEqualTo(json("{'code':-32603,'message':'tool crashed'}"));
        assertThat(responses.get("2").get("error")).isEqualTo(json("{'code':-32603,'message':'no luck'}"));
        assertThat(responses.get("3").get("error")).isEqualTo(json("{'code':-32603,'message':'bad input'}"));
        assertThat(responses.get("4").get("error"))
                .isEqualTo(json("{'code':-32002,'message':'AUTHENTICATION_FAILED','data':{'why':1}}"));
    }

    @Test
    void routesNotificationsWithAnEmptyObjectForMissingParams() throws Exception {
        peerSends("{'jsonrpc':'2.0','method':'session.event','params':{'sessionId':'s1','event':{'type':'idle'}}}");
        peerSends("{'jsonrpc':'2.0','method':'host.event'}");

        Notification event = handler.nextNotification();
        assertThat(event.method()).isEqualTo("session.event");
        assertThat(event.params()).isEqualTo(json("{'sessionId':'s1','event':{'type':'idle'}}"));
        Notification hostEvent = handler.nextNotification();
        assertThat(hostEvent.method()).isEqualTo("host.event");
        assertThat(hostEvent.params()).isEqualTo(json("{}"));
    }

    @Test
    void callsTheHandlerOnTheDaemonReaderThreadAndCompletesFuturesOffIt() throws Exception {
        CompletableFuture<String> completingThread = connection.request("ping", null)
                .thenApply(result -> Thread.currentThread().getName());
        JsonNode request = peerReceives();

        peerSends("{'jsonrpc':'2.0','method':'session.event','params':{}}");
        peerSends("{'jsonrpc':'2.0','id':" + request.get("id") + ",'result':{}}");

        Thread handlerThread = handler.nextNotification().thread();
        assertThat(handlerThread.getName()).isEqualTo("copilot-rpc-reader-test");
        assertThat(handlerThread.isDaemon()).isTrue();
        assertThat(completingThread.get(1, SECONDS)).startsWith("copilot-rpc-callback-test-");
    }

    @Test
    void logsEveryFrameAtTraceWithSecretsMasked() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(JsonRpcConnection.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Level previousLevel = logger.getLevel();
        logger.setLevel(Level.TRACE);
        logger.addAppender(appender);
        try {
            CompletableFuture<JsonNode> result = connection.request("connect", Map.of("token", "connection-secret"));
            JsonNode request = peerReceives();
            peerSends("{'jsonrpc':'2.0','id':" + request.get("id") + ",'result':{'auth':'Bearer abc.def'}}");
            result.get(1, SECONDS);
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(previousLevel);
        }

        List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("[test] --> ").contains("\"token\":\"***\""));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("[test] <-- ").contains("Bearer ***"));
        assertThat(lines).noneMatch(line -> line.contains("connection-secret") || line.contains("abc.def"));
    }

    @Test
    void toleratesMalformedMessagesThatAreValidJson() throws Exception {
        handler.answer("hooks.invoke", params -> CompletableFuture.completedFuture(null));

        peerSends("[1,2]");
        peerSends("{'jsonrpc':'2.0'}");
        peerSends("{'jsonrpc':'2.0','id':999,'result':{}}");
        peerSends("{'jsonrpc':'2.0','id':'unknown','result':{}}");
        peerSends("{'jsonrpc':'2.0','id':null,'error':{'code':-32700,'message':'Parse error'}}");
        peerSends("{'jsonrpc':'2.0','method':'session.event','params':[1]}");
        peerSends("{'jsonrpc':'2.0','id':{'a':1},'method':'hooks.invoke'}");
        peerSends("{'jsonrpc':'2.0','id':5,'method':42}");
        peerSends("{'jsonrpc':'2.0','id':6,'method':'hooks.invoke','params':[1]}");

        Map<String, JsonNode> responses = peerReceivesById(2);
        assertThat(responses.get("5").get("error"))
                .isEqualTo(json("{'code':-32600,'message':'Invalid request: method must be a string'}"));
        assertThat(responses.get("6").get("error"))
                .isEqualTo(json("{'code':-32602,'message':'Invalid params for hooks.invoke: expected an object'}"));

        CompletableFuture<JsonNode> stillWorking = connection.request("ping", null);
        JsonNode request = peerReceives();
        peerSends("{'jsonrpc':'2.0','id':" + request.get("id") + ",'result':'pong'}");
        assertThat(stillWorking.get(1, SECONDS).asString()).isEqualTo("pong");
        assertThat(handler.notifications).isEmpty();
        assertThat(handler.requests).isEmpty();
        assertThat(connection.isOpen()).isTrue();
    }

    static Stream<Arguments> protocolErrors() {
        return Stream.of(
                arguments("bad header", "Content-Length 12\r\n\r\n", false,
                        "Malformed frame header line: 'Content-Length 12'"),
                arguments("bad JSON", "Content-Length: 9\r\n\r\n{not json", false,
                        "Invalid JSON in a frame from the CLI: Unexpected character ('n'"),
                arguments("oversize frame", "Content-Length: 5000\r\n\r\n", false,
                        "Frame body of 5000 bytes exceeds the limit of 4096 bytes"),
                arguments("EOF mid-frame", "Content-Length: 50\r\n\r\n{\"jsonrpc\"", true,
                        "Stream ended inside a frame body: 40 of 50 bytes missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocolErrors")
    void protocolErrorFailsEveryPendingRequestAtOnce(String description, String bytes, boolean endStream,
            String expectedMessage) throws Exception {
        CompletableFuture<JsonNode> first = connection.request("session.send", null);
        CompletableFuture<JsonNode> second = connection.request("models.list", null);
        peerReceives();
        peerReceives();

        long start = System.nanoTime();
        peerSendsRaw(bytes);
        if (endStream) {
            peerSocket.shutdownOutput();
        }
        Throwable firstFailure = failureOf(first);
        Throwable secondFailure = failureOf(second);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(firstFailure).isInstanceOf(CopilotProtocolException.class).hasMessageStartingWith(expectedMessage);
        assertThat(secondFailure).isSameAs(firstFailure);
        assertThat(connection.closeFuture().get(1, SECONDS)).isSameAs(firstFailure);
        assertThat(handler.closeReasons).containsExactly((CopilotConnectionException) firstFailure);
        assertThat(connection.isOpen()).isFalse();
        assertThat(failureOf(connection.request("ping", null))).isSameAs(firstFailure);
        assertThatThrownBy(() -> connection.notify("ping", null)).isSameAs(firstFailure);
    }

    @Test
    void endOfStreamBetweenFramesFailsPendingRequestsWithConnectionException() throws Exception {
        CompletableFuture<JsonNode> pending = connection.request("session.send", null);
        peerReceives();

        peerSocket.shutdownOutput();

        Throwable failure = failureOf(pending);
        assertThat(failure).isExactlyInstanceOf(CopilotConnectionException.class)
                .hasMessage("Connection closed by the CLI");
        assertThat(connection.closeFuture().get(1, SECONDS)).isSameAs(failure);
        assertThat(handler.closeReasons).containsExactly((CopilotConnectionException) failure);
    }

    @Test
    void asksTheCloseReasonSupplierWhenTheStreamEnds() throws Exception {
        CopilotConnectionException exited = new CopilotConnectionException("CLI process exited", 3, "fatal: boom",
                null);
        connection.setCloseReasonSupplier(() -> exited);
        CompletableFuture<JsonNode> pending = connection.request("session.send", null);
        peerReceives();

        peerSocket.shutdownOutput();

        assertThat(failureOf(pending)).isSameAs(exited);
        assertThat(connection.closeFuture().get(1, SECONDS)).isSameAs(exited);
        assertThat(handler.closeReasons).containsExactly(exited);
    }

    @Test
    void closeFailsPendingRequestsAndTheFirstReasonWins() throws Exception {
        CompletableFuture<JsonNode> pending = connection.request("session.send", null);
        peerReceives();
        CopilotConnectionException reason = new CopilotConnectionException("Client stopped", null);

        connection.close(reason);
        connection.close(new CopilotConnectionException("Later reason", null));
        connection.close();

        assertThat(pending).isCompletedExceptionally();
        assertThat(failureOf(pending)).isSameAs(reason);
        assertThat(connection.closeFuture()).isCompletedWithValue(reason);
        assertThat(handler.closeReasons).containsExactly(reason);
        assertThat(connection.isOpen()).isFalse();
        CompletableFuture<JsonNode> afterClose = connection.request("ping", null);
        assertThat(afterClose).isCompletedExceptionally();
        assertThat(failureOf(afterClose)).isSameAs(reason);
        assertThatThrownBy(() -> connection.notify("ping", null)).isSameAs(reason);
        assertThat(peerReader.readFrame()).as("the peer sees the stream end").isNull();
    }

    @Test
    void failedRequestWriteClosesTheConnectionAndFailsTheCall() throws Exception {
        RecordingHandler otherHandler = new RecordingHandler();
        try (JsonRpcConnection broken = connectionWritingTo(brokenPipe(), otherHandler)) {
            Throwable failure = failureOf(broken.request("ping", null));

            assertThat(failure).isExactlyInstanceOf(CopilotConnectionException.class)
                    .hasMessage("Writing to the CLI failed: Broken pipe")
                    .hasCauseInstanceOf(IOException.class);
            assertThat(broken.isOpen()).isFalse();
            assertThat(otherHandler.closeReasons).containsExactly((CopilotConnectionException) failure);
        }
    }

    @Test
    void failedNotificationWriteClosesTheConnectionAndThrows() {
        RecordingHandler otherHandler = new RecordingHandler();
        try (JsonRpcConnection broken = connectionWritingTo(brokenPipe(), otherHandler)) {
            assertThatThrownBy(() -> broken.notify("ping", null))
                    .isExactlyInstanceOf(CopilotConnectionException.class)
                    .hasMessage("Writing to the CLI failed: Broken pipe");
            assertThat(broken.isOpen()).isFalse();
            assertThat(otherHandler.closeReasons).hasSize(1);
        }
    }

    @Test
    void writeFailureUsesTheCloseReasonSupplier() throws Exception {
        CopilotConnectionException exited = new CopilotConnectionException("CLI process exited", 1, "", null);
        try (JsonRpcConnection broken = connectionWritingTo(brokenPipe(), new RecordingHandler())) {
            broken.setCloseReasonSupplier(() -> exited);

            assertThat(failureOf(broken.request("ping", null))).isSameAs(exited);
        }
    }

    @Test
    void unserialisableParamsFailTheRequestOnly() throws Exception {
        assertThat(failureOf(connection.request("ping", new Unserialisable("x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot serialise the params of ping");
        assertThat(connection.isOpen()).isTrue();
    }

    @Test
    void startsOnlyOnce() {
        assertThatIllegalStateException().isThrownBy(connection::start)
                .withMessage("Connection test is already started");
    }

    @Test
    void answersConcurrentRequestsFromManyThreads() throws Exception {
        int callers = 8;
        int requestsPerCaller = 50;
        AtomicReference<Throwable> peerFailure = new AtomicReference<>();
        Thread peer = new Thread(() -> {
            try {
                for (int i = 0; i < callers * requestsPerCaller; i++) {
                    JsonNode request = peerReceives();
                    peerSends("{'jsonrpc':'2.0','id':" + request.get("id") + ",'result':" + request.get("params")
                            + "}");
                }
            } catch (Throwable e) {
                peerFailure.set(e);
            }
        }, "fake-peer");
        peer.setDaemon(true);
        peer.start();

        ExecutorService executor = Executors.newFixedThreadPool(callers);
        try {
            List<Future<List<CompletableFuture<JsonNode>>>> batches = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                int caller = c;
                batches.add(executor.submit(() -> {
                    List<CompletableFuture<JsonNode>> results = new ArrayList<>();
                    for (int i = 0; i < requestsPerCaller; i++) {
                        results.add(connection.request("echo", Map.of("caller", caller, "i", i)));
                    }
                    return results;
                }));
            }
            for (int c = 0; c < callers; c++) {
                List<CompletableFuture<JsonNode>> results = batches.get(c).get(5, SECONDS);
                for (int i = 0; i < requestsPerCaller; i++) {
                    assertThat(results.get(i).get(5, SECONDS)).isEqualTo(json("{'caller':" + c + ",'i':" + i + "}"));
                }
            }
        } finally {
            executor.shutdownNow();
        }
        peer.join(5000);
        assertThat(peerFailure.get()).isNull();
    }

    private static OutputStream brokenPipe() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
    }

    private static JsonRpcConnection connectionWritingTo(OutputStream out, InboundHandler handler) {
        return new JsonRpcConnection("broken", InputStream.nullInputStream(), out, MAX_FRAME_BYTES, handler);
    }

    private record Notification(String method, JsonNode params, Thread thread) {
    }

    private record Unserialisable(String value) {
        @Override
        public String value() {
            throw new IllegalStateException("cannot be read");
        }
    }

    /** Records what the connection delivers and answers requests with the functions registered for them. */
    private static final class RecordingHandler implements InboundHandler {

        final BlockingQueue<Notification> notifications = new LinkedBlockingQueue<>();
        final BlockingQueue<String> requests = new LinkedBlockingQueue<>();
        final List<CopilotConnectionException> closeReasons = new CopyOnWriteArrayList<>();
        private final Map<String, Function<JsonNode, CompletableFuture<?>>> answers = new ConcurrentHashMap<>();

        void answer(String method, Function<JsonNode, CompletableFuture<?>> answer) {
            answers.put(method, answer);
        }

        Notification nextNotification() throws InterruptedException {
            Notification notification = notifications.poll(1, SECONDS);
            assertThat(notification).as("notification within 1 s").isNotNull();
            return notification;
        }

        String nextRequest() throws InterruptedException {
            String request = requests.poll(1, SECONDS);
            assertThat(request).as("request within 1 s").isNotNull();
            return request;
        }

        @Override
        public void onNotification(String method, JsonNode params) {
            notifications.add(new Notification(method, params, Thread.currentThread()));
        }

        @Override
        public CompletableFuture<?> onRequest(String method, JsonNode params) {
            Function<JsonNode, CompletableFuture<?>> answer = answers.get(method);
            if (answer == null) {
                return null;
            }
            requests.add(method + " " + params);
            return answer.apply(params);
        }

        @Override
        public void onClose(CopilotConnectionException reason) {
            closeReasons.add(reason);
        }
    }
}
