package io.github.copilot4j.sample.desk;

import io.github.copilot4j.tool.CopilotTool;
import io.github.copilot4j.tool.CopilotToolParam;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customers' orders. Both public methods are tools of the assistant. */
@Service
public class OrderService {

    private static final String COLUMNS = "order_number, customer_id, status, total, placed_on, carrier, tracking";

    private final JdbcClient jdbc;
    private final CustomerService customers;

    public OrderService(JdbcClient jdbc, CustomerService customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    /**
     * The orders of a customer, newest first.
     *
     * @throws IllegalArgumentException when there is no such customer
     */
    @CopilotTool(name = "list_orders", description = "Lists the orders of a customer, newest first, with order "
            + "number, status, total, date, carrier and tracking number.")
    @Transactional(readOnly = true)
    public List<CustomerOrder> listOrders(
            @CopilotToolParam(description = "The customer number, as find_customer returns it") long customerId) {
        if (customers.findById(customerId).isEmpty()) {
            throw new IllegalArgumentException("There is no customer number " + customerId
                    + "; use find_customer to look the customer up");
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM customer_order WHERE customer_id = :customerId "
                        + "ORDER BY placed_on DESC")
                .param("customerId", customerId)
                .query(CustomerOrder.class)
                .list();
    }

    /**
     * The order with this number.
     *
     * @throws IllegalArgumentException when there is no such order
     */
    @CopilotTool(name = "get_order_status", description = "Looks up one order by its number, such as A-1002: its "
            + "status, total, date, carrier and tracking number.")
    @Transactional(readOnly = true)
    public CustomerOrder getOrderStatus(
            @CopilotToolParam(description = "The order number, such as A-1002") String orderNumber) {
        String normalized = orderNumber.strip().toUpperCase(Locale.ROOT);
        return jdbc.sql("SELECT " + COLUMNS + " FROM customer_order WHERE order_number = :orderNumber")
                .param("orderNumber", normalized)
                .query(CustomerOrder.class)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("There is no order numbered '" + normalized
                        + "'; order numbers look like A-1002"));
    }
}
