package com.example.springshop.billing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;

/**
 * Legacy: billing once wanted "its own" database for the invoice ledger, so the shop now has two data sources for data
 * that lives together (orders and their invoices) — no joins, two transactions per invoice.
 */
@Configuration
public class BillingDataSources {

    @Bean
    @Primary
    @ConfigurationProperties("shop.datasource")
    public DataSource shopDataSource() {
        return DataSourceBuilder.create().build();
    }

    @Bean
    @ConfigurationProperties("billing.ledger.datasource")
    public DataSource ledgerDataSource() {
        return DataSourceBuilder.create().build();
    }
}
