package com.example.shop.billing;

/**
 * What billing tells other modules about a successful charge: ids, not the {@link Invoice} entity.
 *
 * @param invoiceId the invoice billing created
 * @param paymentId the payment provider's id
 */
public record PaymentReceipt(String invoiceId, String paymentId) {
}
