package com.skincare.shop.command;

import com.skincare.shop.api.common.ProductId;

/**
 * Which products exist, for the command handlers of contexts that refer to products (reviews, and later carts
 * and orders) without reaching into the catalog: the catalog answers it from its own lookups. Products are never
 * deleted, so a yes stays true.
 */
public interface ProductDirectory {

    boolean exists(ProductId product);
}
