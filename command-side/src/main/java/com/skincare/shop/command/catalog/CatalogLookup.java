package com.skincare.shop.command.catalog;

import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.common.ProductId;

/**
 * Set validation for the catalog's command handlers: uniqueness of SKUs and slugs, and which categories exist in
 * which tree. An aggregate sees only its own events, so these facts live here, written in the same transaction as
 * the events; a refused command rolls its claims back with it. Command handlers receive it as a parameter.
 */
public interface CatalogLookup {

    /** Claims {@code sku} for the product; true when it is now, or already was, the product's own. */
    boolean claimProductSku(ProductId product, String sku);

    /** Claims {@code slug} for the product; true when it is now, or already was, the product's own. */
    boolean claimProductSlug(ProductId product, String slug);

    /** Frees a SKU the product no longer uses; a value owned by another product is left alone. */
    void releaseProductSku(ProductId product, String sku);

    /** Frees a slug the product no longer uses; a value owned by another product is left alone. */
    void releaseProductSlug(ProductId product, String slug);

    /** Claims {@code slug} for the category; true when it is now, or already was, the category's own. */
    boolean claimCategorySlug(CategoryId category, String slug);

    /** Frees a slug the category no longer uses; a value owned by another category is left alone. */
    void releaseCategorySlug(CategoryId category, String slug);

    /**
     * Whether the category exists (created and not deleted). A true answer holds until the caller's transaction
     * ends: a concurrent delete waits for it.
     */
    boolean categoryExists(CategoryId category);

    /**
     * Whether making {@code parent} the parent of {@code category} would put the category among its own
     * ancestors. The answer holds until the caller's transaction ends: concurrent moves in the tree wait for it.
     */
    boolean wouldCreateCycle(CategoryId category, CategoryId parent);

    /** Records the category, or its new parent; {@code parent} may be null for a top-level category. */
    void registerCategory(CategoryId category, CategoryId parent);

    /** Forgets a deleted category; its children become top-level. */
    void removeCategory(CategoryId category);
}
