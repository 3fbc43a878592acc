package io.github.copilot4j.testkit;

import io.github.copilot4j.CopilotClient;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 support: each test gets its own {@link CopilotTestEnvironment}, closed after the test, which fails the
 * test if a Copilot CLI process is left running. Test and lifecycle methods may declare parameters of type
 * {@link CopilotTestEnvironment}, {@link FakeModelServer} and {@link CopilotClient} (a started client with the
 * environment's default options). Use it through {@link CopilotTest @CopilotTest}.
 */
public final class CopilotTestExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            CopilotTestExtension.class);
    private static final String ENVIRONMENT = "environment";
    private static final String CLIENT = "client";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == CopilotTestEnvironment.class || type == FakeModelServer.class || type == CopilotClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        CopilotTestEnvironment environment = environment(context);
        if (type == FakeModelServer.class) {
            return environment.modelServer();
        }
        if (type == CopilotClient.class) {
            return store(context).getOrComputeIfAbsent(CLIENT, key -> environment.startClient(), CopilotClient.class);
        }
        return environment;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        CopilotTestEnvironment environment = store(context).remove(ENVIRONMENT, CopilotTestEnvironment.class);
        store(context).remove(CLIENT);
        if (environment != null) {
            environment.close();
        }
    }

    private static CopilotTestEnvironment environment(ExtensionContext context) {
        return store(context).getOrComputeIfAbsent(ENVIRONMENT, key -> CopilotTestEnvironment.create(),
                CopilotTestEnvironment.class);
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getStore(NAMESPACE);
    }
}
