package com.skincare.shop.projections.catalog;

import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.ProductArchivedEvent;
import com.skincare.shop.api.catalog.ProductCreatedEvent;
import com.skincare.shop.api.catalog.ProductDetails;
import com.skincare.shop.api.catalog.ProductFeaturedChangedEvent;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.catalog.ProductImageAddedEvent;
import com.skincare.shop.api.catalog.ProductImageRemovedEvent;
import com.skincare.shop.api.catalog.ProductImagesReorderedEvent;
import com.skincare.shop.api.catalog.ProductPrimaryImageSetEvent;
import com.skincare.shop.api.catalog.ProductPublishedEvent;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.catalog.ProductUpdatedEvent;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.catalog.StockAdjustedEvent;
import com.skincare.shop.projections.EventTime;
import com.skincare.shop.projections.SqlArrays;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;

/**
 * Writes {@code products}, {@code product_categories} and {@code product_images} from the product events.
 * <p>
 * Every value comes from an event: the ids from its payload, every time from its timestamp, so a replay writes the
 * same rows again; the searchable texts in Unicode NFC. Every write is idempotent (upserts, stock set to {@code stockAfter}, links replaced as a
 * whole), so an event handled twice after a failed batch changes nothing. {@code published_at} holds the time of
 * the latest publication: a product that was archived and published again shows when it came back.
 */
@ProcessingGroup(CatalogProcessing.GROUP)
public class ProductProjector {

    private static final String UPSERT_PRODUCT = """
            INSERT INTO products (id, name_en, name_kh, slug, description_en, description_kh, short_description, sku,
                                  barcode, price, compare_at_price, cost_price, stock, track_inventory,
                                  allow_backorders, weight, dimensions, skin_type, category, skin_concerns,
                                  ingredients, usage_instructions, image_url, meta_title, meta_description, status,
                                  is_featured, created_at, updated_at, published_at)
            VALUES (:id, :nameEn, :nameKh, :slug, :descriptionEn, :descriptionKh, :shortDescription, :sku,
                    :barcode, :price, :compareAtPrice, :costPrice, :stock, :trackInventory,
                    :allowBackorders, :weight, CAST(:dimensions AS jsonb), CAST(:skinType AS skin_type), :category,
                    :skinConcerns, CAST(:ingredients AS jsonb), :usageInstructions, :imageUrl, :metaTitle,
                    :metaDescription, CAST(:status AS product_status), :featured, :createdAt, :updatedAt,
                    :publishedAt)
            ON CONFLICT (id) DO UPDATE SET
                name_en = EXCLUDED.name_en, name_kh = EXCLUDED.name_kh, slug = EXCLUDED.slug,
                description_en = EXCLUDED.description_en, description_kh = EXCLUDED.description_kh,
                short_description = EXCLUDED.short_description, sku = EXCLUDED.sku, barcode = EXCLUDED.barcode,
                price = EXCLUDED.price, compare_at_price = EXCLUDED.compare_at_price,
                cost_price = EXCLUDED.cost_price, stock = EXCLUDED.stock,
                track_inventory = EXCLUDED.track_inventory, allow_backorders = EXCLUDED.allow_backorders,
                weight = EXCLUDED.weight, dimensions = EXCLUDED.dimensions, skin_type = EXCLUDED.skin_type,
                category = EXCLUDED.category, skin_concerns = EXCLUDED.skin_concerns,
                ingredients = EXCLUDED.ingredients, usage_instructions = EXCLUDED.usage_instructions,
                image_url = EXCLUDED.image_url, meta_title = EXCLUDED.meta_title,
                meta_description = EXCLUDED.meta_description, status = EXCLUDED.status,
                is_featured = EXCLUDED.is_featured, created_at = EXCLUDED.created_at,
                updated_at = EXCLUDED.updated_at, published_at = EXCLUDED.published_at
            """;

    private static final String UPDATE_DETAILS = """
            UPDATE products SET
                name_en = :nameEn, name_kh = :nameKh, slug = :slug, description_en = :descriptionEn,
                description_kh = :descriptionKh, short_description = :shortDescription, sku = :sku,
                barcode = :barcode, price = :price, compare_at_price = :compareAtPrice, cost_price = :costPrice,
                track_inventory = :trackInventory, allow_backorders = :allowBackorders, weight = :weight,
                dimensions = CAST(:dimensions AS jsonb), skin_type = CAST(:skinType AS skin_type),
                category = :category, skin_concerns = :skinConcerns, ingredients = CAST(:ingredients AS jsonb),
                usage_instructions = :usageInstructions, image_url = :imageUrl, meta_title = :metaTitle,
                meta_description = :metaDescription, is_featured = :featured, updated_at = :updatedAt
            WHERE id = :id
            """;

