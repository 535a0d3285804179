package com.skincare.shop.command.catalog;

import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.CreateProductCommand;
import com.skincare.shop.api.catalog.Dimensions;
import com.skincare.shop.api.catalog.ProductDetails;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.catalog.UpdateProductCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.skincare.shop.command.RequestTesting.body;
import static com.skincare.shop.command.RequestTesting.changed;
import static com.skincare.shop.command.RequestTesting.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ProductRequestTest {

    private static final ProductId ID = ProductId.of(42);

    private static final Map<String, Object> MINIMAL = Map.of(
            "name_en", "Green Tea Foaming Cleanser",
            "sku", "SKC-CLN-001",
            "price", new BigDecimal("12.5"),
            "category", "cleansers");

    private static final Map<String, Object> FULL = Map.ofEntries(
            Map.entry("name_en", "Green Tea Foaming Cleanser"),
            Map.entry("name_kh", "ក្រែមលាងមុខតែបៃតង"),
            Map.entry("slug", "green-tea-cleanser"),
            Map.entry("description_en", "A light foaming cleanser."),
            Map.entry("description_kh", "ក្រែមលាងមុខបង្កើតពពុះស្រាល។"),
            Map.entry("short_description", "Oil-control cleanser."),
            Map.entry("sku", "SKC-CLN-001"),
            Map.entry("barcode", "8850000000012"),
            Map.entry("price", new BigDecimal("12.50")),
            Map.entry("compare_at_price", new BigDecimal("15.00")),
            Map.entry("cost_price", new BigDecimal("4.80")),
            Map.entry("stock", 120),
            Map.entry("track_inventory", false),
            Map.entry("allow_backorders", true),
            Map.entry("weight", new BigDecimal("150.00")),
            Map.entry("dimensions", Map.of("length", 5, "width", 4, "height", 16, "unit", "cm")),
            Map.entry("skin_type", "oily"),
            Map.entry("category", "cleansers"),
            Map.entry("skin_concerns", List.of("acne", "oiliness")),
            Map.entry("ingredients", List.of("Water", "Camellia Sinensis Leaf Extract")),
            Map.entry("usage_instructions", "Lather and rinse."),
            Map.entry("image_url", "https://images.skincare.example/products/green-tea-cleanser.jpg"),
            Map.entry("meta_title", "Green Tea Foaming Cleanser"),
            Map.entry("meta_description", "Oil-control cleanser with green tea."),
            Map.entry("status", "draft"),
            Map.entry("is_featured", true),
            Map.entry("category_ids", List.of(3, 1, 3)));

    private static ProductRequest request(Map<String, Object> changes) {
        return body(ProductRequest.class, FULL, changes);
    }

    @Test
    void aFullRequestIsValidAndMapsEveryField() {
        ProductRequest request = request(Map.of());

        assertThat(violations(request)).isEmpty();
        CreateProductCommand command = request.toCreateCommand(ID);
        assertThat(command.productId()).isEqualTo(ID);
        assertThat(command.stock()).isEqualTo(120);
        assertThat(command.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(command.details()).isEqualTo(new ProductDetails(
                "Green Tea Foaming Cleanser", "ក្រែមលាងមុខតែបៃតង", "green-tea-cleanser",
                "A light foaming cleanser.", "ក្រែមលាងមុខបង្កើតពពុះស្រាល។", "Oil-control cleanser.",
                "SKC-CLN-001", "8850000000012", new BigDecimal("12.50"), new BigDecimal("15.00"),
                new BigDecimal("4.80"), false, true, new BigDecimal("150.00"),
                new Dimensions(new BigDecimal("5"), new BigDecimal("4"), new BigDecimal("16"), "cm"),
                SkinType.OILY, "cleansers", List.of("acne", "oiliness"),
                List.of("Water", "Camellia Sinensis Leaf Extract"), "Lather and rinse.",
                "https://images.skincare.example/products/green-tea-cleanser.jpg", "Green Tea Foaming Cleanser",
                "Oil-control cleanser with green tea.", true, List.of(CategoryId.of(3), CategoryId.of(1))));
    }

    @Test
    void aMinimalRequestTakesTheDocumentedDefaults() {
        ProductRequest request = body(ProductRequest.class, MINIMAL, Map.of());

        assertThat(violations(request)).isEmpty();
        CreateProductCommand command = request.toCreateCommand(ID);
        ProductDetails details = command.details();
        assertThat(command.stock()).isZero();
        assertThat(command.status()).isEqualTo(ProductStatus.ACTIVE);
        assertThat(details.slug()).isEqualTo("green-tea-foaming-cleanser");
        assertThat(details.price()).isEqualByComparingTo("12.50").hasToString("12.50");
        assertThat(details.trackInventory()).isTrue();
        assertThat(details.allowBackorders()).isFalse();
        assertThat(details.skinType()).isEqualTo(SkinType.ALL);
        assertThat(details.featured()).isFalse();
        assertThat(details.skinConcerns()).isEmpty();
        assertThat(details.ingredients()).isEmpty();
        assertThat(details.categoryIds()).isEmpty();
        assertThat(details.dimensions()).isNull();
        assertThat(details.compareAtPrice()).isNull();
    }

    @Test
    void concernsAreKeptAsLowerCaseCodesOnceEach() {
        ProductRequest request = request(Map.of("skin_concerns", List.of(" Acne", "acne", "DRYNESS ")));

        assertThat(request.toCreateCommand(ID).details().skinConcerns()).containsExactly("acne", "dryness");
    }

    @Test
    void aKhmerOnlyNameGetsTheIdAsSlug() {
        ProductRequest request = body(ProductRequest.class, MINIMAL, changed("name_en", "ម៉ាស់មុខរមៀត"));

        assertThat(request.toCreateCommand(ID).details().slug()).isEqualTo("product-42");
    }

    @Test
    void anUpdateLeavesStockAndStatusAloneWhenAbsent() {
        ProductRequest request = body(ProductRequest.class, MINIMAL, Map.of());

        UpdateProductCommand command = request.toUpdateCommand(ID);

        assertThat(command.stock()).isNull();
        assertThat(command.status()).isNull();
        assertThat(command.details().slug()).isEqualTo("green-tea-foaming-cleanser");
    }

    @Test
    void anUpdateCarriesStockAndStatusWhenGiven() {
        UpdateProductCommand command = request(changed("status", "archived")).toUpdateCommand(ID);

        assertThat(command.stock()).isEqualTo(120);
        assertThat(command.status()).isEqualTo(ProductStatus.ARCHIVED);
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                arguments("name_en", " ", "nameEn"),
                arguments("name_en", "x".repeat(256), "nameEn"),
                arguments("name_kh", "ក".repeat(256), "nameKh"),
                arguments("slug", "Green Tea", "slug"),
                arguments("slug", "green--tea", "slug"),
                arguments("slug", "-green-tea", "slug"),
                arguments("slug", "", "slug"),
                arguments("sku", "", "sku"),
                arguments("sku", "S".repeat(101), "sku"),
                arguments("barcode", "1".repeat(101), "barcode"),
                arguments("price", new BigDecimal("0"), "price"),
                arguments("price", new BigDecimal("-1.00"), "price"),
                arguments("price", new BigDecimal("12.345"), "price"),
                arguments("price", new BigDecimal("100000000.00"), "price"),
                arguments("compare_at_price", new BigDecimal("0.00"), "compareAtPrice"),
                arguments("compare_at_price", new BigDecimal("15.001"), "compareAtPrice"),
                arguments("cost_price", new BigDecimal("-0.01"), "costPrice"),
                arguments("stock", -1, "stock"),
                arguments("weight", new BigDecimal("1000000.00"), "weight"),
                arguments("weight", new BigDecimal("-1"), "weight"),
                arguments("dimensions", Map.of("length", -5, "unit", "cm"), "dimensions.length"),
                arguments("dimensions", Map.of("unit", "centimetres"), "dimensions.unit"),
                arguments("category", "", "category"),
                arguments("category", "c".repeat(51), "category"),
                arguments("skin_concerns", Collections.nCopies(21, "acne"), "skinConcerns"),
                arguments("skin_concerns", List.of("acne", "c".repeat(51)), "skinConcerns[1].<list element>"),
                arguments("skin_concerns", List.of(" "), "skinConcerns[0].<list element>"),
                arguments("ingredients", Collections.nCopies(101, "Water"), "ingredients"),
                arguments("image_url", "ftp://images.skincare.example/a.jpg", "imageUrl"),
                arguments("image_url", "javascript:alert(1)", "imageUrl"),
                arguments("image_url", "https://img.example/" + "a".repeat(481), "imageUrl"),
                arguments("meta_title", "m".repeat(256), "metaTitle"),
                arguments("category_ids", Collections.nCopies(21, 1), "categoryIds"),
                arguments("category_ids", List.of(0), "categoryIds[0].<list element>"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidValues")
    void refusesInvalidValues(String field, Object value, String violatedProperty) {
        assertThat(violations(request(changed(field, value)))).containsExactly(violatedProperty);
    }

    @Test
    void refusesAMissingRequiredField() {
        for (String required : List.of("name_en", "sku", "price", "category")) {
            assertThat(violations(body(ProductRequest.class, MINIMAL, changed(required, null))))
                    .as(required).hasSize(1);
        }
    }

    @Test
    void theLargestPriceIsAllowed() {
        assertThat(violations(request(Map.of("price", new BigDecimal("99999999.99"), "compare_at_price",
                new BigDecimal("99999999.99"))))).isEmpty();
    }
}
