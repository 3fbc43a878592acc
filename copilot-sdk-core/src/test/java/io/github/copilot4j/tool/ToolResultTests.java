package io.github.copilot4j.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copilot4j.internal.wire.WireJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ToolResultTests {

    @Test
    void successCarriesTheTextOnly() {
        ToolResult result = ToolResult.success("HELLO");

        assertThat(result.textResultForLlm()).isEqualTo("HELLO");
        assertThat(result.resultType()).isEqualTo(ToolResult.ResultType.SUCCESS);
        assertThat(result.error()).isNull();
        assertThat(result.sessionLog()).isNull();
        assertThat(result.toolTelemetry()).isNull();
        assertThat(result.binaryResultsForLlm()).isEmpty();
    }

    @Test
    void failureShowsTheMessageToTheModelAndKeepsItAsTheError() {
        ToolResult result = ToolResult.failure("Service unavailable");

        assertThat(result.textResultForLlm()).isEqualTo("Service unavailable");
        assertThat(result.resultType()).isEqualTo(ToolResult.ResultType.FAILURE);
        assertThat(result.error()).isEqualTo("Service unavailable");
    }

    @Test
    void withersReplaceOneComponent() {
        ObjectNode telemetry = WireJson.object();
        telemetry.putObject("lookup").put("hits", 2);
        ToolResult.BinaryResult image = ToolResult.BinaryResult.image("aGk=", "image/png");

        ToolResult result = ToolResult.of(ToolResult.ResultType.DENIED, "Not allowed")
                .withError("policy")
                .withSessionLog("denied by policy")
                .withToolTelemetry(telemetry)
                .withBinaryResultsForLlm(List.of(image));

        assertThat(result).isEqualTo(new ToolResult("Not allowed", ToolResult.ResultType.DENIED, "policy",
                "denied by policy", telemetry, List.of(image)));
    }

    @Test
    void telemetryCannotBeChangedThroughTheResult() {
        ObjectNode telemetry = WireJson.object();
        ToolResult result = ToolResult.success("ok").withToolTelemetry(telemetry);

        telemetry.putObject("later");
        result.toolTelemetry().putObject("through the accessor");

        assertThat(result.toolTelemetry()).isEmpty();
    }

    @Test
    void textAndTypeAreRequired() {
        assertThatThrownBy(() -> ToolResult.success(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ToolResult.textResultForLlm is required");
        assertThatThrownBy(() -> ToolResult.of(null, "text"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ToolResult.resultType is required");
    }

    @Test
    void binaryResultsNeedAMimeTypeAndHideTheirDataInToString() {
        assertThatThrownBy(() -> ToolResult.BinaryResult.image("aGk=", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BinaryResult.mimeType must not be blank");
        assertThat(ToolResult.BinaryResult.image("aGk=", "image/png").toString())
                .doesNotContain("aGk=")
                .contains("data=4 characters");
    }

    @Test
    void resultTypesHaveTheWireNames() {
        assertThat(List.of(ToolResult.ResultType.values()))
                .extracting(ToolResult.ResultType::wireValue)
                .containsExactly("success", "failure", "rejected", "denied", "timeout");
    }
}