    /** Only categories that exist are linked: one deleted before this event must not stop the stream. */
    private static final String LINK_CATEGORIES = """
            INSERT INTO product_categories (product_id, category_id)
            SELECT :id, c.id FROM categories c WHERE c.id = ANY(:categoryIds)
            """;

    private static final String UPSERT_IMAGE = """
            INSERT INTO product_images (id, product_id, image_url, alt_text, sort_order, is_primary, created_at)
            VALUES (:imageId, :productId, :imageUrl, :altText, :sortOrder, :primary, :createdAt)
            ON CONFLICT (id) DO UPDATE SET
                product_id = EXCLUDED.product_id, image_url = EXCLUDED.image_url, alt_text = EXCLUDED.alt_text,
                sort_order = EXCLUDED.sort_order, is_primary = EXCLUDED.is_primary,
                created_at = EXCLUDED.created_at
            """;

    /**
     * Products are retired on reset, not deleted: {@code order_items} references them with {@code ON DELETE
     * RESTRICT}, so a delete fails once an order exists, and {@code reviews}, {@code shopping_cart} and
     * {@code wishlists} reference them with {@code ON DELETE CASCADE}, so a delete would wipe rows that other
     * processors own and will not rebuild. No event deletes a product, so the replay upserts every retired row
     * back, whole, from its creation event on. Until then the row is a draft, hidden from shoppers as a deleted
     * row would be, and its slug and sku are parked on values no real product uses: the replay re-creates
     * products in the order their slugs and skus were taken, and a value still held by a not-yet-replayed row
     * would otherwise collide.
     */
    private static final String RETIRE_PRODUCTS = """
            UPDATE products SET status = 'draft', slug = 'replay:' || id, sku = 'replay:' || id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public ProductProjector(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(ProductCreatedEvent event, @Timestamp Instant timestamp) {
        MapSqlParameterSource parameters = details(event.productId(), event.details(), timestamp)
                .addValue("stock", event.stock())
                .addValue("status", event.status().code())
                .addValue("createdAt", EventTime.utcDate(timestamp))
                .addValue("publishedAt",
                        event.status() == ProductStatus.ACTIVE ? EventTime.utcTimestamp(timestamp) : null);
        jdbc.update(UPSERT_PRODUCT, parameters);
        replaceCategories(event.productId(), event.details());
    }

    @EventHandler
    public void on(ProductUpdatedEvent event, @Timestamp Instant timestamp) {
        jdbc.update(UPDATE_DETAILS, details(event.productId(), event.details(), timestamp));
        replaceCategories(event.productId(), event.details());
    }

    @EventHandler
    public void on(StockAdjustedEvent event, @Timestamp Instant timestamp) {
        jdbc.update("UPDATE products SET stock = :stock, updated_at = :updatedAt WHERE id = :id",
                product(event.productId(), timestamp).addValue("stock", event.stockAfter()));
    }

    @EventHandler
    public void on(ProductPublishedEvent event, @Timestamp Instant timestamp) {
        jdbc.update("""
                UPDATE products SET status = 'active', published_at = :updatedAt, updated_at = :updatedAt
                WHERE id = :id
                """, product(event.productId(), timestamp));
    }

    @EventHandler
    public void on(ProductArchivedEvent event, @Timestamp Instant timestamp) {
        jdbc.update("UPDATE products SET status = 'archived', updated_at = :updatedAt WHERE id = :id",
                product(event.productId(), timestamp));
    }

    @EventHandler
    public void on(ProductImageAddedEvent event, @Timestamp Instant timestamp) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("imageId", event.imageId())
                .addValue("productId", event.productId().value())
                .addValue("imageUrl", event.imageUrl())
                .addValue("altText", event.altText())
                .addValue("sortOrder", event.sortOrder())
                .addValue("primary", event.primary())
                .addValue("createdAt", EventTime.utcTimestamp(timestamp));
        if (event.primary()) {
            jdbc.update("""
                    UPDATE product_images SET is_primary = false
                    WHERE product_id = :productId AND id <> :imageId AND is_primary
                    """, parameters);
        }
        jdbc.update(UPSERT_IMAGE, parameters);
        touch(event.productId(), timestamp);
    }

    @EventHandler
    public void on(ProductImageRemovedEvent event, @Timestamp Instant timestamp) {
        jdbc.update("DELETE FROM product_images WHERE id = :imageId AND product_id = :productId",
                new MapSqlParameterSource()
                        .addValue("imageId", event.imageId())
                        .addValue("productId", event.productId().value()));
        touch(event.productId(), timestamp);
    }

    @EventHandler
    public void on(ProductPrimaryImageSetEvent event, @Timestamp Instant timestamp) {
        jdbc.update("""
                UPDATE product_images SET is_primary = (id = :imageId)
                WHERE product_id = :productId AND (is_primary OR id = :imageId)
                """, new MapSqlParameterSource()
                .addValue("imageId", event.imageId())
                .addValue("productId", event.productId().value()));
        touch(event.productId(), timestamp);
    }

    /** An image's sort order is its position in the event, so the same event always writes the same order. */
    @EventHandler
    public void on(ProductImagesReorderedEvent event, @Timestamp Instant timestamp) {
        jdbc.update("""
                UPDATE product_images i SET sort_order = o.position - 1
                FROM unnest(:imageIds) WITH ORDINALITY AS o(id, position)
                WHERE i.id = o.id AND i.product_id = :productId
                """, new MapSqlParameterSource()
                .addValue("imageIds", SqlArrays.bigint(event.imageIds()))
                .addValue("productId", event.productId().value()));
        touch(event.productId(), timestamp);
    }

    @EventHandler
    public void on(ProductFeaturedChangedEvent event, @Timestamp Instant timestamp) {
        jdbc.update("UPDATE products SET is_featured = :featured, updated_at = :updatedAt WHERE id = :id",
                product(event.productId(), timestamp).addValue("featured", event.featured()));
    }

    /** Images and links go first: they reference the products. */
    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().update("DELETE FROM product_images");
        jdbc.getJdbcOperations().update("DELETE FROM product_categories");
        jdbc.getJdbcOperations().update(RETIRE_PRODUCTS);
    }

    private void touch(ProductId productId, Instant timestamp) {
        jdbc.update("UPDATE products SET updated_at = :updatedAt WHERE id = :id", product(productId, timestamp));
    }

    private void replaceCategories(ProductId productId, ProductDetails details) {
        List<Long> categoryIds = details.categoryIds().stream().map(CategoryId::value).toList();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("id", productId.value())
                .addValue("categoryIds", SqlArrays.bigint(categoryIds));
        jdbc.update("DELETE FROM product_categories WHERE product_id = :id", parameters);
        if (!categoryIds.isEmpty()) {
            jdbc.update(LINK_CATEGORIES, parameters);
        }
    }

    private static MapSqlParameterSource product(ProductId productId, Instant timestamp) {
        return new MapSqlParameterSource()
                .addValue("id", productId.value())
                .addValue("updatedAt", EventTime.utcTimestamp(timestamp));
    }

    private static MapSqlParameterSource details(ProductId productId, ProductDetails details, Instant timestamp) {
        return product(productId, timestamp)
                .addValue("nameEn", nfc(details.nameEn()))
                .addValue("nameKh", nfc(details.nameKh()))
                .addValue("slug", details.slug())
                .addValue("descriptionEn", nfc(details.descriptionEn()))
                .addValue("descriptionKh", nfc(details.descriptionKh()))
                .addValue("shortDescription", nfc(details.shortDescription()))
                .addValue("sku", details.sku())
                .addValue("barcode", details.barcode())
                .addValue("price", details.price())
                .addValue("compareAtPrice", details.compareAtPrice())
                .addValue("costPrice", details.costPrice())
                .addValue("trackInventory", details.trackInventory())
                .addValue("allowBackorders", details.allowBackorders())
                .addValue("weight", details.weight())
                .addValue("dimensions", CatalogJson.writeDimensions(details.dimensions()))
                // The documented column defaults to 'all'; an event without a skin type means the same.
                .addValue("skinType", (details.skinType() == null ? SkinType.ALL : details.skinType()).code())
                .addValue("category", details.category())
                .addValue("skinConcerns", SqlArrays.text(details.skinConcerns()))
                .addValue("ingredients", CatalogJson.writeStrings(details.ingredients()))
                .addValue("usageInstructions", details.usageInstructions())
                .addValue("imageUrl", details.imageUrl())
                .addValue("metaTitle", details.metaTitle())
                .addValue("metaDescription", details.metaDescription())
                .addValue("featured", details.featured());
    }

    /**
     * The searchable texts are stored in Unicode NFC, the form the search normalises what a shopper types to:
     * the same text in another form (as some keyboards and editors write it) would otherwise not match. The
     * forms are canonically equivalent, so the text reads the same, and a replay stores the same again.
     */
    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
