package com.example.springshop.shipping;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.PostExchange;

import java.util.Map;

/** The carrier's HTTP API as a Spring HTTP interface; the base URL comes from shipping.carrier-url. */
public interface CarrierClient {

    @PostExchange("/v2/shipments")
    String createShipment(@RequestBody Map<String, Object> shipment);
}
