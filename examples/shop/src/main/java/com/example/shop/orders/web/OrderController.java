package com.example.shop.orders.web;

import com.example.shop.orders.OrderService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * HTTP API of the orders module. Each handler translates HTTP to one service call and back: no SQL,
 * no business rules, no state (checklist items C2, C3, C8).
 */
@RestController
@RequestMapping("/orders")
public class OrderController {

    private final OrderService orders;

    public OrderController(OrderService orders) {
        this.orders = orders;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public OrderResponse place(@RequestBody PlaceOrderRequest request) {
        return OrderResponse.of(orders.placeOrder(request.customerId(), request.items()));
    }

    @GetMapping("/{id}")
    public OrderResponse get(@PathVariable long id) {
        return OrderResponse.of(orders.order(id));
    }

    @GetMapping
    public List<OrderResponse> ofCustomer(@RequestParam String customerId) {
        return orders.ordersOf(customerId).stream().map(OrderResponse::of).toList();
    }

    @PostMapping("/{id}/cancel")
    public OrderResponse cancel(@PathVariable long id) {
        return OrderResponse.of(orders.cancel(id));
    }
}
