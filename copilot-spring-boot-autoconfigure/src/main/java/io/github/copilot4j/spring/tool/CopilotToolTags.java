package io.github.copilot4j.spring.tool;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tags of {@link io.github.copilot4j.tool.CopilotTool @CopilotTool} methods, by which a session profile's
 * {@code tools} property (and {@link CopilotToolRegistry#select}) picks a group of tools. On a method it tags that
 * tool; on a class, every tool of the class. A tool's tags are the union of both. Usable as a meta-annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
public @interface CopilotToolTags {

    /** The tags. */
    String[] value();
}
