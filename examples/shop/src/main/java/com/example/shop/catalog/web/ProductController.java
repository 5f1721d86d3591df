package com.example.shop.catalog.web;

import com.example.shop.catalog.CatalogService;
import com.example.shop.catalog.Product;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Read-only HTTP API of the catalog. Thin: it delegates to {@link CatalogService}. */
@RestController
@RequestMapping("/products")
public class ProductController {

    private final CatalogService catalog;

    public ProductController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    public List<Product> list() {
        return catalog.allProducts();
    }

    @GetMapping("/{sku}")
    public Product get(@PathVariable String sku) {
        return catalog.product(sku);
    }
}
