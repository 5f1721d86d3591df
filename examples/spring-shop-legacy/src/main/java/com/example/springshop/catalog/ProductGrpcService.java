package com.example.springshop.catalog;

import io.grpc.stub.StreamObserver;

/** Legacy: the gRPC service reads the repository itself and decides which products are for sale. */
public class ProductGrpcService extends ProductServiceGrpc.ProductServiceImplBase {

    private final ProductRepository products;

    public ProductGrpcService(ProductRepository products) {
        this.products = products;
    }

    @Override
    public void getProductName(String sku, StreamObserver<String> responseObserver) {
        responseObserver.onNext(products.findById(sku).filter(product -> product.getPrice().signum() > 0).map(Product::getName).orElse(""));
        responseObserver.onCompleted();
    }
}
