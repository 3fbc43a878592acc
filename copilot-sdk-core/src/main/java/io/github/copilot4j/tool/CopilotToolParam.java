package io.github.copilot4j.tool;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one argument of a tool: a parameter of a {@link CopilotTool} method, or a field or record component of
 * an argument type given to {@link Tools#of(String, String, Class, ToolFunction)}. Without it, a method parameter is
 * a required, undescribed argument named after the parameter; for fields see {@link ToolSchemas}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
public @interface CopilotToolParam {

    /** What the argument means, shown to the model; none when empty. */
    String description() default "";

    /**
     * Whether the model must supply the argument. An {@link java.util.Optional} argument is never required; an
     * optional argument the model leaves out is bound as {@code null} ({@code Optional.empty()}, or a primitive's
     * default).
     */
    boolean required() default true;

    /**
     * The argument's name; the parameter name when empty, which needs classes compiled with {@code -parameters}.
     * Only for method parameters: rename a field with Jackson's {@code @JsonProperty}.
     */
    String name() default "";
}
