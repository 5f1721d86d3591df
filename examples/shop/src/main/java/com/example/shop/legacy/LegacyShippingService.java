package com.example.shop.legacy;

import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

import java.util.Map;

/**
 * LEGACY, deliberately wrong. Books shipments by calling the carrier over HTTP from a service (C5),
 * with a {@code RestTemplate} it creates itself (C9) and a hard-coded URL (C6).
 */
@Service
public class LegacyShippingService {

    private final RestTemplate restTemplate = new RestTemplate();

    public String bookShipment(String orderReference, String address) {
        Map<?, ?> booking = restTemplate.postForObject("http://shipping.internal:8080/api/shipments",
                Map.of("reference", orderReference, "address", address), Map.class);
        return booking == null ? null : String.valueOf(booking.get("trackingNumber"));
    }
}
