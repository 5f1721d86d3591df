package com.acme.shop.web;

import com.acme.shop.orders.OrderRepository;

/** Uses the repository of the orders module, a jar on its class path, instead of its service. */
public class OrderController {

    private final OrderRepository repository;

    public OrderController(OrderRepository repository) {
        this.repository = repository;
    }

    public String name(long id) {
        return java.util.Optional.ofNullable(repository.findName(id)).filter(name -> !name.isBlank()).orElse("unknown"); // decides what a name is
    }
}
