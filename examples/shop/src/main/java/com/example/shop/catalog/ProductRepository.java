package com.example.shop.catalog;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * The catalog's tables, read with plain Spring JDBC. SQL lives here and only here (checklist item C1).
 */
@Repository
public class ProductRepository {

    private final JdbcTemplate jdbc;

    public ProductRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Product> findBySku(String sku) {
        return jdbc.query("select sku, name, price_cents from product where sku = ?",
                (row, number) -> new Product(row.getString("sku"), row.getString("name"), row.getLong("price_cents")),
                sku).stream().findFirst();
    }

    public List<Product> findAll() {
        return jdbc.query("select sku, name, price_cents from product order by name",
                (row, number) -> new Product(row.getString("sku"), row.getString("name"), row.getLong("price_cents")));
    }
}
