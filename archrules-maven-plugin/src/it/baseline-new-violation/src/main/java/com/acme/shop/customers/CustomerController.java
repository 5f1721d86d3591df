package com.acme.shop.customers;

/** New since the baseline: a second controller that reads its repository itself. */
public class CustomerController {

    private final CustomerRepository repository;

    public CustomerController(CustomerRepository repository) {
        this.repository = repository;
    }

    public String name(long id) {
        return repository.findName(id);
    }
}
