package com.skincare.shop.command.catalog;

import com.skincare.shop.api.catalog.AddProductImageCommand;
import com.skincare.shop.api.catalog.CategoryCreatedEvent;
import com.skincare.shop.api.catalog.CategoryDetails;
import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.CreateCategoryCommand;
import com.skincare.shop.api.catalog.CreateProductCommand;
import com.skincare.shop.api.catalog.Dimensions;
import com.skincare.shop.api.catalog.ProductCreatedEvent;
import com.skincare.shop.api.catalog.ProductDetails;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.catalog.ProductImageAddedEvent;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.common.SkinType;

import java.math.BigDecimal;
import java.util.List;

/** Commands, events and expectations of the catalog's aggregate tests, with defaults worth reading. */
final class CatalogFixtures {

    static final ProductId PRODUCT = ProductId.of(42);
    static final ProductId OTHER_PRODUCT = ProductId.of(43);
    static final CategoryId FACE_CARE = CategoryId.of(1);
    static final CategoryId SERUMS = CategoryId.of(7);
    static final CategoryId VITAMIN_SERUMS = CategoryId.of(8);
    static final int STOCK = 10;
    static final long IMAGE = 501L;

    private CatalogFixtures() {
    }

    static ProductDetailsBuilder details() {
        return new ProductDetailsBuilder();
    }

    static CreateProductCommand createProduct() {
        return createProduct(details().build());
    }

    static CreateProductCommand createProduct(ProductDetails details) {
        return new CreateProductCommand(PRODUCT, details, STOCK, ProductStatus.ACTIVE);
    }

    static ProductCreatedEvent productCreated() {
        return productCreated(ProductStatus.ACTIVE);
    }

    static ProductCreatedEvent productCreated(ProductStatus status) {
        return new ProductCreatedEvent(PRODUCT, details().build(), STOCK, status);
    }

    static ProductCreatedEvent productCreated(ProductDetails details) {
        return new ProductCreatedEvent(PRODUCT, details, STOCK, ProductStatus.ACTIVE);
    }

    static AddProductImageCommand addImage(long imageId) {
        return new AddProductImageCommand(PRODUCT, imageId, imageUrl(imageId), "Bottle, front", 0, true);
    }

    static ProductImageAddedEvent imageAdded(long imageId) {
        return new ProductImageAddedEvent(PRODUCT, imageId, imageUrl(imageId), "Bottle, front", 0, true);
    }

    private static String imageUrl(long imageId) {
        return "https://images.skincare.example/products/vitamin-c-serum-" + imageId + ".jpg";
    }

    /** A product's details with one value changed at a time; every test starts from the same serum. */
    static final class ProductDetailsBuilder {

        private String nameEn = "Vitamin C Brightening Serum";
        private String slug = "vitamin-c-brightening-serum";
        private String sku = "SKC-SER-001";
        private BigDecimal price = new BigDecimal("24.90");
        private BigDecimal compareAtPrice = new BigDecimal("29.90");
        private BigDecimal costPrice = new BigDecimal("8.40");
        private boolean allowBackorders;
        private boolean trackInventory = true;
        private List<CategoryId> categoryIds = List.of();

        ProductDetailsBuilder nameEn(String nameEn) {
            this.nameEn = nameEn;
            return this;
        }

        ProductDetailsBuilder slug(String slug) {
            this.slug = slug;
            return this;
        }

        ProductDetailsBuilder sku(String sku) {
            this.sku = sku;
            return this;
        }

        ProductDetailsBuilder price(String price) {
            this.price = price == null ? null : new BigDecimal(price);
            return this;
        }

        ProductDetailsBuilder compareAtPrice(String compareAtPrice) {
            this.compareAtPrice = compareAtPrice == null ? null : new BigDecimal(compareAtPrice);
            return this;
        }

        ProductDetailsBuilder costPrice(String costPrice) {
            this.costPrice = costPrice == null ? null : new BigDecimal(costPrice);
            return this;
        }

        ProductDetailsBuilder allowBackorders() {
            this.allowBackorders = true;
            return this;
        }

        ProductDetailsBuilder untracked() {
            this.trackInventory = false;
            return this;
        }

        ProductDetailsBuilder categories(CategoryId... categoryIds) {
            this.categoryIds = List.of(categoryIds);
            return this;
        }

        ProductDetails build() {
            return new ProductDetails(nameEn, "សេរ៉ូមវីតាមីនសេ", slug,
                    "A 15% vitamin C serum that fades dark spots.", "សេរ៉ូមវីតាមីនសេ 15% ជួយកាត់បន្ថយស្នាមអុចខ្មៅ។",
                    "15% vitamin C.", sku, null, price, compareAtPrice, costPrice, trackInventory, allowBackorders,
                    new BigDecimal("90.00"), new Dimensions(new BigDecimal("4.00"), new BigDecimal("4.00"),
                    new BigDecimal("11.00"), "cm"), SkinType.COMBINATION, "serums", List.of("dark spots"),
                    List.of("Water", "Ascorbic Acid"), "Apply 3 drops in the morning.",
                    "https://images.skincare.example/products/vitamin-c-serum.jpg", null, null, true, categoryIds);
        }
    }

    static CategoryDetails categoryDetails(String name, String slug, CategoryId parent) {
        return new CategoryDetails(name, slug, "All about " + name, parent, null, true, 0);
    }

    static CreateCategoryCommand createCategory(CategoryId id, String slug, CategoryId parent) {
        return new CreateCategoryCommand(id, categoryDetails(nameOf(slug), slug, parent));
    }

    static CategoryCreatedEvent categoryCreated(CategoryId id, String slug, CategoryId parent) {
        return new CategoryCreatedEvent(id, categoryDetails(nameOf(slug), slug, parent));
    }

    private static String nameOf(String slug) {
        return Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' ');
    }
}
