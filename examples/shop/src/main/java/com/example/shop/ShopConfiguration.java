package com.example.shop;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;

/**
 * Wires the shop: scans the modules for beans and creates the JDBC infrastructure from externalized
 * settings ({@code shop.properties}, overridable by system properties or the environment).
 *
 * <p>Configuration classes are where {@code new} of infrastructure belongs; the checklist lets them
 * create {@code DataSource}s, {@code JdbcTemplate}s and HTTP clients.
 */
@Configuration
@ComponentScan
@PropertySource("classpath:shop.properties")
public class ShopConfiguration {

    @Bean
    DataSource dataSource(@Value("${shop.datasource.url}") String url,
                          @Value("${shop.datasource.username}") String username,
                          @Value("${shop.datasource.password}") String password) {
        return new DriverManagerDataSource(url, username, password);
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }
}
