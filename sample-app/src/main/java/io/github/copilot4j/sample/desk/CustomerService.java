package io.github.copilot4j.sample.desk;

import io.github.copilot4j.tool.CopilotTool;
import io.github.copilot4j.tool.CopilotToolParam;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The desk's customers. {@link #findCustomer(String)} is a tool of the assistant. */
@Service
public class CustomerService {

    /** The most customers {@link #findCustomer(String)} returns. */
    public static final int MAX_MATCHES = 5;

    private final JdbcClient jdbc;

    public CustomerService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The customers whose name, email or company contains {@code query}, ignoring case, by name.
     *
     * @throws IllegalArgumentException when the query is blank
     */
    @CopilotTool(name = "find_customer", description = "Finds customers whose name, email address or company "
            + "contains the query, ignoring case. Returns at most 5 customers with their customer number, name, "
            + "email, company and service tier.")
    @Transactional(readOnly = true)
    public List<Customer> findCustomer(
            @CopilotToolParam(description = "Part of the customer's name, email address or company") String query) {
        if (query.isBlank()) {
            throw new IllegalArgumentException("query must not be blank: give part of a name, email or company");
        }
        String pattern = "%" + query.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        SELECT id, name, email, company, tier FROM customer
                        WHERE LOWER(name) LIKE :pattern ESCAPE '\\' OR LOWER(email) LIKE :pattern ESCAPE '\\'
                            OR LOWER(company) LIKE :pattern ESCAPE '\\'
                        ORDER BY name""")
                .param("pattern", pattern)
                .query(Customer.class)
                .list()
                .stream()
                .limit(MAX_MATCHES)
                .toList();
    }

    /** The customer with this number, if any. */
    @Transactional(readOnly = true)
    public Optional<Customer> findById(long id) {
        return jdbc.sql("SELECT id, name, email, company, tier FROM customer WHERE id = :id")
                .param("id", id)
                .query(Customer.class)
                .optional();
    }
}
