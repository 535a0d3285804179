package com.skincare.shop.api.catalog;

/** Answers an optional {@link ProductView}; in the shopper view only an active product is found. */
public record FindProductQuery(long productId, boolean shopperView) {
}
