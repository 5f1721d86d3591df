package com.example.springshop.shipping;

import com.example.springshop.orders.ShippingPort;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Implements what orders needs with the carrier's client; retried through the Spring proxy, never called on this. */
@Component
public class CarrierShipping implements ShippingPort {

    private final CarrierClient carrier;

    public CarrierShipping(CarrierClient carrier) {
        this.carrier = carrier;
    }

    @Override
    @Retryable
    public String ship(long orderId, int parcels) {
        return carrier.createShipment(Map.of("reference", orderId, "parcels", parcels));
    }
}
