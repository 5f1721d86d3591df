package com.example.springshop.billing;

public interface PaymentGateway {

    String charge(String customer, java.math.BigDecimal amount, String apiKey);
}
