package com.skincare.shop.api.analytics;

/** A value and how often it was seen: a product id or a category, as text. */
public record CountView(String value, long count) {
}
