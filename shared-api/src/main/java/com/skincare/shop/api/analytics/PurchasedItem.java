package com.skincare.shop.api.analytics;

import java.math.BigDecimal;

/** One line of a tracked purchase: the product, how many, at what unit price, and its category if known. */
public record PurchasedItem(long productId, String category, int quantity, BigDecimal price) {
}
