package com.example.shop.billing;

/** The payment provider refused the charge. */
public class PaymentDeclinedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PaymentDeclinedException(String reference, String reason) {
        super("payment for " + reference + " was declined: " + reason);
    }
}
