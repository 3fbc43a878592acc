package io.github.copilot4j.spring.client;

import io.github.copilot4j.CopilotClient;
import io.github.copilot4j.spring.autoconfigure.CopilotClientAutoConfiguration;
import io.github.copilot4j.spring.autoconfigure.CopilotSessionAutoConfiguration;
import io.github.copilot4j.spring.session.CopilotSessionFactory;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application with the starter, run in a child JVM by {@link CliProcessLifetimeIT}: it starts the CLI eagerly,
 * opens a session, prints {@code CLI_PID <pid>}, then ends as its first argument says: {@code close} closes the
 * context, {@code exit} calls {@code System.exit}, {@code wait} waits to be killed. The other arguments are
 * {@code --copilot.*} properties.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({CopilotClientAutoConfiguration.class, CopilotSessionAutoConfiguration.class})
public class CliOwningApplication {

    /** The line prefix announcing the CLI's process id on standard output. */
    public static final String PID_LINE = "CLI_PID ";

    public static void main(String[] args) throws InterruptedException {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CliOwningApplication.class)
                .web(WebApplicationType.NONE)
                .run(args);
        CopilotClient client = context.getBean(CopilotClient.class);
        context.getBean(CopilotSessionFactory.class).create();
        System.out.println(PID_LINE + client.cliProcessId().orElseThrow());
        System.out.flush();
        switch (args[0]) {
            case "close" -> context.close();
            case "exit" -> System.exit(0);
            default -> new CountDownLatch(1).await();
        }
    }
}
