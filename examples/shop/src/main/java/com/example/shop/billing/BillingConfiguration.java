package com.example.shop.billing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Beans billing needs that are not components of its own. */
@Configuration
public class BillingConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
