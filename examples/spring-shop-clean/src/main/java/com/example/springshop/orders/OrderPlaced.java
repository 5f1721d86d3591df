package com.example.springshop.orders;

/** Published when an order is saved; the shipment is booked once the order's transaction has committed. */
public record OrderPlaced(long orderId, int parcels) {
}
