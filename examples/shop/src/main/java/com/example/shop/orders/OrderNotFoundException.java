package com.example.shop.orders;

/** Thrown when an order id is unknown. */
public class OrderNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OrderNotFoundException(long orderId) {
        super("no order with id " + orderId);
    }
}
