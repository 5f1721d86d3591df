package com.example.springshop.catalog;

import io.grpc.BindableService;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.StreamObserver;

/** Stands for the class protoc's gRPC plugin generates from product.proto (marked generated, so left out). */
@jakarta.annotation.Generated("io.grpc.protoc-gen-grpc-java")
public final class ProductServiceGrpc {

    private ProductServiceGrpc() {
    }

    public abstract static class ProductServiceImplBase implements BindableService {

        public void getProductName(String sku, StreamObserver<String> responseObserver) {
            responseObserver.onError(new UnsupportedOperationException("getProductName"));
        }

        @Override
        public ServerServiceDefinition bindService() {
            return ServerServiceDefinition.builder("shop.ProductService").build();
        }
    }
}
