package com.example.springshop.billing;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;

/** Looks its gateway up at run time and carries the provider password in the code. */
@Service
public class PaymentService {

    private static final String PAYMENT_PASSWORD = "hunter2-acme-pay";

    private final ApplicationContext context;

    public PaymentService(ApplicationContext context) {
        this.context = context;
    }

    public String pay(String customer, BigDecimal amount) {
        PaymentGateway gateway = context.getBean(PaymentGateway.class);
        return gateway.charge(customer, amount, PAYMENT_PASSWORD);
    }
}
