package io.github.copilot4j.sample.desk;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An order of a customer.
 *
 * @param orderNumber the order number, such as {@code A-1002}
 * @param customerId the number of the customer who placed it
 * @param status PROCESSING, SHIPPED, DELAYED, DELIVERED or CANCELLED
 * @param total the order total
 * @param placedOn when the order was placed
 * @param carrier the shipping carrier, once shipped
 * @param tracking the carrier's tracking number, once shipped
 */
public record CustomerOrder(String orderNumber, long customerId, String status, BigDecimal total, LocalDate placedOn,
        @Nullable String carrier, @Nullable String tracking) {
}
