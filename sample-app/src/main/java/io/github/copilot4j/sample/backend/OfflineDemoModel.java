package io.github.copilot4j.sample.backend;

import io.github.copilot4j.testkit.FakeModelServer;
import io.github.copilot4j.testkit.ModelMessage;
import io.github.copilot4j.testkit.ModelReply;
import io.github.copilot4j.testkit.ModelRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The offline demo's model: a {@linkplain FakeModelServer#respondWith responder} that reads the conversation it is
 * sent and answers as a support-desk assistant would, with the application's tools. It decides by the user's last
 * message and by the tool results that followed it:
 * <ul>
 * <li>"open a ticket for Ada Lovelace: ..." finds the customer, then calls {@code open_ticket} (which a person must
 * approve), then confirms the ticket or acknowledges that it was declined;</li>
 * <li>an order number such as {@code A-1002} calls {@code get_order_status};</li>
 * <li>"orders" of a customer finds the customer, then calls {@code list_orders};</li>
 * <li>a customer's name or email address calls {@code find_customer};</li>
 * <li>anything else gets a short explanation of what it can do.</li>
 * </ul>
 * Every answer is built from the tool results it finds in the request, so the data shown comes from the database.
 * A customer found earlier in the conversation is remembered ("her orders").
 */
final class OfflineDemoModel implements Function<ModelRequest, ModelReply> {

    static final String FIND_CUSTOMER = "find_customer";
    static final String LIST_ORDERS = "list_orders";
    static final String GET_ORDER_STATUS = "get_order_status";
    static final String OPEN_TICKET = "open_ticket";

    /** The most tool calls answered for one message before the model gives up. */
    private static final int MAX_TOOL_CALLS_PER_MESSAGE = 4;

