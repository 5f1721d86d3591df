package com.example.springshop.shipping;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

@Configuration
@EnableResilientMethods
public class ShippingConfiguration {

    /** shipping.carrier-url, from application.properties or the environment. */
    @ConfigurationProperties("shipping")
    public record CarrierProperties(String carrierUrl) {
    }

    @Bean
    CarrierClient carrierClient(CarrierProperties properties) {
        RestClient restClient = RestClient.builder().baseUrl(properties.carrierUrl()).build();
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(restClient)).build()
                .createClient(CarrierClient.class);
    }
}
