package com.example.shop.billing.acmepay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * Creates the HTTP client for AcmePay from externalized settings (checklist items C6 and C9): the base
 * URL and the API key come from {@code shop.properties} or the environment, never from code.
 */
@Configuration
public class AcmePayConfiguration {

    @Bean
    RestClient acmePayRestClient(@Value("${shop.payment.acmepay.base-url}") String baseUrl,
                                 @Value("${shop.payment.acmepay.api-key}") String apiKey) {
        return RestClient.builder()
                .baseUrl(baseUrl)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey)
                .build();
    }
}
