package com.example.shop.orders;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * An order, owned by the orders module: only this module reads or writes the {@code orders} tables.
 * Entities are not singletons, so their mutable fields are fine (checklist item C8 is about shared
 * beans).
 */
@Entity
@Table(name = "orders")
public class Order {

    @Id
    @GeneratedValue
    private Long id;

    private String customerId;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    @ElementCollection
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    private List<OrderLine> lines = new ArrayList<>();

    private String invoiceId;

    protected Order() {
        // for JPA
    }

    public Order(String customerId, List<OrderLine> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        this.customerId = customerId;
        this.lines = new ArrayList<>(lines);
        this.status = OrderStatus.PLACED;
    }

    public Long getId() {
        return id;
    }

    public String getCustomerId() {
        return customerId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public List<OrderLine> getLines() {
        return List.copyOf(lines);
    }

    public String getInvoiceId() {
        return invoiceId;
    }

    public long totalCents() {
        return lines.stream().mapToLong(OrderLine::totalCents).sum();
    }

    /** Records the payment; an order is paid once. */
    public void markPaid(String invoiceId) {
        if (status != OrderStatus.PLACED) {
            throw new IllegalStateException("order " + id + " is " + status + " and cannot be paid");
        }
        this.invoiceId = invoiceId;
        this.status = OrderStatus.PAID;
    }

    public void cancel() {
        if (status == OrderStatus.PAID) {
            throw new IllegalStateException("order " + id + " is paid; refund it instead of cancelling");
        }
        this.status = OrderStatus.CANCELLED;
    }
}