    /** Keeps decimals as written, such as the total 780.00. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Pattern ORDER_NUMBER = Pattern.compile("\\b([A-Za-z])-(\\d{4})\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern CAPITALIZED_WORDS = Pattern.compile("\\b[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)*");
    private static final Pattern CUSTOMER_AFTER = Pattern.compile(
            "\\b(?:customer|for|about|is|find|of)\\s+([a-z][a-z.-]+(?:\\s+[a-z][a-z.-]+){0,2})", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_NAMES = Set.of("Who", "What", "Which", "Where", "When", "How", "Why",
            "Find", "Show", "List", "Look", "Please", "Open", "Can", "Could", "Would", "Tell", "Give", "The", "Is",
            "Are", "Does", "Do", "Hi", "Hello", "Order", "Orders", "Ticket", "Customer", "Status", "I", "My", "Her",
            "His", "Their", "Our", "A", "An", "What's", "Whats", "Create", "File", "Raise", "Check", "Get", "Urgent",
            "High", "Low", "Normal", "Priority");
    private static final Set<String> FILLER_WORDS = Set.of("please", "thanks", "now", "today");
    private static final Set<String> PRONOUNS = Set.of("her", "him", "them", "his", "their", "she", "he", "they",
            "this", "that");
    private static final Set<String> NOT_CUSTOMERS = Set.of("a", "an", "the", "order", "orders", "ticket", "status",
            "customer", "me", "my");

    @Override
    public ModelReply apply(ModelRequest request) {
        Conversation conversation = Conversation.of(request);
        String prompt = conversation.prompt();
        String lower = prompt.toLowerCase(Locale.ROOT);
        if (conversation.outcomes().size() >= MAX_TOOL_CALLS_PER_MESSAGE) {
            return ModelReply.text("I have made several tool calls for this question without finishing; please "
                    + "ask again more specifically.");
        }
        if (lower.contains("ticket")) {
            return openTicket(conversation, prompt);
        }
        Matcher order = ORDER_NUMBER.matcher(prompt);
        if (order.find()) {
            return orderStatus(conversation, order.group(1).toUpperCase(Locale.ROOT) + "-" + order.group(2));
        }
        if (lower.contains("order")) {
            return listOrders(conversation, prompt);
        }
        String customer = customerReference(prompt);
        if (customer != null) {
            return findCustomer(conversation, customer);
        }
        return ModelReply.text(help());
    }

    // ------------------------------------------------------------------------------------------------ intents

    private ModelReply findCustomer(Conversation conversation, String query) {
        ToolOutcome found = conversation.last(FIND_CUSTOMER);
        if (found == null) {
            return call(FIND_CUSTOMER, arguments().put("query", query));
        }
        List<JsonNode> customers = found.values();
        if (customers == null) {
            return ModelReply.text("I could not look the customer up: " + found.result());
        }
        if (customers.isEmpty()) {
            return ModelReply.text("I found no customer matching \"" + query + "\". Try part of a name, an email "
                    + "address or a company.");
        }
        if (customers.size() == 1) {
            JsonNode customer = customers.get(0);
            return ModelReply.text(describeCustomer(customer) + "\n\nI can list " + firstName(customer)
                    + "'s orders or open a support ticket.");
        }
        StringBuilder text = new StringBuilder("I found " + customers.size() + " customers matching \"" + query
                + "\":");
        customers.forEach(customer -> text.append("\n- ").append(describeCustomer(customer)));
        return ModelReply.text(text.toString());
    }

    private ModelReply orderStatus(Conversation conversation, String orderNumber) {
        ToolOutcome status = conversation.last(GET_ORDER_STATUS);
        if (status == null) {
            return call(GET_ORDER_STATUS, arguments().put("orderNumber", orderNumber));
        }
        JsonNode order = status.value();
        if (order == null || !order.has("status")) {
            return ModelReply.text("I could not find order " + orderNumber + ": " + status.result());
        }
        return ModelReply.text(describeOrder(order));
    }

    private ModelReply listOrders(Conversation conversation, String prompt) {
        ToolOutcome orders = conversation.last(LIST_ORDERS);
        if (orders != null) {
            List<JsonNode> list = orders.values();
            if (list == null) {
                return ModelReply.text("I could not list the orders: " + orders.result());
            }
            JsonNode customer = conversation.knownCustomer();
            String whose = customer != null ? customer.path("name").asString() : "The customer";
            if (list.isEmpty()) {
                return ModelReply.text(whose + " has no orders.");
            }
            StringBuilder text = new StringBuilder(whose + " has " + list.size() + " order"
                    + (list.size() == 1 ? "" : "s") + ":");
            list.forEach(order -> text.append("\n- ").append(describeOrder(order)));
            return ModelReply.text(text.toString());
        }
        return withCustomer(conversation, prompt, customer -> call(LIST_ORDERS,
                arguments().put("customerId", customer.path("id").asLong())));
    }

    private ModelReply openTicket(Conversation conversation, String prompt) {
        ToolOutcome ticket = conversation.last(OPEN_TICKET);
        if (ticket != null) {
            JsonNode opened = ticket.value();
            if (opened != null && opened.has("id")) {
                JsonNode customer = conversation.knownCustomer();
                return ModelReply.text("I opened ticket #" + opened.path("id").asLong() + " for "
                        + (customer != null ? customer.path("name").asString() : "the customer") + ": \""
                        + opened.path("subject").asString() + "\" (" + opened.path("priority").asString()
                        + " priority, status " + opened.path("status").asString() + ").");
            }
            if (ticket.result().toLowerCase(Locale.ROOT).contains("reject")
                    || ticket.result().toLowerCase(Locale.ROOT).contains("declined")) {
                return ModelReply.text("Understood: the ticket was not approved, so I did not open it.");
            }
            return ModelReply.text("The ticket could not be opened: " + ticket.result());
        }
        return withCustomer(conversation, prompt, customer -> call(OPEN_TICKET, arguments()
                .put("customerId", customer.path("id").asLong())
                .put("subject", ticketSubject(prompt))
                .put("priority", priority(prompt))));
    }

    /**
     * Runs {@code next} with the customer the prompt names (looked up with {@code find_customer} first) or, when it
     * names none, the customer found earlier in the conversation.
     */
    private ModelReply withCustomer(Conversation conversation, String prompt,
            Function<JsonNode, ModelReply> next) {
        ToolOutcome found = conversation.last(FIND_CUSTOMER);
        if (found != null) {
            List<JsonNode> customers = found.values();
            if (customers == null || customers.isEmpty()) {
                return ModelReply.text("I could not find that customer. Which customer do you mean? A name, an email "
                        + "address or a company is enough.");
            }
            if (customers.size() > 1) {
                StringBuilder text = new StringBuilder("Several customers match; which one do you mean?");
                customers.forEach(customer -> text.append("\n- ").append(describeCustomer(customer)));
                return ModelReply.text(text.toString());
            }
            return next.apply(customers.get(0));
        }
        String reference = customerReference(prompt);
        if (reference != null) {
            return call(FIND_CUSTOMER, arguments().put("query", reference));
        }
        JsonNode known = conversation.knownCustomer();
        if (known != null) {
            return next.apply(known);
        }
        return ModelReply.text("Which customer do you mean? A name, an email address or a company is enough.");
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** The customer the prompt names: an email address, capitalized words, or the word after "customer", "for"... */
    static @Nullable String customerReference(String prompt) {
        Matcher email = EMAIL.matcher(prompt);
        if (email.find()) {
            return email.group();
        }
        String withoutOrders = ORDER_NUMBER.matcher(prompt).replaceAll(" ");
        String beforeColon = withoutOrders.contains(":") ? withoutOrders.substring(0, withoutOrders.indexOf(':'))
                : withoutOrders;
        Matcher capitalized = CAPITALIZED_WORDS.matcher(beforeColon.replaceAll("'s\\b", ""));
        while (capitalized.find()) {
            List<String> words = new ArrayList<>(List.of(capitalized.group().split("\\s+")));
            words.removeIf(NOT_NAMES::contains);
            if (!words.isEmpty()) {
                return String.join(" ", words);
            }
        }
        Matcher after = CUSTOMER_AFTER.matcher(beforeColon);
        while (after.find()) {
            List<String> words = new ArrayList<>(List.of(after.group(1).replaceAll("'s\\b", "").strip()
                    .split("\\s+")));
            words.removeIf(word -> FILLER_WORDS.contains(word.toLowerCase(Locale.ROOT)));
            while (!words.isEmpty() && NOT_CUSTOMERS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                words.remove(0);
            }
            if (!words.isEmpty() && !PRONOUNS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                return String.join(" ", words);
            }
        }
        return null;
    }

    private static String ticketSubject(String prompt) {
        int colon = prompt.indexOf(':');
        String subject = colon >= 0 && colon < prompt.length() - 1 ? prompt.substring(colon + 1).strip() : prompt;
        subject = subject.isEmpty() ? prompt : subject;
        subject = Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
        return subject.length() <= 120 ? subject : subject.substring(0, 119) + "…";
    }

    private static String priority(String prompt) {
        String lower = prompt.toLowerCase(Locale.ROOT);
        if (lower.contains("urgent")) {
            return "URGENT";
        }
        if (lower.contains("high priority") || lower.contains("asap")) {
            return "HIGH";
        }
        if (lower.contains("low priority")) {
            return "LOW";
        }
        return "NORMAL";
    }

    // ------------------------------------------------------------------------------------------------ writing

    private static String describeCustomer(JsonNode customer) {
        return customer.path("name").asString() + " (customer #" + customer.path("id").asLong() + ", "
                + customer.path("email").asString() + ") buys for " + customer.path("company").asString()
                + " and has " + customer.path("tier").asString() + " service.";
    }

    private static String firstName(JsonNode customer) {
        return customer.path("name").asString().split("\\s+")[0];
    }

    private static String describeOrder(JsonNode order) {
        StringBuilder text = new StringBuilder("Order " + order.path("orderNumber").asString() + " of "
                + order.path("placedOn").asString() + " (" + order.path("total").asString() + ") is "
                + order.path("status").asString());
        if (order.hasNonNull("carrier")) {
            text.append(", with ").append(order.path("carrier").asString());
            if (order.hasNonNull("tracking")) {
                text.append(" (tracking ").append(order.path("tracking").asString()).append(')');
            }
        }
        return text.append('.').toString();
    }

    private static String help() {
        return "I am the offline demo model: I only know a few kinds of question, but the tools, the database and "
                + "the approval flow behind them are real. Try:\n"
                + "- Who is Ada Lovelace?\n"
                + "- What is the status of order G-2002?\n"
                + "- List Grace Hopper's orders\n"
                + "- Open a ticket for Ada Lovelace: order A-1002 arrived damaged";
    }

    private static ObjectNode arguments() {
        return JSON.createObjectNode();
    }

    private static ModelReply call(String tool, ObjectNode arguments) {
        return ModelReply.toolCall(tool, arguments.toString());
    }

    // ------------------------------------------------------------------------------------------------ conversation

    /**
     * A tool call of the current message and the result the model was sent.
     *
     * @param name the tool
     * @param result the tool message's text
     */
    record ToolOutcome(String name, String result) {

        /** The result as JSON, or null when it is not JSON (a failure or rejection message). */
        @Nullable JsonNode value() {
            try {
                JsonNode parsed = JSON.readTree(result);
                return parsed.isObject() || parsed.isArray() ? parsed : null;
            } catch (JacksonException e) {
                return null;
            }
        }

        /** The result's elements when it is a JSON array, else null. */
        @Nullable List<JsonNode> values() {
            JsonNode parsed = value();
            if (parsed == null || !parsed.isArray()) {
                return null;
            }
            List<JsonNode> elements = new ArrayList<>();
            parsed.values().forEach(elements::add);
            return elements;
        }
    }

    /**
     * What the model needs of a request: the user's last message, the tool calls answered since, and the last
     * customer that {@code find_customer} found alone in the whole conversation.
     */
    record Conversation(String prompt, List<ToolOutcome> outcomes, @Nullable JsonNode knownCustomer) {

        static Conversation of(ModelRequest request) {
            String prompt = request.lastUserMessage();
            List<ModelMessage> messages = request.messages();
            int promptIndex = -1;
            for (int i = messages.size() - 1; i >= 0 && promptIndex < 0; i--) {
                ModelMessage message = messages.get(i);
                if (message.role().equals("user") && !prompt.isEmpty() && message.content().contains(prompt)) {
                    promptIndex = i;
                }
            }
            Map<String, String> toolNames = new HashMap<>();
            List<ToolOutcome> outcomes = new ArrayList<>();
            JsonNode knownCustomer = null;
            for (int i = 0; i < messages.size(); i++) {
                ModelMessage message = messages.get(i);
                message.toolCalls().forEach(call -> toolNames.put(call.id(), call.name()));
                if (!message.role().equals("tool") || message.toolCallId() == null) {
                    continue;
                }
                ToolOutcome outcome = new ToolOutcome(toolNames.getOrDefault(message.toolCallId(), ""),
                        message.content());
                if (outcome.name().equals(FIND_CUSTOMER)) {
                    List<JsonNode> customers = outcome.values();
                    if (customers != null && customers.size() == 1) {
                        knownCustomer = customers.get(0);
                    }
                }
                if (i > promptIndex) {
                    outcomes.add(outcome);
                }
            }
            return new Conversation(prompt, List.copyOf(outcomes), knownCustomer);
        }

        /** The last outcome of the tool for the current message, or null. */
        @Nullable ToolOutcome last(String tool) {
            for (int i = outcomes.size() - 1; i >= 0; i--) {
                if (outcomes.get(i).name().equals(tool)) {
                    return outcomes.get(i);
                }
            }
            return null;
        }
    }
}
