package com.example.springshop.catalog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ProductPageController {

    private final ProductPageService pages;

    public ProductPageController(ProductPageService pages) {
        this.pages = pages;
    }

    @GetMapping("/product-pages/{sku}")
    public ProductPageService.ProductPage page(@PathVariable String sku) {
        return pages.page(sku);
    }
}
