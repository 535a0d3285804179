package com.skincare.shop.command;

import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.common.ProductId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ProductDirectory} for aggregate tests: products {@code 1..count} exist, on sale with plenty of counted
 * stock, unless a test {@link #put}s one otherwise.
 */
public final class InMemoryProductDirectory implements ProductDirectory {

    private final long count;
    private final Map<ProductId, ProductAvailability> products = new HashMap<>();

    private InMemoryProductDirectory(long count) {
        this.count = count;
    }

    public static InMemoryProductDirectory upTo(long count) {
        return new InMemoryProductDirectory(count);
    }

    public InMemoryProductDirectory put(ProductAvailability product) {
        products.put(product.productId(), product);
        return this;
    }

    public InMemoryProductDirectory put(long id, ProductStatus status, int stock) {
        return put(new ProductAvailability(ProductId.of(id), status, stock, true, false));
    }

    @Override
    public boolean exists(ProductId product) {
        return availability(product).isPresent();
    }

    @Override
    public Optional<ProductAvailability> availability(ProductId product) {
        if (products.containsKey(product)) {
            return Optional.of(products.get(product));
        }
        if (product.value() < 1 || product.value() > count) {
            return Optional.empty();
        }
        return Optional.of(new ProductAvailability(product, ProductStatus.ACTIVE, 1000, true, false));
    }
}
