package com.example.springshop.billing;

import org.springframework.jms.core.JmsMessagingTemplate;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;

/** Legacy: asks the tax service for a rate over a queue and blocks until the reply arrives. */
@Service
public class TaxRateQuotes {

    private final JmsMessagingTemplate messaging;

    public TaxRateQuotes(JmsMessagingTemplate messaging) {
        this.messaging = messaging;
    }

    public BigDecimal rateFor(String country) {
        String rate = messaging.convertSendAndReceive("tax-rate-requests", country, String.class);
        return rate == null ? BigDecimal.ZERO : new BigDecimal(rate);
    }
}
