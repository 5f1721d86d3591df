package com.example.springshop.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "orders")
public class Order {

    @Id
    @GeneratedValue
    private Long id;
    private String customer;
    private String sku;
    private int quantity;
    private BigDecimal total;
    private String status;

    protected Order() {
    }

    public Order(String customer, String sku, int quantity, BigDecimal total) {
        this.customer = customer;
        this.sku = sku;
        this.quantity = quantity;
        this.total = total;
        this.status = "PLACED";
    }

    public Long getId() { return id; }
    public String getCustomer() { return customer; }
    public String getSku() { return sku; }
    public int getQuantity() { return quantity; }
    public BigDecimal getTotal() { return total; }
    public String getStatus() { return status; }
}
