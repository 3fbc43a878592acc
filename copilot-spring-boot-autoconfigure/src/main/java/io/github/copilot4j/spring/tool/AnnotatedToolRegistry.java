package io.github.copilot4j.spring.tool;

import io.github.copilot4j.spring.discovery.AnnotatedBeanMethod;
import io.github.copilot4j.spring.discovery.AnnotatedBeanMethods;
import io.github.copilot4j.tool.CopilotTool;
import io.github.copilot4j.tool.ToolDefinition;
import io.github.copilot4j.tool.ToolHandler;
import io.github.copilot4j.tool.ToolInvocation;
import io.github.copilot4j.tool.Tools;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.ReactiveAdapter;
import org.springframework.core.ReactiveAdapterRegistry;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link CopilotToolRegistry} of the application's {@link CopilotTool @CopilotTool} methods. Once every singleton
 * exists, it finds them on every bean (see {@link AnnotatedBeanMethods}: behind proxies, on {@code @Bean}-method beans
 * too) and makes each a tool invoked on the bean, so aspects such as {@code @Transactional} apply. Arguments are
 * bound and results written by the application's {@link JsonMapper}; a result may be a {@code CompletableFuture}
 * or a single-value reactive type such as Reactor's {@code Mono}, which is awaited. An exception thrown by a tool
 * becomes the failure result chosen by the {@link ToolExceptionHandler}. Tags come from {@link CopilotToolTags}.
 *
 * <p>Start-up fails when two tools have the same name (naming both methods and beans) or a method cannot be a tool.
 */
