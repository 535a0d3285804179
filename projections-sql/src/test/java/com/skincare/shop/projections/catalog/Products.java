package com.skincare.shop.projections.catalog;

import com.skincare.shop.api.catalog.CategoryDetails;
import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.Dimensions;
import com.skincare.shop.api.catalog.ProductDetails;
import com.skincare.shop.api.common.SkinType;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Product and category details for tests: a complete serum, changed one field at a time. */
final class Products {

    private Products() {
    }

    static Builder serum() {
        return new Builder();
    }

    static CategoryDetails category(String name, String slug) {
        return new CategoryDetails(name, slug, name + " for every skin", null, "https://img.example/" + slug + ".jpg",
                true, 0);
    }

    static final class Builder {
        private String nameEn = "Vitamin C Serum";
        private String nameKh = "សេរ៉ូមវីតាមីនសេ";
        private String slug = "vitamin-c-serum";
        private String sku = "SER-001";
        private BigDecimal price = new BigDecimal("25.50");
        private BigDecimal compareAtPrice = new BigDecimal("30.00");
        private String category = "serums";
        private SkinType skinType = SkinType.DRY;
        private boolean featured = true;
        private List<CategoryId> categoryIds = List.of();

        Builder nameEn(String value) {
            nameEn = value;
            return this;
        }

        Builder slug(String value) {
            slug = value;
            return this;
        }

        Builder sku(String value) {
            sku = value;
            return this;
        }

        Builder price(String value) {
            price = new BigDecimal(value);
            compareAtPrice = null;
            return this;
        }

        Builder skinType(SkinType value) {
            skinType = value;
            return this;
        }

        Builder categories(long... ids) {
            categoryIds = Arrays.stream(ids).mapToObj(CategoryId::of).toList();
            return this;
        }

        ProductDetails build() {
            return new ProductDetails(nameEn, nameKh, slug, "Brightens dull skin.", "ធ្វើឱ្យស្បែកភ្លឺ។",
                    "A daily serum", sku, "8850000000011", price, compareAtPrice, new BigDecimal("11.20"), true, false,
                    new BigDecimal("0.15"), new Dimensions(new BigDecimal("3.5"), new BigDecimal("3.5"),
                    new BigDecimal("10.0"), "cm"), skinType, category, List.of("dullness", "dark spots"),
                    List.of("Ascorbic Acid", "Hyaluronic Acid", "Water"), "Apply two drops in the morning.",
                    "https://img.example/serum.jpg", "Vitamin C Serum", "A brightening serum", featured,
                    categoryIds);
        }
    }
}
