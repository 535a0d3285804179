package com.skincare.shop.command.catalog.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.skincare.shop.api.catalog.CategoryDetails;
import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.CreateProductCommand;
import com.skincare.shop.api.catalog.ProductDetails;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.command.catalog.ProductRequest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCatalogTest {

    private static final ObjectMapper WEB_JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private final List<CategoryDetails> categories = DemoCatalog.categories();
    private final Map<String, CategoryId> categoryIds = categoryIds();
    private final List<CreateProductCommand> products = productCommands();

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    @Test
    void hasEightCategoriesInOrderAndTwelveProducts() {
        assertThat(categories).extracting(CategoryDetails::name).containsExactly("Cleansers", "Toners", "Serums",
                "Moisturizers", "Sunscreens", "Masks", "Eye Care", "Exfoliators");
        assertThat(categories).extracting(CategoryDetails::sortOrder).isSorted().doesNotHaveDuplicates();
        assertThat(categories).allSatisfy(c -> assertThat(c.description()).isNotBlank());
        assertThat(products).hasSize(12);
    }

    @Test
    void everyProductWouldPassTheAdminEndpointsValidation() {
        Validator validator = VALIDATION.getValidator();
        for (CreateProductCommand command : products) {
            assertThat(validator.validate(asAdminRequest(command))).as(command.details().sku()).isEmpty();
        }
    }

    @Test
    void everyProductHasEnglishAndKhmerTexts() {
        for (ProductDetails details : details()) {
            assertThat(details.nameKh()).as(details.sku()).containsPattern("\\p{IsKhmer}");
            assertThat(details.descriptionKh()).as(details.sku()).containsPattern("\\p{IsKhmer}");
            assertThat(details.descriptionEn()).as(details.sku()).isNotBlank();
        }
    }

    @Test
    void coversEverySkinTypeAndTheInterestingStates() {
        assertThat(details()).extracting(ProductDetails::skinType).containsOnly(SkinType.values())
                .contains(SkinType.values());
        assertThat(products).filteredOn(p -> p.stock() == 0).hasSize(1);
        assertThat(products).filteredOn(p -> p.stock() > 0 && p.stock() <= 10).hasSizeGreaterThanOrEqualTo(2);
        assertThat(products).extracting(CreateProductCommand::stock).allMatch(stock -> stock >= 0 && stock <= 150);
        assertThat(products).filteredOn(p -> p.status() == ProductStatus.DRAFT).hasSize(1);
        assertThat(details()).filteredOn(ProductDetails::featured).isNotEmpty();
        assertThat(details()).filteredOn(d -> d.compareAtPrice() != null).isNotEmpty()
                .allMatch(d -> d.compareAtPrice().compareTo(d.price()) >= 0);
        assertThat(DemoCatalog.products()).filteredOn(p -> !p.images().isEmpty()).isNotEmpty();
    }

    @Test
    void skusAndSlugsAreUniqueAndEveryProductIsInItsCategory() {
        assertThat(details()).extracting(ProductDetails::sku).doesNotHaveDuplicates()
                .allMatch(sku -> sku.matches("SKC-[A-Z]{3}-\\d{3}"));
        assertThat(details()).extracting(ProductDetails::slug).doesNotHaveDuplicates();
        for (ProductDetails details : details()) {
            assertThat(details.categoryIds()).containsExactly(categoryIds.get(details.category()));
        }
    }

    /** The product as an admin would have sent it, through the same snake_case JSON. */
    private static ProductRequest asAdminRequest(CreateProductCommand command) {
        Map<String, Object> json = WEB_JSON.convertValue(command.details(), WEB_JSON.getTypeFactory()
                .constructMapType(HashMap.class, String.class, Object.class));
        json.put("is_featured", json.remove("featured"));
        json.put("stock", command.stock());
        json.put("status", command.status());
        return WEB_JSON.convertValue(json, ProductRequest.class);
    }

    private List<ProductDetails> details() {
        return products.stream().map(CreateProductCommand::details).toList();
    }

    private Map<String, CategoryId> categoryIds() {
        Map<String, CategoryId> ids = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            ids.put(categories.get(i).slug(), CategoryId.of(i + 1L));
        }
        return ids;
    }

    private List<CreateProductCommand> productCommands() {
        List<DemoProduct> demo = DemoCatalog.products();
        return IntStream.range(0, demo.size())
                .mapToObj(i -> demo.get(i).toCommand(ProductId.of(i + 1L), categoryIds))
                .toList();
    }
}