public final class AnnotatedToolRegistry implements CopilotToolRegistry, SmartInitializingSingleton,
        BeanFactoryAware {

    private final Supplier<JsonMapper> mapper;
    private final Supplier<ToolExceptionHandler> exceptionHandler;
    private @Nullable ConfigurableListableBeanFactory beanFactory;
    private volatile @Nullable Registry registry;

    /**
     * A registry that discovers its tools once every singleton exists.
     *
     * @param mapper the mapper that binds arguments and writes results, asked for once at discovery
     * @param exceptionHandler turns tool exceptions into results, asked for once at discovery
     */
    public AnnotatedToolRegistry(Supplier<JsonMapper> mapper, Supplier<ToolExceptionHandler> exceptionHandler) {
        this.mapper = mapper;
        this.exceptionHandler = exceptionHandler;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
        if (!(beanFactory instanceof ConfigurableListableBeanFactory listable)) {
            throw new IllegalArgumentException("AnnotatedToolRegistry needs a ConfigurableListableBeanFactory, got "
                    + beanFactory.getClass().getName());
        }
        this.beanFactory = listable;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ConfigurableListableBeanFactory factory = beanFactory;
        if (factory == null) {
            throw new IllegalStateException("AnnotatedToolRegistry was not given its bean factory");
        }
        JsonMapper jsonMapper = mapper.get();
        ToolExceptionHandler failures = exceptionHandler.get();
        Map<String, AnnotatedBeanMethod<CopilotTool>> sources = new LinkedHashMap<>();
        List<ToolDefinition> tools = new ArrayList<>();
        Map<String, Set<String>> toolsByTag = new LinkedHashMap<>();
        for (AnnotatedBeanMethod<CopilotTool> method : AnnotatedBeanMethods.find(factory, CopilotTool.class)) {
            ToolDefinition tool = toolOf(method, jsonMapper, failures);
            AnnotatedBeanMethod<CopilotTool> previous = sources.putIfAbsent(tool.name(), method);
            if (previous != null) {
                throw new BeanInitializationException("Two @CopilotTool methods are named '" + tool.name() + "': "
                        + previous.describe() + " and " + method.describe() + "; give one of them another name "
                        + "with @CopilotTool(name = ...)");
            }
            tools.add(tool);
            for (String tag : tags(method)) {
                toolsByTag.computeIfAbsent(tag, key -> new LinkedHashSet<>()).add(tool.name());
            }
        }
        registry = new Registry(tools, toolsByTag);
    }

    @Override
    public List<ToolDefinition> tools() {
        return registry().tools();
    }

    @Override
    public List<ToolDefinition> select(Collection<String> namesOrTags) {
        Registry current = registry();
        Set<String> names = new LinkedHashSet<>();
        for (String nameOrTag : namesOrTags) {
            boolean known = false;
            if (current.names().contains(nameOrTag)) {
                names.add(nameOrTag);
                known = true;
            }
            Set<String> tagged = current.toolsByTag().get(nameOrTag);
            if (tagged != null) {
                names.addAll(tagged);
                known = true;
            }
            if (!known) {
                throw new IllegalArgumentException("'" + nameOrTag + "' is neither the name nor a tag of a "
                        + "@CopilotTool method; the tools are " + new TreeSet<>(current.names()) + " and the tags "
                        + new TreeSet<>(current.toolsByTag().keySet()));
            }
        }
        return current.tools().stream().filter(tool -> names.contains(tool.name())).toList();
    }

    @Override
    public Set<String> toolNames() {
        return registry().names();
    }

    private Registry registry() {
        Registry current = registry;
        if (current == null) {
            throw new IllegalStateException("The @CopilotTool methods are discovered once every singleton exists; "
                    + "open sessions after the application context is refreshed");
        }
        return current;
    }

    private static ToolDefinition toolOf(AnnotatedBeanMethod<CopilotTool> method, JsonMapper mapper,
            ToolExceptionHandler failures) {
        ToolDefinition tool;
        try {
            tool = Tools.fromMethod(method.bean(), annotatedDeclaration(method), mapper, resultAdapter(method));
        } catch (RuntimeException e) {
            throw new BeanInitializationException("Failed to make a tool of the @CopilotTool method "
                    + method.describe() + ": " + e.getMessage(), e);
        }
        ToolHandler handler = tool.handler();
        if (handler == null) {
            throw new IllegalStateException("Tools.fromMethod gave no handler for " + method.describe());
        }
        return ToolDefinitions.withHandler(tool, invocation -> handled(handler, invocation, failures));
    }

    /**
     * Turns a single-value reactive result, such as Reactor's {@code Mono}, into a {@code CompletableFuture} that the
     * tool call awaits; other results pass unchanged. A multi-value type such as {@code Flux} fails start-up.
     */
    private static UnaryOperator<Object> resultAdapter(AnnotatedBeanMethod<CopilotTool> method) {
        Class<?> returnType = method.method().getReturnType();
        ReactiveAdapterRegistry adapters = ReactiveAdapterRegistry.getSharedInstance();
        ReactiveAdapter reactive = CompletionStage.class.isAssignableFrom(returnType) ? null
                : adapters.getAdapter(returnType);
        if (reactive == null) {
            return UnaryOperator.identity();
        }
        if (reactive.isMultiValue()) {
            throw new BeanInitializationException("The @CopilotTool method " + method.describe() + " returns "
                    + returnType.getSimpleName() + ", which emits many values; return a single value instead, "
                    + "for example a Mono of a list (flux.collectList())");
        }
        ReactiveAdapter future = adapters.getAdapter(CompletableFuture.class);
        if (future == null) {
            throw new BeanInitializationException("The @CopilotTool method " + method.describe() + " returns "
                    + returnType.getSimpleName() + ", which cannot be awaited without Reactor on the classpath");
        }
        return value -> future.fromPublisher(reactive.toPublisher(value));
    }

    /**
     * The declaration that carries {@code @CopilotTool} itself, which may be the interface or superclass method that
     * the target class overrides; it must be invocable on the bean.
     */
    private static Method annotatedDeclaration(AnnotatedBeanMethod<CopilotTool> method) {
        MergedAnnotation<CopilotTool> annotation = MergedAnnotations
                .from(method.method(), SearchStrategy.TYPE_HIERARCHY).get(CopilotTool.class);
        if (annotation.getSource() instanceof Method declared
                && declared.getDeclaringClass().isInstance(method.bean())) {
            return declared;
        }
        if (method.invocableMethod().isAnnotationPresent(CopilotTool.class)) {
            return method.invocableMethod();
        }
        throw new BeanInitializationException("The @CopilotTool method " + method.describe() + " is declared where "
                + "the bean's proxy cannot invoke it; annotate the interface method or use class-based proxies");
    }

    private static Set<String> tags(AnnotatedBeanMethod<CopilotTool> method) {
        Set<String> tags = new LinkedHashSet<>();
        CopilotToolTags onMethod = AnnotatedElementUtils.findMergedAnnotation(method.method(), CopilotToolTags.class);
        CopilotToolTags onClass = AnnotatedElementUtils.findMergedAnnotation(method.targetClass(),
                CopilotToolTags.class);
        for (CopilotToolTags annotation : new CopilotToolTags[] {onMethod, onClass}) {
            if (annotation != null) {
                for (String tag : annotation.value()) {
                    if (tag.isBlank()) {
                        throw new BeanInitializationException("@CopilotToolTags of " + method.describe()
                                + " has a blank tag");
                    }
                    tags.add(tag);
                }
            }
        }
        return tags;
    }

    private static @Nullable Object handled(ToolHandler handler, ToolInvocation invocation,
            ToolExceptionHandler failures) {
        Object result;
        try {
            result = handler.handle(invocation);
        } catch (Exception e) {
            return failures.handle(invocation, e);
        }
        if (result instanceof CompletionStage<?> pending) {
            return pending.handle((value, error) -> error == null ? value
                    : failures.handle(invocation, asException(error)));
        }
        return result;
    }

    private static Exception asException(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof Error fatal) {
            throw fatal;
        }
        return cause instanceof Exception exception ? exception : new CompletionException(cause);
    }

    /** The discovered tools, their names and their tags. */
    private record Registry(List<ToolDefinition> tools, Set<String> names, Map<String, Set<String>> toolsByTag) {

        Registry(List<ToolDefinition> tools, Map<String, Set<String>> toolsByTag) {
            this(List.copyOf(tools), names(tools), Map.copyOf(toolsByTag));
        }

        private static Set<String> names(List<ToolDefinition> tools) {
            Set<String> names = new LinkedHashSet<>();
            tools.forEach(tool -> names.add(tool.name()));
            return Collections.unmodifiableSet(names);
        }
    }
}
