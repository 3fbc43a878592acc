package io.github.copilot4j.internal.session;

import static io.github.copilot4j.internal.session.RequestRecordingChannel.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.SystemMessage;
import io.github.copilot4j.config.SystemMessage.Section;
import io.github.copilot4j.config.SystemMessage.SectionTransform;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SystemMessageTransformerTests {

    private final RequestRecordingChannel channel = new RequestRecordingChannel();

    @Test
    void answersEveryReceivedSectionTransformingThoseWithACallback() {
        SystemMessageTransformer transformer = new SystemMessageTransformer(Map.of(
                "tone", content -> content + "\nBe terse.",
                "safety", String::toUpperCase));

        JsonNode answer = transform(transformer, """
                {"sessionId":"session-1","sections":{
                  "tone":{"content":"# Tone and style"},
                  "identity":{"content":"You are GitHub Copilot."},
                  "safety":{"content":"no secrets"}}}""");

        assertThat(answer).isEqualTo(json("""
                {"sections":{
                  "tone":{"content":"# Tone and style\\nBe terse."},
                  "identity":{"content":"You are GitHub Copilot."},
                  "safety":{"content":"NO SECRETS"}}}"""));
    }

    @Test
    void aSectionWhoseCallbackThrowsIsEchoedUnchanged() {
        SystemMessageTransformer transformer = new SystemMessageTransformer(Map.of(
                "tone", content -> {
                    throw new IllegalStateException("the transform failed in the test");
                },
                "guidelines", content -> content + "!"));

        JsonNode answer = transform(transformer, """
                {"sections":{"tone":{"content":"# Tone and style"},"guidelines":{"content":"Reflect"}}}""");

        assertThat(answer).isEqualTo(json("""
                {"sections":{"tone":{"content":"# Tone and style"},"guidelines":{"content":"Reflect!"}}}"""));
    }

    @Test
    void aCallbackReturningNullKeepsTheSection() {
        SectionTransform returnsNull = content -> null;
        SystemMessageTransformer transformer = new SystemMessageTransformer(Map.of("tone", returnsNull));

        assertThat(transform(transformer, "{\"sections\":{\"tone\":{\"content\":\"# Tone\"}}}"))
                .isEqualTo(json("{\"sections\":{\"tone\":{\"content\":\"# Tone\"}}}"));
    }

    @Test
    void aSectionWithoutContentIsTransformedFromEmptyText() {
        SystemMessageTransformer transformer = new SystemMessageTransformer(Map.of(
                "custom_instructions", content -> "[" + content + "]"));

        assertThat(transform(transformer, "{\"sections\":{\"custom_instructions\":{}}}"))
                .isEqualTo(json("{\"sections\":{\"custom_instructions\":{\"content\":\"[]\"}}}"));
    }

    @Test
    void noSectionsGiveAnEmptyAnswer() {
        SystemMessageTransformer transformer = new SystemMessageTransformer(Map.of("tone", content -> content));

        assertThat(transform(transformer, "{\"sessionId\":\"session-1\"}")).isEqualTo(json("{\"sections\":{}}"));
    }

    @Test
    void otherMethodsAreLeftToOtherFeatures() {
        SystemMessageTransformer transformer = new SystemMessageTransformer(Map.of("tone", content -> content));

        assertThat(transformer.onRequest("hooks.invoke", json("{}"), channel)).isNull();
    }

    @Test
    void isOnlyNeededForACustomizedMessageWithATransform() {
        assertThat(SystemMessageTransformer.forConfig(SessionConfig.builder().build())).isEmpty();
        assertThat(SystemMessageTransformer.forConfig(config(SystemMessage.append("Be brief.")))).isEmpty();
        assertThat(SystemMessageTransformer.forConfig(config(SystemMessage.replace("You are a parser.")))).isEmpty();
        assertThat(SystemMessageTransformer.forConfig(config(SystemMessage.customize()
                .remove(Section.SAFETY).append(Section.TONE, "Be terse.").build()))).isEmpty();

        SystemMessage withTransform = SystemMessage.customize()
                .remove(Section.SAFETY)
                .transform(Section.TONE, content -> content + " Be terse.")
                .build();
        SessionFeature feature = SystemMessageTransformer.forConfig(config(withTransform)).orElseThrow();
        CompletableFuture<?> answer = feature.onRequest("systemMessage.transform", json("""
                {"sections":{"tone":{"content":"# Tone"},"safety":{"content":"rules"}}}"""), channel);
        assertThat(answer.join()).isEqualTo(json("""
                {"sections":{"tone":{"content":"# Tone Be terse."},"safety":{"content":"rules"}}}"""));
    }

    private JsonNode transform(SystemMessageTransformer transformer, String params) {
        CompletableFuture<?> answer = transformer.onRequest("systemMessage.transform", json(params), channel);
        assertThat(answer).isNotNull();
        return (JsonNode) answer.join();
    }

    private static SessionConfig config(SystemMessage message) {
        return SessionConfig.builder().systemMessage(message).build();
    }
}
