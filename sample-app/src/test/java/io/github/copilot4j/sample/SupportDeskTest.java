package io.github.copilot4j.sample;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on random ports with the offline demo back end, whatever credentials the machine has. Every
 * test class uses the same configuration, so the test framework starts the application (and its CLI) once per JVM.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "support-desk.model-backend=offline-demo",
        "support-desk.approval-timeout=30s"})
public @interface SupportDeskTest {
}
