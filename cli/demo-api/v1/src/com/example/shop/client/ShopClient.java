package com.example.shop.client;

/** Demo library for the apiCompatibility demo, version 1.4.0. */
public class ShopClient {
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;

    public ShopClient(String baseUrl) {
    }

    public Order order(String id) {
        return new Order(id, 0);
    }

    public Order order(String id, int timeoutSeconds) {
        return new Order(id, 0);
    }

    public void cancel(String id) {
    }
}
