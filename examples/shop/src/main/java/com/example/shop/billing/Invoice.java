package com.example.shop.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An invoice for one payment, owned by the billing module. */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    private String id;

    private String customerId;

    private String reference;

    private long amountCents;

    private String paymentId;

    private Instant paidAt;

    protected Invoice() {
        // for JPA
    }

    Invoice(String customerId, String reference, long amountCents, String paymentId, Instant paidAt) {
        this.id = UUID.randomUUID().toString();
        this.customerId = customerId;
        this.reference = reference;
        this.amountCents = amountCents;
        this.paymentId = paymentId;
        this.paidAt = paidAt;
    }

    public String getId() {
        return id;
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getReference() {
        return reference;
    }

    public long getAmountCents() {
        return amountCents;
    }

    public String getPaymentId() {
        return paymentId;
    }

    public Instant getPaidAt() {
        return paidAt;
    }
}
