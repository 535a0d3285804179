package com.skincare.shop.command.catalog;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.command.ProductAvailability;
import com.skincare.shop.command.ProductDirectory;
import com.skincare.shop.command.ProductOffer;
import com.skincare.shop.command.ProductOffers;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The catalog's answer to other contexts' handlers. Whether a product exists comes from its SKU claim; its
 * availability from the Product aggregate itself, loaded in the caller's unit of work, since the read model may
 * lag behind a stock change or an archiving that was just committed. Loading locks the product until the caller's
 * command ends, so a stock change waits rather than slipping between the check and the cart's event. An offer's
 * categories are the product's own {@code category} text and the slugs of its categories' branches, from the
 * category tree the catalog keeps beside its events.
 */
@Component
public class CatalogProductDirectory implements ProductDirectory, ProductOffers {

    private final JdbcCatalogLookup lookup;
    /** Axon builds the repository after the handlers' resources, so it is fetched when first needed. */
    private final ObjectProvider<Repository<Product>> products;

    public CatalogProductDirectory(JdbcCatalogLookup lookup, ObjectProvider<Repository<Product>> products) {
        this.lookup = lookup;
        this.products = products;
    }

    @Override
    public boolean exists(ProductId product) {
        return lookup.productExists(product);
    }

    @Override
    public Optional<ProductAvailability> availability(ProductId product) {
        if (!lookup.productExists(product)) {
            return Optional.empty();
        }
        return Optional.of(products.getObject().load(product.toString()).invoke(Product::availability));
    }

    @Override
    public Optional<ProductOffer> offer(ProductId product) {
        if (!lookup.productExists(product)) {
            return Optional.empty();
        }
        return Optional.of(products.getObject().load(product.toString()).invoke(loaded -> {
            Set<String> categories = new HashSet<>(lookup.categorySlugsWithAncestors(loaded.categoryIds()));
            if (loaded.category() != null) {
                categories.add(loaded.category());
            }
            return new ProductOffer(loaded.availability(), loaded.nameEn(), loaded.sku(), loaded.price(),
                    categories);
        }));
    }
}
