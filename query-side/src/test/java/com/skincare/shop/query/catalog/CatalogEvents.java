package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.CategoryCreatedEvent;
import com.skincare.shop.api.catalog.CategoryDetails;
import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.Dimensions;
import com.skincare.shop.api.catalog.ProductCreatedEvent;
import com.skincare.shop.api.catalog.ProductDetails;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.catalog.ProductImageAddedEvent;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.projections.catalog.CategoryProjector;
import com.skincare.shop.projections.catalog.ProductProjector;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Fills the read tables the way production does: catalog events handed to the real projectors, each with its
 * timestamp. The query tests then read only what the projectors wrote.
 */
final class CatalogEvents {

    private final ProductProjector products;
    private final CategoryProjector categories;

    CatalogEvents(NamedParameterJdbcTemplate jdbc) {
        this.products = new ProductProjector(jdbc);
        this.categories = new CategoryProjector(jdbc);
    }

    void category(long id, String name, String slug, boolean active, int sortOrder, String at) {
        categories.on(new CategoryCreatedEvent(CategoryId.of(id),
                new CategoryDetails(name, slug, null, null, null, active, sortOrder)), Instant.parse(at));
    }

    void subcategory(long id, String slug, Long parentId, boolean active, int sortOrder, String at) {
        categories.on(new CategoryCreatedEvent(CategoryId.of(id), new CategoryDetails(slug, slug, null,
                parentId == null ? null : CategoryId.of(parentId), null, active, sortOrder)), Instant.parse(at));
    }

    Product product(long id, String nameEn, String nameKh) {
        return new Product(id, nameEn, nameKh);
    }

    void image(long productId, long imageId, int sortOrder, boolean primary, String at) {
        products.on(new ProductImageAddedEvent(ProductId.of(productId), imageId,
                "https://img.example/" + imageId + ".jpg", "image " + imageId, sortOrder, primary), Instant.parse(at));
    }

    /** A product to create, with the fields the queries filter and sort on; the rest is fixed. */
    final class Product {
        private final long id;
        private final String nameEn;
        private final String nameKh;
        private String price = "10.00";
        private SkinType skinType = SkinType.NORMAL;
        private String category = "serums";
        private ProductStatus status = ProductStatus.ACTIVE;
        private boolean featured;
        private int stock = 10;
        private boolean trackInventory = true;
        private boolean allowBackorders;
        private String descriptionEn;
        private String descriptionKh;
        private String shortDescription;
        private List<String> concerns = List.of("dryness");
        private List<CategoryId> categoryIds = List.of();

        private Product(long id, String nameEn, String nameKh) {
            this.id = id;
            this.nameEn = nameEn;
            this.nameKh = nameKh;
        }

        Product price(String value) {
            price = value;
            return this;
        }

        Product skinType(SkinType value) {
            skinType = value;
            return this;
        }

        Product category(String value) {
            category = value;
            return this;
        }

        Product status(ProductStatus value) {
            status = value;
            return this;
        }

        Product featured() {
            featured = true;
            return this;
        }

        Product stock(int value) {
            stock = value;
            return this;
        }

        Product untracked() {
            trackInventory = false;
            return this;
        }

        Product backorders() {
            allowBackorders = true;
            return this;
        }

        Product described(String english, String khmer) {
            descriptionEn = english;
            descriptionKh = khmer;
            return this;
        }

        Product inShort(String text) {
            shortDescription = text;
            return this;
        }

        Product concerns(String... values) {
            concerns = List.of(values);
            return this;
        }

        Product inCategories(long... ids) {
            categoryIds = Arrays.stream(ids).mapToObj(CategoryId::of).toList();
            return this;
        }

        void createdAt(String at) {
            ProductDetails details = new ProductDetails(nameEn, nameKh, "product-" + id,
                    descriptionEn == null ? "About " + nameEn : descriptionEn, descriptionKh, shortDescription,
                    "SKU-" + id, null, new BigDecimal(price), null, new BigDecimal("4.00"), trackInventory,
                    allowBackorders, null,
                    new Dimensions(new BigDecimal("4"), new BigDecimal("4"), new BigDecimal("12"), "cm"), skinType,
                    category, concerns, List.of("Water", "Niacinamide"), null, null, null, null, featured,
                    categoryIds);
            products.on(new ProductCreatedEvent(ProductId.of(id), details, stock, status), Instant.parse(at));
        }
    }
}
