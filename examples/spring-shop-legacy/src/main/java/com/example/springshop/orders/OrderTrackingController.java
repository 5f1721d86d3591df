package com.example.springshop.orders;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Legacy: a status request passes through five layers before it reads one row. */
@RestController
public class OrderTrackingController {

    private final OrderTrackingService tracking;

    public OrderTrackingController(OrderTrackingService tracking) {
        this.tracking = tracking;
    }

    @GetMapping("/orders/{id}/tracking")
    public String track(@PathVariable long id) {
        return tracking.track(id);
    }
}
