package com.acme.shop.orders;

/** Legacy: the controller reads the repository itself instead of asking the service. */
public class OrderController {

    private final OrderRepository repository;

    public OrderController(OrderRepository repository) {
        this.repository = repository;
    }

    public String name(long id) {
        return repository.findName(id);
    }
}
