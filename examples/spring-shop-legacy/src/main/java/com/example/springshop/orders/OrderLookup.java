package com.example.springshop.orders;

import org.springframework.stereotype.Service;

import java.util.Optional;

/** Legacy: a service that only hands the call on to the repository. */
@Service
public class OrderLookup {

    private final OrderRepository orders;

    public OrderLookup(OrderRepository orders) {
        this.orders = orders;
    }

    public Optional<Order> find(long id) {
        return orders.findById(id);
    }
}
