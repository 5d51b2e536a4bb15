package com.example.shop.client;

import java.time.Duration;

/** Demo library for the apiCompatibility demo, version 1.5.0: the timeout became a Duration. */
public class ShopClient {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public ShopClient(String baseUrl) {
    }

    public Order order(String id) {
        return new Order(id, 0);
    }

    public Order order(String id, Duration timeout) {
        return new Order(id, 0);
    }

    public boolean cancel(String id) {
        return true;
    }

    public java.util.List<Order> orders() {
        return java.util.List.of();
    }
}
