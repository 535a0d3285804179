package com.skincare.shop.command.catalog.demo;

import com.skincare.shop.api.catalog.AddProductImageCommand;
import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.CreateProductCommand;
import com.skincare.shop.api.catalog.Dimensions;
import com.skincare.shop.api.catalog.ProductDetails;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.command.catalog.Slugs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One product of the demo catalog, written as a chain of named values so the data in {@link DemoCatalog} reads
 * like a product sheet. It becomes commands once the ids of the product and its category are known.
 */
final class DemoProduct {

    private static final String IMAGE_BASE = "https://images.skincare.example/products/";
    private static final int SLUG_MAX_LENGTH = 255;

    private final String sku;
    private final String nameEn;
    private final String nameKh;
    private String descriptionEn;
    private String descriptionKh;
    private String shortDescription;
    private BigDecimal price;
    private BigDecimal compareAtPrice;
    private BigDecimal costPrice;
    private int stock;
    private BigDecimal weight;
    private Dimensions dimensions;
    private SkinType skinType = SkinType.ALL;
    private String category;
    private List<String> skinConcerns = List.of();
    private List<String> ingredients = List.of();
    private String usageInstructions;
    private String imageName;
    private boolean featured;
    private ProductStatus status = ProductStatus.ACTIVE;
    private final List<Image> images = new ArrayList<>();

    /** An extra image beside the main {@code image_url}. */
    record Image(String url, String altText, int sortOrder, boolean primary) {

        AddProductImageCommand toCommand(ProductId productId, long imageId) {
            return new AddProductImageCommand(productId, imageId, url, altText, sortOrder, primary);
        }
    }

    private DemoProduct(String sku, String nameEn, String nameKh) {
        this.sku = sku;
        this.nameEn = nameEn;
        this.nameKh = nameKh;
    }

    static DemoProduct product(String sku, String nameEn, String nameKh) {
        return new DemoProduct(sku, nameEn, nameKh);
    }

    DemoProduct describedAs(String english, String khmer) {
        this.descriptionEn = english;
        this.descriptionKh = khmer;
        return this;
    }

    DemoProduct inShort(String text) {
        this.shortDescription = text;
        return this;
    }

    DemoProduct priced(String price, String compareAtPrice, String costPrice) {
        this.price = new BigDecimal(price);
        this.compareAtPrice = compareAtPrice == null ? null : new BigDecimal(compareAtPrice);
        this.costPrice = new BigDecimal(costPrice);
        return this;
    }

    DemoProduct inStock(int stock) {
        this.stock = stock;
        return this;
    }

    /** Weight in grams, package size in centimetres. */
    DemoProduct packed(String grams, String length, String width, String height) {
        this.weight = new BigDecimal(grams);
        this.dimensions = new Dimensions(new BigDecimal(length), new BigDecimal(width), new BigDecimal(height), "cm");
        return this;
    }

    DemoProduct forSkin(SkinType skinType) {
        this.skinType = skinType;
        return this;
    }

    /** The category's slug, which is also the product's documented {@code category} value. */
    DemoProduct in(String categorySlug) {
        this.category = categorySlug;
        return this;
    }

    DemoProduct concerns(String... concerns) {
        this.skinConcerns = List.of(concerns);
        return this;
    }

    DemoProduct ingredients(String... ingredients) {
        this.ingredients = List.of(ingredients);
        return this;
    }

    DemoProduct usage(String instructions) {
        this.usageInstructions = instructions;
        return this;
    }

    /** The main image, {@code <name>.jpg} on the demo image host. */
    DemoProduct pictured(String imageName) {
        this.imageName = imageName;
        return this;
    }

    DemoProduct withImage(String fileName, String altText, boolean primary) {
        images.add(new Image(IMAGE_BASE + fileName, altText, images.size(), primary));
        return this;
    }

    DemoProduct featured() {
        this.featured = true;
        return this;
    }

    DemoProduct draft() {
        this.status = ProductStatus.DRAFT;
        return this;
    }

    List<Image> images() {
        return List.copyOf(images);
    }

    CreateProductCommand toCommand(ProductId id, Map<String, CategoryId> categoriesBySlug) {
        CategoryId categoryId = categoriesBySlug.get(category);
        if (categoryId == null) {
            throw new IllegalStateException(sku + " names unknown demo category " + category);
        }
        ProductDetails details = new ProductDetails(nameEn, nameKh,
                Slugs.derive(nameEn, SLUG_MAX_LENGTH, "product-" + id.value()), descriptionEn, descriptionKh,
                shortDescription, sku, null, price, compareAtPrice, costPrice, true, false, weight, dimensions,
                skinType, category, skinConcerns, ingredients, usageInstructions, IMAGE_BASE + imageName + ".jpg",
                nameEn + " | Skincare Cambodia", shortDescription, featured, List.of(categoryId));
        return new CreateProductCommand(id, details, stock, status);
    }
}
