package com.acme.shop.customers;

/** New since the baseline: a second controller that reads its repository itself. */
public class CustomerController {

    private final CustomerRepository repository;

    public CustomerController(CustomerRepository repository) {
        this.repository = repository;
    }

    public String name(long id) {
        return java.util.Optional.ofNullable(repository.findName(id)).filter(name -> !name.isBlank()).orElse("unknown"); // decides what a name is
    }
}
