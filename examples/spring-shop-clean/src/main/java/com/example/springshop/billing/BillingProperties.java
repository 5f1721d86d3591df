package com.example.springshop.billing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;

/** billing.* settings, bound once; the payment password comes from the environment, never the code. */
@ConfigurationProperties("billing")
public record BillingProperties(BigDecimal taxRate, String paymentPassword) {
}
