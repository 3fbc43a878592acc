package io.github.copilot4j.sample.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.copilot4j.sample.SupportDeskTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SupportDeskTest
class OrderServiceTests {

    @Autowired
    private OrderService orders;

    @Test
    void listsTheOrdersOfACustomerNewestFirst() {
        assertThat(orders.listOrders(1)).extracting(CustomerOrder::orderNumber)
                .containsExactly("A-1003", "A-1002", "A-1001");
    }

    @Test
    void refusesToListTheOrdersOfAnUnknownCustomer() {
        assertThatIllegalArgumentException().isThrownBy(() -> orders.listOrders(42))
                .withMessage("There is no customer number 42; use find_customer to look the customer up");
    }

    @Test
    void looksAnOrderUpByItsNumberInAnyCase() {
        assertThat(orders.getOrderStatus(" g-2002 ")).isEqualTo(new CustomerOrder("G-2002", 2, "DELAYED",
                new BigDecimal("780.00"), LocalDate.of(2026, 11, 10), "FastFreight", "FF-11877"));
        assertThat(orders.getOrderStatus("A-1003").carrier()).isNull();
    }

    @Test
    void explainsAnUnknownOrderNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> orders.getOrderStatus("Z-1"))
                .withMessage("There is no order numbered 'Z-1'; order numbers look like A-1002");
    }
}
