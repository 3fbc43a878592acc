package io.github.copilot4j.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class whose tests run the real Copilot CLI offline: see {@link CopilotTestExtension}.
 * <pre>{@code
 * @CopilotTest
 * class AnswerTests {
 *     @Test
 *     void answers(CopilotClient client, FakeModelServer model) {
 *         model.enqueue(ModelReply.text("2"));
 *         try (CopilotSession session = client.createSession(SessionConfig.builder().build())) {
 *             assertThat(session.sendAndWait("What is 1+1?").orElseThrow().content()).isEqualTo("2");
 *         }
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(CopilotTestExtension.class)
public @interface CopilotTest {
}
