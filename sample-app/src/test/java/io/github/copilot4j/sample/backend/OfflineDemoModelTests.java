package io.github.copilot4j.sample.backend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.testkit.FakeModelServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The demo model behind a real {@link FakeModelServer}, sent chat requests as the CLI sends them. */
class OfflineDemoModelTests {

    private static final String ADA = """
            [{"id":1,"name":"Ada Lovelace","email":"ada@analytical.example","company":"Analytical Engines Ltd",\
            "tier":"GOLD"}]""";

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final FakeModelServer server = FakeModelServer.start().respondWith(new OfflineDemoModel());
    private final Conversation conversation = new Conversation();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void looksACustomerUpAndAnswersFromTheToolResult() throws Exception {
        conversation.user("Who is Ada Lovelace?");
        assertThat(conversation.ask()).isEqualTo(new Answer("find_customer", "{\"query\":\"Ada Lovelace\"}", ""));
        conversation.toolResult(ADA);
        Answer answer = conversation.ask();
        assertThat(answer.tool()).isNull();
        assertThat(answer.text()).startsWith("Ada Lovelace (customer #1, ada@analytical.example) buys for "
                + "Analytical Engines Ltd and has GOLD service.");
    }

    @Test
    void saysSoWhenNoCustomerMatches() throws Exception {
        conversation.user("Find customer Nobody");
        assertThat(conversation.ask().arguments()).isEqualTo("{\"query\":\"Nobody\"}");
        conversation.toolResult("[]");
        assertThat(conversation.ask().text()).startsWith("I found no customer matching \"Nobody\"");
    }

    @Test
    void opensATicketForTheCustomerItFindsAndConfirmsIt() throws Exception {
        conversation.user("Open an urgent ticket for Ada Lovelace: order A-1002 arrived damaged");
        assertThat(conversation.ask().tool()).isEqualTo("find_customer");
        conversation.toolResult(ADA);
        assertThat(conversation.ask()).isEqualTo(new Answer("open_ticket",
                "{\"customerId\":1,\"subject\":\"Order A-1002 arrived damaged\",\"priority\":\"URGENT\"}", ""));
        conversation.toolResult("{\"id\":7,\"customerId\":1,\"customerName\":\"Ada Lovelace\",\"subject\":"
                + "\"Order A-1002 arrived damaged\",\"priority\":\"URGENT\",\"status\":\"OPEN\"}");
        assertThat(conversation.ask().text()).isEqualTo("I opened ticket #7 for Ada Lovelace: \"Order A-1002 arrived "
                + "damaged\" (URGENT priority, status OPEN).");
    }

    @Test
    void acknowledgesADeclinedTicket() throws Exception {
        conversation.user("Who is Ada Lovelace?");
        conversation.ask();
        conversation.toolResult(ADA);
        conversation.assistant(conversation.ask().text());
        conversation.user("Open a ticket for her: the invoice is wrong");
        assertThat(conversation.ask()).isEqualTo(new Answer("open_ticket",
                "{\"customerId\":1,\"subject\":\"The invoice is wrong\",\"priority\":\"NORMAL\"}", ""));
        conversation.toolResult("The user rejected this tool call. User feedback: The support agent declined.");
        assertThat(conversation.ask().text()).isEqualTo("Understood: the ticket was not approved, so I did not "
                + "open it.");
    }

    @Test
    void looksAnOrderUpByItsNumber() throws Exception {
        conversation.user("What is the status of order g-2002?");
        assertThat(conversation.ask()).isEqualTo(new Answer("get_order_status", "{\"orderNumber\":\"G-2002\"}", ""));
        conversation.toolResult("{\"orderNumber\":\"G-2002\",\"customerId\":2,\"status\":\"DELAYED\",\"total\":780.00,"
                + "\"placedOn\":\"2026-11-10\",\"carrier\":\"FastFreight\",\"tracking\":\"FF-11877\"}");
        assertThat(conversation.ask().text()).isEqualTo("Order G-2002 of 2026-11-10 (780.00) is DELAYED, with "
                + "FastFreight (tracking FF-11877).");
    }

