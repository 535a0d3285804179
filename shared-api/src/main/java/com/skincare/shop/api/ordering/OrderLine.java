package com.skincare.shop.api.ordering;

import com.skincare.shop.api.common.ProductId;

/** A product of an order and how many of it: what stock is given back or settled by. */
public record OrderLine(ProductId productId, int quantity) {
}
