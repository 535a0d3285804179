package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

/** Every event of a product: what a reader that only needs to know "this product changed" handles. */
public interface ProductEvent {

    ProductId productId();
}
