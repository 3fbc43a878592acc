package io.github.copilot4j.sample.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.copilot4j.sample.SupportDeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;

@SupportDeskTest
class CustomerServiceTests {

    @Autowired
    private CustomerService customers;

    @Test
    void findsCustomersByPartOfTheirNameEmailOrCompanyIgnoringCase() {
        assertThat(customers.findCustomer("lovelace")).extracting(Customer::name).containsExactly("Ada Lovelace");
        assertThat(customers.findCustomer("COBOL.example")).extracting(Customer::id).containsExactly(2L);
        assertThat(customers.findCustomer("Orbital")).singleElement()
                .isEqualTo(new Customer(4, "Katherine Johnson", "katherine@orbit.example", "Orbital Mechanics Inc",
                        "GOLD"));
        assertThat(customers.findCustomer("nobody at all")).isEmpty();
    }

    @Test
    void returnsAtMostFiveCustomersByName() {
        assertThat(customers.findCustomer(".example")).hasSize(CustomerService.MAX_MATCHES)
                .extracting(Customer::name)
                .containsExactly("Ada Lovelace", "Alan Turing", "Grace Hopper", "Katherine Johnson", "Linus Torvalds");
    }

    @Test
    void treatsWildcardsAsText() {
        assertThat(customers.findCustomer("%")).isEmpty();
        assertThat(customers.findCustomer("_")).isEmpty();
        assertThat(customers.findCustomer("\\")).isEmpty();
    }

    @Test
    void rejectsABlankQueryWithAMessageForTheModel() {
        assertThatIllegalArgumentException().isThrownBy(() -> customers.findCustomer("  "))
                .withMessageContaining("part of a name, email or company");
    }

    @Test
    void runsInTransactionsThroughItsProxy() {
        assertThat(AopUtils.isAopProxy(customers)).isTrue();
        assertThat(customers.findById(3)).map(Customer::name).contains("Alan Turing");
        assertThat(customers.findById(99)).isEmpty();
    }
}
