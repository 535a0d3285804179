package com.skincare.shop.command.catalog;

import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.command.CommandSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link CatalogLookup} on PostgreSQL. Every statement joins the transaction Axon opened around the command, so
 * claims commit or roll back together with the events.
 */
@Component
public class JdbcCatalogLookup implements CatalogLookup {

    /** Any constant will do; it only has to be the same for every node that edits the category tree. */
    private static final long CATEGORY_TREE_LOCK = 0x5eed_ca7e_60e1L;

    private final JdbcTemplate jdbc;
    private final String productKeys;
    private final String categorySlugs;
    private final String categoryTree;

    public JdbcCatalogLookup(JdbcTemplate jdbc, CommandSchema schema) {
        this.jdbc = jdbc;
        this.productKeys = schema.qualify("product_keys");
        this.categorySlugs = schema.qualify("category_slugs");
        this.categoryTree = schema.qualify("category_tree");
    }

    @Override
    public boolean claimProductSku(ProductId product, String sku) {
        return claimProductKey("sku", sku, product);
    }

    @Override
    public boolean claimProductSlug(ProductId product, String slug) {
        return claimProductKey("slug", slug, product);
    }

    @Override
    public void releaseProductSku(ProductId product, String sku) {
        releaseProductKey("sku", sku, product);
    }

    @Override
    public void releaseProductSlug(ProductId product, String slug) {
        releaseProductKey("slug", slug, product);
    }

    @Override
    public boolean claimCategorySlug(CategoryId category, String slug) {
        // The no-op update makes the statement return the owner whether it inserted or not, and locks the row, so
        // a concurrent release cannot slip in between the claim and the check. A concurrent claim of the same new
        // value waits on the unique key until the first claimant commits or rolls back.
        Long owner = jdbc.queryForObject("INSERT INTO " + categorySlugs + " (slug, category_id) VALUES (?, ?) "
                + "ON CONFLICT (slug) DO UPDATE SET category_id = " + categorySlugs + ".category_id "
                + "RETURNING category_id", Long.class, slug, category.value());
        return owner != null && owner == category.value();
    }

    @Override
    public void releaseCategorySlug(CategoryId category, String slug) {
        jdbc.update("DELETE FROM " + categorySlugs + " WHERE slug = ? AND category_id = ?", slug, category.value());
    }

    @Override
    public boolean categoryExists(CategoryId category) {
        // KEY SHARE conflicts only with a delete, so products referencing a category do not queue behind each other.
        return !jdbc.queryForList("SELECT category_id FROM " + categoryTree + " WHERE category_id = ? FOR KEY SHARE",
                Long.class, category.value()).isEmpty();
    }

    @Override
    public boolean wouldCreateCycle(CategoryId category, CategoryId parent) {
        // Two moves that are each fine alone (a under b, b under a) would form a cycle together, and no row lock
        // covers that; one tree-wide lock until commit does. Category edits are rare, so the wait costs nothing.
        jdbc.queryForObject("SELECT 1 FROM pg_advisory_xact_lock(?)", Integer.class, CATEGORY_TREE_LOCK);
        Boolean cycle = jdbc.queryForObject("""
                WITH RECURSIVE ancestors (category_id, parent_id) AS (
                    SELECT category_id, parent_id FROM %1$s WHERE category_id = ?
                    UNION
                    SELECT t.category_id, t.parent_id FROM %1$s t JOIN ancestors a ON t.category_id = a.parent_id
                )
                SELECT EXISTS (SELECT 1 FROM ancestors WHERE category_id = ?)
                """.formatted(categoryTree), Boolean.class, parent.value(), category.value());
        return Boolean.TRUE.equals(cycle);
    }

    @Override
    public void registerCategory(CategoryId category, CategoryId parent) {
        jdbc.update("INSERT INTO " + categoryTree + " (category_id, parent_id) VALUES (?, ?) "
                        + "ON CONFLICT (category_id) DO UPDATE SET parent_id = EXCLUDED.parent_id",
                category.value(), parent == null ? null : parent.value());
    }

    @Override
    public void removeCategory(CategoryId category) {
        jdbc.update("DELETE FROM " + categoryTree + " WHERE category_id = ?", category.value());
    }

    /** Every product holds exactly one SKU claim from its creation on. */
    boolean productExists(ProductId product) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM " + productKeys
                + " WHERE kind = 'sku' AND product_id = ?)", Boolean.class, product.value()));
    }

    /**
     * The slugs of the categories and of every category above them, as the checkout matches a coupon restricted
     * to categories: a coupon for a category covers its whole branch, as the catalog's category filter does.
     */
    Set<String> categorySlugsWithAncestors(List<CategoryId> categories) {
        if (categories.isEmpty()) {
            return Set.of();
        }
        Long[] ids = categories.stream().map(CategoryId::value).toArray(Long[]::new);
        return new HashSet<>(jdbc.queryForList("""
                WITH RECURSIVE branch (category_id, parent_id) AS (
                    SELECT category_id, parent_id FROM %1$s WHERE category_id = ANY (?)
                    UNION
                    SELECT t.category_id, t.parent_id FROM %1$s t JOIN branch b ON t.category_id = b.parent_id
                )
                SELECT s.slug FROM branch b JOIN %2$s s ON s.category_id = b.category_id
                """.formatted(categoryTree, categorySlugs), String.class, (Object) ids));
    }

    private boolean claimProductKey(String kind, String value, ProductId product) {
        // See claimCategorySlug for why the conflict does a no-op update rather than nothing.
        Long owner = jdbc.queryForObject("INSERT INTO " + productKeys + " (kind, key_value, product_id) VALUES (?, ?, ?) "
                + "ON CONFLICT (kind, key_value) DO UPDATE SET product_id = " + productKeys + ".product_id "
                + "RETURNING product_id", Long.class, kind, value, product.value());
        return owner != null && owner == product.value();
    }

    private void releaseProductKey(String kind, String value, ProductId product) {
        jdbc.update("DELETE FROM " + productKeys + " WHERE kind = ? AND key_value = ? AND product_id = ?",
                kind, value, product.value());
    }
}
