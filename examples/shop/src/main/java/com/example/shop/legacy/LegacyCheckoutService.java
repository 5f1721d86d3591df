package com.example.shop.legacy;

import org.springframework.stereotype.Service;

/**
 * LEGACY, deliberately wrong. Creates the service it needs with {@code new} instead of having it
 * injected (C9), so it cannot be tested without booking real shipments.
 */
@Service
public class LegacyCheckoutService {

    private final LegacyShippingService shipping = new LegacyShippingService();

    public String ship(String orderReference, String address) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("no shipping address for " + orderReference);
        }
        return shipping.bookShipment(orderReference, address.strip());
    }
}
