package com.skincare.shop.command;

import com.skincare.shop.api.common.ProductId;

import java.util.Optional;

/**
 * What an order keeps of a product when it is placed, for the checkout without reaching into the catalog: the
 * catalog answers it from the Product aggregate as it is at this moment. Only for command handlers: it loads the
 * product in the handler's unit of work, which holds it until the handler's command ends.
 */
public interface ProductOffers {

    /** The product's name, SKU, price, categories and availability now, or empty for no such product. */
    Optional<ProductOffer> offer(ProductId product);
}
