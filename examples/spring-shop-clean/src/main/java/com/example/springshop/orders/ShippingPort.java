package com.example.springshop.orders;

/** What orders needs from a carrier; the shipping module implements it. */
public interface ShippingPort {

    String ship(long orderId, int parcels);
}
