package io.github.copilot4j.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

    @Test
    void answersTheDemoQuestionThroughTheRealCli(CapturedOutput output) {
        assertThat(output).contains("Started the Copilot CLI 1.0.102")
                .contains("You: What is 1+1?")
                .contains("Copilot: 1 + 1 = 2");
    }
}
