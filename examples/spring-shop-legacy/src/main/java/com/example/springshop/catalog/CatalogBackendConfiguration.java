package com.example.springshop.catalog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration
public class CatalogBackendConfiguration {

    @Bean
    public RestClient catalogBackend(RestClient.Builder builder, @Value("${catalog.backend.url}") String url) {
        return builder.baseUrl(url).build();
    }
}
