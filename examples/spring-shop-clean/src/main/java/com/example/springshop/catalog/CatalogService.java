package com.example.springshop.catalog;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;

@Service
@Transactional(readOnly = true)
public class CatalogService {

    private final ProductRepository products;

    public CatalogService(ProductRepository products) {
        this.products = products;
    }

    public List<ProductView> all() {
        return products.findAll().stream()
                .map(p -> new ProductView(p.getSku(), p.getName(), p.getPrice()))
                .toList();
    }

    @Cacheable("prices")
    public BigDecimal price(String sku) {
        return products.findById(sku).map(Product::getPrice).orElseThrow();
    }
}
