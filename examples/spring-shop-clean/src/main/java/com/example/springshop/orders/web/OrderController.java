package com.example.springshop.orders.web;

import com.example.springshop.orders.OrderService;
import com.example.springshop.orders.OrderSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/orders")
public class OrderController {

    private final OrderService orders;

    public OrderController(OrderService orders) {
        this.orders = orders;
    }

    @GetMapping("/{id}")
    public ResponseEntity<OrderSummary> get(@PathVariable long id) {
        return ResponseEntity.of(orders.find(id));
    }

    @GetMapping("/customer/{customer}")
    public List<OrderSummary> byCustomer(@PathVariable String customer) {
        return orders.byCustomer(customer);
    }

    @PostMapping
    public OrderSummary place(@RequestBody PlaceOrderRequest request) {
        return orders.place(request.customer(), request.sku(), request.quantity());
    }
}
