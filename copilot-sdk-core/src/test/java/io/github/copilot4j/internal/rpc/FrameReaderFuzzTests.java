package io.github.copilot4j.internal.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.copilot4j.CopilotProtocolException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the frame decoder: every hostile stream ends in a {@link CopilotProtocolException} or a clean
 * end, never another exception, never a frame over the limit, and never more frames than the stream could hold.
 */
class FrameReaderFuzzTests {

    static final int BROKEN_STREAMS = 50_000;
    static final int ROUND_TRIPS = 10_000;
    private static final long SEED = 0x5EED_F4A3EL;
    private static final int MAX_FRAME_BYTES = 64 * 1024;

    @Test
    void everyBrokenStreamEndsInAProtocolErrorOrACleanEndWithinTheLimit() {
        int protocolErrors = 0;
        for (int i = 0; i < BROKEN_STREAMS; i++) {
            long seed = SEED + i;
            byte[] stream = new WireFuzz(seed).brokenStream(MAX_FRAME_BYTES);
            FrameReader reader = new FrameReader(new ByteArrayInputStream(stream), MAX_FRAME_BYTES);
            int frames = 0;
            try {
                byte[] frame;
                while ((frame = reader.readFrame()) != null) {
                    assertThat(frame.length).as("frame size, seed %d", seed).isLessThanOrEqualTo(MAX_FRAME_BYTES);
                    assertThat(++frames).as("frames read, seed %d", seed).isLessThanOrEqualTo(stream.length);
                }
            } catch (CopilotProtocolException expected) {
                protocolErrors++;
                assertThat(expected.getMessage()).as("seed %d", seed).isNotBlank().hasSizeLessThan(500);
            } catch (IOException | RuntimeException e) {
                fail("seed " + seed + ": " + e, e);
            }
        }
        assertThat(protocolErrors).as("most broken streams are rejected").isGreaterThan(BROKEN_STREAMS / 2);
    }

    @Test
    void everyBodyWrittenIsReadBackUnchanged() throws IOException {
        Random random = new Random(SEED);
        for (int i = 0; i < ROUND_TRIPS; i++) {
            byte[][] bodies = new byte[1 + random.nextInt(4)][];
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            FrameWriter writer = new FrameWriter(stream);
            for (int b = 0; b < bodies.length; b++) {
                bodies[b] = new byte[random.nextInt(random.nextInt(10) == 0 ? MAX_FRAME_BYTES + 1 : 300)];
                random.nextBytes(bodies[b]);
                writer.write(bodies[b]);
            }

            FrameReader reader = new FrameReader(new ByteArrayInputStream(stream.toByteArray()), MAX_FRAME_BYTES);
            for (byte[] body : bodies) {
                assertThat(Arrays.equals(reader.readFrame(), body)).as("round trip %d", i).isTrue();
            }
            assertThat(reader.readFrame()).as("round trip %d ends cleanly", i).isNull();
        }
    }
}
