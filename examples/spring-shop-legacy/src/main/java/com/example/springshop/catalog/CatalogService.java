package com.example.springshop.catalog;

import org.springframework.stereotype.Service;

import java.util.List;

@Service
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

    /** Prices are shown the way the catalog page shows them, so it borrows the controller's formatting. */
    public String priceLabel(String sku) {
        return products.findById(sku).map(p -> CatalogController.formatPrice(p.getPrice())).orElse("n/a");
    }
}
