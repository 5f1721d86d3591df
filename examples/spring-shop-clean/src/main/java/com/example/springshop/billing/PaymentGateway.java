package com.example.springshop.billing;

import java.math.BigDecimal;

public interface PaymentGateway {

    String charge(String customer, BigDecimal amount, String password);
}
