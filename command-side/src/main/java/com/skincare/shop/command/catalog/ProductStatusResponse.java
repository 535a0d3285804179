package com.skincare.shop.command.catalog;

import com.skincare.shop.api.catalog.ProductStatus;

/** The answer to a status change: which product, and the status it has now. */
public record ProductStatusResponse(long id, ProductStatus status) {
}
