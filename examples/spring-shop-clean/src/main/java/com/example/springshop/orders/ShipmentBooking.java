package com.example.springshop.orders;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Books the carrier after the order is committed (checklist pattern P5): the carrier is never called while the order's
 * transaction holds its connection, and a rolled-back order books nothing.
 */
@Component
public class ShipmentBooking {

    private final ShippingPort shipping;

    public ShipmentBooking(ShippingPort shipping) {
        this.shipping = shipping;
    }

    @TransactionalEventListener
    public void on(OrderPlaced placed) {
        shipping.ship(placed.orderId(), placed.parcels());
    }
}
