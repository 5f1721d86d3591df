package com.acme.shop.orders;

public class OrderController {

    private final OrderService service;

    public OrderController(OrderService service) {
        this.service = service;
    }

    public String name(long id) {
        return service.name(id);
    }
}
