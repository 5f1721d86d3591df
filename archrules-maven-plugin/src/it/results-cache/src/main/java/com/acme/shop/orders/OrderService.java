package com.acme.shop.orders;

public class OrderService {

    private final OrderRepository repository;

    public OrderService(OrderRepository repository) {
        this.repository = repository;
    }

    public String name(long id) {
        return repository.findName(id).trim();
    }
}
