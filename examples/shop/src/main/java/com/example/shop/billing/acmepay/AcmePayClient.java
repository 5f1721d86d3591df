package com.example.shop.billing.acmepay;

import com.example.shop.billing.PaymentDeclinedException;
import com.example.shop.billing.PaymentProvider;
import com.example.shop.billing.PaymentRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The AcmePay adapter: the only class of the shop that speaks HTTP to the payment provider
 * (checklist item C5). Billing depends on {@link PaymentProvider}, not on this class.
 */
@Component
public class AcmePayClient implements PaymentProvider {

    private final RestClient http;

    public AcmePayClient(RestClient acmePayRestClient) {
        this.http = acmePayRestClient;
    }

    @Override
    public String charge(PaymentRequest request) {
        ChargeResponse response = http.post()
                .uri("/v1/charges")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", request.reference())
                .body(new ChargeBody(request.customerId(), request.amountCents(), "EUR", request.reference()))
                .retrieve()
                .onStatus(HttpStatusCode::is4xxClientError, (httpRequest, httpResponse) -> {
                    throw new PaymentDeclinedException(request.reference(), httpResponse.getStatusText());
                })
                .body(ChargeResponse.class);
        if (response == null || response.id() == null) {
            throw new PaymentDeclinedException(request.reference(), "empty answer from AcmePay");
        }
        return response.id();
    }

    /** AcmePay's request body. */
    record ChargeBody(String customer, long amount, String currency, String description) {
    }

    /** The part of AcmePay's answer billing needs. */
    record ChargeResponse(String id, String status) {
    }
}
