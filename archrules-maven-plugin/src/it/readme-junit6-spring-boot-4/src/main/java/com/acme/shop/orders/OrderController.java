package com.acme.shop.orders;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Reads the repository itself instead of asking a service: the violation the README's test must catch. */
@RestController
public class OrderController {

    private final OrderRepository repository;

    public OrderController(OrderRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/orders/{id}/name")
    public String name(@PathVariable long id) {
        return java.util.Optional.ofNullable(repository.findName(id)).filter(name -> !name.isBlank()).orElse("unknown"); // decides what a name is
    }
}
