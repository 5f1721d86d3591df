package com.example.springshop.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.math.BigDecimal;

@Entity
public class Invoice {

    @Id
    @GeneratedValue
    private Long id;
    private Long orderId;
    private BigDecimal amount;

    protected Invoice() {
    }

    public Invoice(Long orderId, BigDecimal amount) {
        this.orderId = orderId;
        this.amount = amount;
    }

    public Long getId() { return id; }
    public Long getOrderId() { return orderId; }
    public BigDecimal getAmount() { return amount; }
}
