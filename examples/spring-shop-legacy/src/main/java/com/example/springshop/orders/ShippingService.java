package com.example.springshop.orders;

import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

import java.util.Map;

/** Calls the carrier itself, with a RestTemplate it builds and a URL it knows by heart. */
@Service
public class ShippingService {

    private final RestTemplate restTemplate = new RestTemplate();

    public String ship(long orderId, int parcels) {
        return restTemplate.postForObject("https://api.carrier.example.com/v2/shipments",
                Map.of("reference", orderId, "parcels", parcels), String.class);
    }
}
