package io.github.copilot4j.sample.desk;

/**
 * A customer of the support desk.
 *
 * @param id the customer number
 * @param name the customer's name
 * @param email the customer's email address
 * @param company the company the customer buys for
 * @param tier the service tier: STANDARD, SILVER, GOLD or PLATINUM
 */
public record Customer(long id, String name, String email, String company, String tier) {
}
