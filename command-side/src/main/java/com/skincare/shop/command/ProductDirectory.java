package com.skincare.shop.command;

import com.skincare.shop.api.common.ProductId;

import java.util.Optional;

/**
 * What the command handlers of contexts that refer to products (reviews, wishlists, carts, and later orders) may
 * know of them without reaching into the catalog: the catalog answers it. Products are never deleted, so a yes
 * to {@link #exists} stays true.
 */
public interface ProductDirectory {

    boolean exists(ProductId product);

    /**
     * The product's status and stock as its aggregate holds them at this moment, or empty for no such product.
     * Only for command handlers: it loads the product in the handler's unit of work.
     */
    Optional<ProductAvailability> availability(ProductId product);
}
