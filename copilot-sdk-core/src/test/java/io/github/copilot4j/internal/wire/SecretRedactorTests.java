package io.github.copilot4j.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class SecretRedactorTests {

    private static JsonNode json(String text) {
        return WireJson.MAPPER.readTree(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gitHubToken", "githubToken", "token", "apiKey", "bearerToken", "authorization",
            "password", "secret", "accessToken", "TOKEN", "Authorization", "api_key", "x-api-key", "refresh_token",
            "clientSecret", "dbPassword", "GITHUB_TOKEN"})
    void masksTheValueOfSecretProperties(String name) {
        String redacted = SecretRedactor.redactJson(json("{\"" + name + "\":\"s3cr3t-value\",\"model\":\"gpt-5\"}"));

        assertThat(redacted).isEqualTo("{\"" + name + "\":\"***\",\"model\":\"gpt-5\"}");
    }

    @Test
    void masksSecretsAtAnyDepthAndInArrays() {
        JsonNode node = json("""
                {"params": {"provider": {"type": "openai", "apiKey": "abc"},
                            "servers": [{"env": {"GITHUB_TOKEN": "def", "HOME": "/home/me"}}]}}""");

        assertThat(SecretRedactor.redactJson(node)).isEqualTo("{\"params\":{\"provider\":{\"type\":\"openai\","
                + "\"apiKey\":\"***\"},\"servers\":[{\"env\":{\"GITHUB_TOKEN\":\"***\",\"HOME\":\"/home/me\"}}]}}");
    }

    @Test
    void masksNonTextSecretValuesWholeAndKeepsNull() {
        JsonNode node = json("{\"token\": {\"value\": \"abc\"}, \"apiKey\": null, \"password\": 1234}");

        assertThat(SecretRedactor.redactJson(node))
                .isEqualTo("{\"token\":\"***\",\"apiKey\":null,\"password\":\"***\"}");
    }

    @Test
    void masksEveryValueOfAHeadersObject() {
        JsonNode node = json("{\"headers\": {\"X-Request-Id\": \"42\", \"Cookie\": \"session=abc\"}, \"url\": \"u\"}");

        assertThat(SecretRedactor.redactJson(node))
                .isEqualTo("{\"headers\":{\"X-Request-Id\":\"***\",\"Cookie\":\"***\"},\"url\":\"u\"}");
    }

    @Test
    void leavesOrdinaryPropertiesReadable() {
        String text = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"session.send\",\"params\":{\"prompt\":\"hello\","
                + "\"inputTokens\":12,\"outputTokens\":4,\"tokenLimit\":100,\"ok\":true,\"ratio\":0.5}}";

        assertThat(SecretRedactor.redactJson(json(text))).isEqualTo(text);
    }

    @Test
    void masksTokenShapedTextInOtherValues() {
        JsonNode node = json("{\"args\": [\"--flag\", \"ghp_abcdefghijklmnopqrstuvwxyz0123456789\"]}");

        assertThat(SecretRedactor.redactJson(node)).isEqualTo("{\"args\":[\"--flag\",\"ghp_***\"]}");
    }

    @Test
    void doesNotModifyTheNode() {
        JsonNode node = json("{\"token\":\"abc\",\"headers\":{\"a\":\"b\"}}");

        SecretRedactor.redactJson(node);

        assertThat(node.toString()).isEqualTo("{\"token\":\"abc\",\"headers\":{\"a\":\"b\"}}");
    }

    @Test
    void redactsScalarsAndArraysAtTheTop() {
        assertThat(SecretRedactor.redactJson(json("[1,\"two\",null]"))).isEqualTo("[1,\"two\",null]");
        assertThat(SecretRedactor.redactJson(json("\"Bearer abc.def\""))).isEqualTo("\"Bearer ***\"");
    }

    @Test
    void masksGitHubTokensKeepingTheirPrefix() {
        assertThat(SecretRedactor.redactText("using ghp_abcdefghijklmnopqrstuvwxyz0123456789 now"))
                .isEqualTo("using ghp_*** now");
        assertThat(SecretRedactor.redactText("gho_16CharsAtLeast1234 and ghu_ABCDEFGHIJKLMNOPQRST"))
                .isEqualTo("gho_*** and ghu_***");
        assertThat(SecretRedactor.redactText("ghs_abcdefghijklmnopqrstuv ghr_abcdefghijklmnopqrstuv"))
                .isEqualTo("ghs_*** ghr_***");
        assertThat(SecretRedactor.redactText("pat github_pat_11ABCDEFG0123456789_abcdefghijklmnop."))
                .isEqualTo("pat github_pat_***.");
    }

    @Test
    void masksBearerCredentials() {
        assertThat(SecretRedactor.redactText("Authorization: Bearer eyJhbGciOi.J9-x_y/z= sent"))
                .isEqualTo("Authorization: Bearer *** sent");
        assertThat(SecretRedactor.redactText("bearer abc")).isEqualTo("bearer ***");
    }

    @Test
    void masksApiKeys() {
        assertThat(SecretRedactor.redactText("key sk-proj-abcdefghijklmnopqrstuvwxyz rejected"))
                .isEqualTo("key sk-*** rejected");
    }

    @Test
    void masksSecretAssignments() {
        assertThat(SecretRedactor.redactText("GET /v1?token=abc123&mode=fast"))
                .isEqualTo("GET /v1?token=***&mode=fast");
        assertThat(SecretRedactor.redactText("apiKey=xyz, key=k1 GITHUB_TOKEN=t0k3n"))
                .isEqualTo("apiKey=***, key=*** GITHUB_TOKEN=***");
    }

    @Test
    void masksSecretPropertiesOfJsonInsideText() {
        assertThat(SecretRedactor.redactText("sent {\"apiKey\": \"abc\\\"def\", \"model\": \"m\"}"))
                .isEqualTo("sent {\"apiKey\": \"***\", \"model\": \"m\"}");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String text = "Request session.send failed with message: Session not found for sessionId: 1f2e; "
                + "512 tokens used, see the key points, sk-short, ghp_short";

        assertThat(SecretRedactor.redactText(text)).isEqualTo(text);
    }
}
