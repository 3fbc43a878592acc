package io.github.copilot4j.config;

import io.github.copilot4j.internal.util.Checks;
import io.github.copilot4j.internal.util.ToStringHelper;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A bring-your-own-key model provider. Used as the session's single provider, it makes the whole session bypass
 * GitHub Copilot authentication; wrapped in a {@link NamedProviderConfig}, it adds models next to Copilot's.
 * {@link #toString()} masks the API key, the bearer token and header values.
 *
 * @param type the API family, or null for the CLI's default ({@code openai})
 * @param wireApi the OpenAI/Azure request format, or null for the CLI's default
 * @param transport the Responses API transport, or null for the CLI's default
 * @param baseUrl the API endpoint; for Azure the resource host only
 * @param apiKey the API key, or null (for example for local servers)
 * @param bearerToken a static bearer token, used instead of the API key; or null
 * @param bearerTokenProvider supplies bearer tokens on demand, taking precedence over both static credentials; or null
 * @param azureApiVersion the Azure API version selecting the versioned deployment route, or null for the GA v1 route
 * @param headers extra HTTP headers sent with each request, or null
 * @param modelId the well-known model the CLI configures itself for, or null for the session's model
 * @param wireModel the model name sent to the provider (for example an Azure deployment), or null for the model id
 * @param maxPromptTokens overrides the model's prompt token limit, or null
 * @param maxOutputTokens overrides the model's output token limit, or null
 */
public record ProviderConfig(
        @Nullable ProviderType type,
        @Nullable WireApi wireApi,
        @Nullable ProviderTransport transport,
        String baseUrl,
        @Nullable String apiKey,
        @Nullable String bearerToken,
        @Nullable BearerTokenProvider bearerTokenProvider,
        @Nullable String azureApiVersion,
        @Nullable Map<String, String> headers,
        @Nullable String modelId,
        @Nullable String wireModel,
        @Nullable Integer maxPromptTokens,
        @Nullable Integer maxOutputTokens) {

    public ProviderConfig {
        Checks.httpUrl(baseUrl, "ProviderConfig.baseUrl");
        Checks.nonBlankOrNull(apiKey, "ProviderConfig.apiKey");
        Checks.nonBlankOrNull(bearerToken, "ProviderConfig.bearerToken");
        Checks.nonBlankOrNull(azureApiVersion, "ProviderConfig.azureApiVersion");
        headers = Checks.mapOrNull(headers, "ProviderConfig.headers");
        Checks.nonBlankOrNull(modelId, "ProviderConfig.modelId");
        Checks.nonBlankOrNull(wireModel, "ProviderConfig.wireModel");
        Checks.positiveOrNull(maxPromptTokens, "ProviderConfig.maxPromptTokens");
        Checks.positiveOrNull(maxOutputTokens, "ProviderConfig.maxOutputTokens");
    }

    /** Starts a provider for the given endpoint. */
    public static Builder builder(String baseUrl) {
        return new Builder(baseUrl);
    }

    /** A builder with this provider's values. */
    public Builder toBuilder() {
        return new Builder(baseUrl).type(type).wireApi(wireApi).transport(transport).apiKey(apiKey)
                .bearerToken(bearerToken).bearerTokenProvider(bearerTokenProvider).azureApiVersion(azureApiVersion)
                .headers(headers).modelId(modelId).wireModel(wireModel).maxPromptTokens(maxPromptTokens)
                .maxOutputTokens(maxOutputTokens);
    }

    @Override
    public String toString() {
        return ToStringHelper.of("ProviderConfig")
                .add("type", type)
                .add("wireApi", wireApi)
                .add("transport", transport)
                .add("baseUrl", baseUrl)
                .secret("apiKey", apiKey)
                .secret("bearerToken", bearerToken)
                .present("bearerTokenProvider", bearerTokenProvider)
                .add("azureApiVersion", azureApiVersion)
                .secretValues("headers", headers)
                .add("modelId", modelId)
                .add("wireModel", wireModel)
                .add("maxPromptTokens", maxPromptTokens)
                .add("maxOutputTokens", maxOutputTokens)
                .toString();
    }

    /** Builds a {@link ProviderConfig}; every setter accepts null to unset the value. */
    public static final class Builder {

        private String baseUrl;
        private @Nullable ProviderType type;
        private @Nullable WireApi wireApi;
        private @Nullable ProviderTransport transport;
        private @Nullable String apiKey;
        private @Nullable String bearerToken;
        private @Nullable BearerTokenProvider bearerTokenProvider;
        private @Nullable String azureApiVersion;
        private @Nullable Map<String, String> headers;
        private @Nullable String modelId;
        private @Nullable String wireModel;
        private @Nullable Integer maxPromptTokens;
        private @Nullable Integer maxOutputTokens;

        private Builder(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        /** Sets the API endpoint. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** Sets the API family. */
        public Builder type(@Nullable ProviderType type) {
            this.type = type;
            return this;
        }

        /** Sets the OpenAI/Azure request format. */
        public Builder wireApi(@Nullable WireApi wireApi) {
            this.wireApi = wireApi;
            return this;
        }

        /** Sets the Responses API transport. */
        public Builder transport(@Nullable ProviderTransport transport) {
            this.transport = transport;
            return this;
        }

        /** Sets the API key. */
        public Builder apiKey(@Nullable String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** Sets a static bearer token. */
        public Builder bearerToken(@Nullable String bearerToken) {
            this.bearerToken = bearerToken;
            return this;
        }

        /** Sets the on-demand bearer token provider. */
        public Builder bearerTokenProvider(@Nullable BearerTokenProvider bearerTokenProvider) {
            this.bearerTokenProvider = bearerTokenProvider;
            return this;
        }

        /** Sets the Azure API version. */
        public Builder azureApiVersion(@Nullable String azureApiVersion) {
            this.azureApiVersion = azureApiVersion;
            return this;
        }

        /** Sets extra HTTP headers. */
        public Builder headers(@Nullable Map<String, String> headers) {
            this.headers = headers;
            return this;
        }

        /** Sets the well-known model id. */
        public Builder modelId(@Nullable String modelId) {
            this.modelId = modelId;
            return this;
        }

        /** Sets the model name sent to the provider. */
        public Builder wireModel(@Nullable String wireModel) {
            this.wireModel = wireModel;
            return this;
        }

        /** Sets the prompt token limit. */
        public Builder maxPromptTokens(@Nullable Integer maxPromptTokens) {
            this.maxPromptTokens = maxPromptTokens;
            return this;
        }

        /** Sets the output token limit. */
        public Builder maxOutputTokens(@Nullable Integer maxOutputTokens) {
            this.maxOutputTokens = maxOutputTokens;
            return this;
        }

        /** Validates and builds the provider. */
        public ProviderConfig build() {
            return new ProviderConfig(type, wireApi, transport, baseUrl, apiKey, bearerToken, bearerTokenProvider,
                    azureApiVersion, headers, modelId, wireModel, maxPromptTokens, maxOutputTokens);
        }
    }
}
