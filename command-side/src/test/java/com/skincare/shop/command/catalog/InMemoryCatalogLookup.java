package com.skincare.shop.command.catalog;

import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.common.ProductId;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** {@link CatalogLookup} in maps, for aggregate tests; it keeps the same promises minus the transactions. */
class InMemoryCatalogLookup implements CatalogLookup {

    private final Map<String, ProductId> productSkus = new HashMap<>();
    private final Map<String, ProductId> productSlugs = new HashMap<>();
    private final Map<String, CategoryId> categorySlugs = new HashMap<>();
    private final Map<CategoryId, CategoryId> parents = new HashMap<>();

    @Override
    public boolean claimProductSku(ProductId product, String sku) {
        return productSkus.computeIfAbsent(sku, key -> product).equals(product);
    }

    @Override
    public boolean claimProductSlug(ProductId product, String slug) {
        return productSlugs.computeIfAbsent(slug, key -> product).equals(product);
    }

    @Override
    public void releaseProductSku(ProductId product, String sku) {
        productSkus.remove(sku, product);
    }

    @Override
    public void releaseProductSlug(ProductId product, String slug) {
        productSlugs.remove(slug, product);
    }

    @Override
    public boolean claimCategorySlug(CategoryId category, String slug) {
        return categorySlugs.computeIfAbsent(slug, key -> category).equals(category);
    }

    @Override
    public void releaseCategorySlug(CategoryId category, String slug) {
        categorySlugs.remove(slug, category);
    }

    @Override
    public boolean categoryExists(CategoryId category) {
        return parents.containsKey(category);
    }

    @Override
    public boolean wouldCreateCycle(CategoryId category, CategoryId parent) {
        for (CategoryId ancestor = parent; ancestor != null; ancestor = parents.get(ancestor)) {
            if (ancestor.equals(category)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void registerCategory(CategoryId category, CategoryId parent) {
        parents.put(category, parent);
    }

    @Override
    public void removeCategory(CategoryId category) {
        parents.remove(category);
        parents.replaceAll((child, parent) -> Objects.equals(parent, category) ? null : parent);
    }

    ProductId skuOwner(String sku) {
        return productSkus.get(sku);
    }

    ProductId productSlugOwner(String slug) {
        return productSlugs.get(slug);
    }

    CategoryId categorySlugOwner(String slug) {
        return categorySlugs.get(slug);
    }

    CategoryId parentOf(CategoryId category) {
        return parents.get(category);
    }
}