    @Test
    void passesOnTheFailureOfAnUnknownOrder() throws Exception {
        conversation.user("Where is order Z-9999?");
        conversation.ask();
        conversation.toolResult("There is no order numbered 'Z-9999'; order numbers look like A-1002");
        assertThat(conversation.ask().text()).isEqualTo("I could not find order Z-9999: There is no order numbered "
                + "'Z-9999'; order numbers look like A-1002");
    }

    @Test
    void listsTheOrdersOfTheCustomerItFinds() throws Exception {
        conversation.user("List Grace Hopper's orders");
        assertThat(conversation.ask().arguments()).isEqualTo("{\"query\":\"Grace Hopper\"}");
        conversation.toolResult("[{\"id\":2,\"name\":\"Grace Hopper\",\"email\":\"grace@cobol.example\","
                + "\"company\":\"Compiler Works\",\"tier\":\"PLATINUM\"}]");
        assertThat(conversation.ask()).isEqualTo(new Answer("list_orders", "{\"customerId\":2}", ""));
        conversation.toolResult("[{\"orderNumber\":\"G-2002\",\"status\":\"DELAYED\",\"total\":780.00,"
                + "\"placedOn\":\"2026-11-10\",\"carrier\":null,\"tracking\":null}]");
        assertThat(conversation.ask().text()).isEqualTo("Grace Hopper has 1 order:\n- Order G-2002 of 2026-11-10 "
                + "(780.00) is DELAYED.");
    }

    @Test
    void explainsWhatItCanDoOtherwise() throws Exception {
        conversation.user("Hello there");
        assertThat(conversation.ask().text()).startsWith("I am the offline demo model").contains("Who is Ada "
                + "Lovelace?");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Who is Ada Lovelace?|Ada Lovelace",
            "List Grace Hopper's orders|Grace Hopper",
            "Open a ticket for Alan Turing: refund order T-3001|Alan Turing",
            "find customer katherine|katherine",
            "Find customer katherine johnson now|katherine johnson",
            "what about linus@kernel.example?|linus@kernel.example",
            "orders of torvalds please|torvalds"})
    void findsTheCustomerAPromptNames(String prompt, String customer) {
        assertThat(OfflineDemoModel.customerReference(prompt)).isEqualTo(customer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Open a ticket for her: late delivery", "What are the orders?", "Hello"})
    void findsNoCustomerInPromptsThatNameNone(String prompt) {
        assertThat(OfflineDemoModel.customerReference(prompt)).isNull();
    }

    /** What the model answered: a tool call (tool and arguments) or a text. */
    record Answer(String tool, String arguments, String text) {
    }

    /** A conversation in the chat completions format, sent to the server one request per answer. */
    private final class Conversation {

        private final ArrayNode messages = json.createArrayNode();
        private final List<String> pendingCalls = new ArrayList<>();
        private int callIds;

        void user(String text) {
            messages.addObject().put("role", "user").put("content", "<current_datetime>now</current_datetime>\n"
                    + text);
        }

        void assistant(String text) {
            messages.addObject().put("role", "assistant").put("content", text);
        }

        void toolResult(String content) {
            messages.addObject().put("role", "tool").put("tool_call_id", pendingCalls.remove(0))
                    .put("content", content);
        }

        Answer ask() throws IOException, InterruptedException {
            ObjectNode request = json.createObjectNode().put("model", "claude-sonnet-4.5");
            request.set("messages", messages.deepCopy());
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.openAiBaseUrl()
                    + "/chat/completions")).POST(HttpRequest.BodyPublishers.ofString(request.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode message = json.readTree(response.body()).path("choices").path(0).path("message");
            JsonNode call = message.path("tool_calls").path(0);
            if (call.isMissingNode()) {
                return new Answer(null, null, message.path("content").asString(""));
            }
            String id = "call_" + (++callIds);
            ObjectNode assistant = messages.addObject().put("role", "assistant").put("content", "");
            assistant.putArray("tool_calls").addObject().put("id", id).put("type", "function").putObject("function")
                    .put("name", call.path("function").path("name").asString())
                    .put("arguments", call.path("function").path("arguments").asString());
            pendingCalls.add(id);
            return new Answer(call.path("function").path("name").asString(),
                    call.path("function").path("arguments").asString(), message.path("content").asString(""));
        }
    }
}
