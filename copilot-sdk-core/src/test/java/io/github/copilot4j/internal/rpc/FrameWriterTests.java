package io.github.copilot4j.internal.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class FrameWriterTests {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheHeaderAndBody() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new FrameWriter(out).write(utf8("{\"id\":1}"));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Content-Length: 8\r\n\r\n{\"id\":1}");
    }

    @Test
    void countsMultibyteCharactersInBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new FrameWriter(out).write(utf8("\"é👋\""));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Content-Length: 8\r\n\r\n\"é👋\"");
    }

    @Test
    void flushesEveryFrame() throws IOException {
        List<Integer> sizesAtFlush = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void flush() {
                sizesAtFlush.add(size());
            }
        };
        FrameWriter writer = new FrameWriter(out);

        writer.write(utf8("{}"));
        writer.write(utf8("[]"));

        assertThat(sizesAtFlush).containsExactly(23, 46);
    }

    @Test
    void roundTripsThroughFrameReader() throws IOException {
        List<String> bodies = List.of("{\"text\":\"Grüße, 日本語, 👋\"}", "{}", "",
                "[" + "1,".repeat(5000) + "1]");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameWriter writer = new FrameWriter(out);
        for (String body : bodies) {
            writer.write(utf8(body));
        }

        FrameReader reader = new FrameReader(new ByteArrayInputStream(out.toByteArray()), 1 << 20);
        List<String> read = new ArrayList<>();
        byte[] frame;
        while ((frame = reader.readFrame()) != null) {
            read.add(new String(frame, StandardCharsets.UTF_8));
        }

        assertThat(read).isEqualTo(bodies);
    }

    @Test
    void neverInterleavesFramesOfConcurrentWriters() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameWriter writer = new FrameWriter(out);
        int writers = 8;
        int framesPerWriter = 200;
        ExecutorService executor = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writerId = w;
                tasks.add(executor.submit(() -> {
                    for (int i = 0; i < framesPerWriter; i++) {
                        // Bodies longer than the writer's buffer, so a frame takes several writes.
                        writer.write(utf8("{\"w\":" + writerId + ",\"i\":" + i + ",\"pad\":\"" + "x".repeat(9000)
                                + "\"}"));
                    }
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } finally {
            executor.shutdownNow();
        }

        FrameReader reader = new FrameReader(new ByteArrayInputStream(out.toByteArray()), 1 << 20);
        Set<String> seen = new HashSet<>();
        byte[] frame;
        while ((frame = reader.readFrame()) != null) {
            String body = new String(frame, StandardCharsets.UTF_8);
            assertThat(body).endsWith("x".repeat(9000) + "\"}");
            seen.add(body.substring(0, body.indexOf(",\"pad\"")));
        }
        assertThat(seen).hasSize(writers * framesPerWriter);
    }
}
