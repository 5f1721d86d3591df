package com.example.shop.billing;

/**
 * The remote payment provider as billing needs it (checklist item C5). Billing owns this interface;
 * an adapter such as {@code AcmePayClient} implements it with HTTP, and tests use a fake.
 */
public interface PaymentProvider {

    /**
     * Charges the customer; fails with {@link PaymentDeclinedException} if the provider refuses.
     *
     * @return the provider's id of the payment
     */
    String charge(PaymentRequest request);
}
