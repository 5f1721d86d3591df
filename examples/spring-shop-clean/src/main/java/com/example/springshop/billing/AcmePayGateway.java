package com.example.springshop.billing;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** Stands in for the payment provider's adapter. */
@Component
public class AcmePayGateway implements PaymentGateway {

    @Override
    public String charge(String customer, BigDecimal amount, String password) {
        return "charged " + customer + " " + amount;
    }
}
