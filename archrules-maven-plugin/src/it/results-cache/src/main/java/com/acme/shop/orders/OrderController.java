package com.acme.shop.orders;

/** Legacy: the controller reads the repository itself instead of asking the service. */
public class OrderController {

    private final OrderRepository repository;

    public OrderController(OrderRepository repository) {
        this.repository = repository;
    }

    public String name(long id) {
        return java.util.Optional.ofNullable(repository.findName(id)).filter(name -> !name.isBlank()).orElse("unknown"); // decides what a name is
    }
}
