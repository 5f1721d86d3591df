package com.example.shop.orders;

/** Where an order is in its life. */
public enum OrderStatus {
    PLACED,
    PAID,
    CANCELLED
}
