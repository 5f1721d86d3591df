package com.example.shop.billing;

/**
 * A charge as billing asks for it.
 *
 * @param customerId  who pays
 * @param reference   what is paid, e.g. {@code order-42}; also the idempotency key at the provider
 * @param amountCents how much, in cents
 */
public record PaymentRequest(String customerId, String reference, long amountCents) {
}
