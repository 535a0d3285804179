package com.skincare.shop.command.catalog;

import com.skincare.shop.api.catalog.CategoryDetails;
import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.CreateCategoryCommand;
import com.skincare.shop.api.catalog.UpdateCategoryCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static com.skincare.shop.command.RequestTesting.body;
import static com.skincare.shop.command.RequestTesting.changed;
import static com.skincare.shop.command.RequestTesting.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CategoryRequestTest {

    private static final CategoryId ID = CategoryId.of(7);

    private static final Map<String, Object> FULL = Map.of(
            "name", "Eye Care",
            "slug", "eye-care",
            "description", "Creams and gels for the delicate skin around the eyes.",
            "parent_id", 2,
            "image_url", "https://images.skincare.example/categories/eye-care.jpg",
            "is_active", false,
            "sort_order", 7);

    @Test
    void aFullRequestIsValidAndMapsEveryField() {
        CategoryRequest request = body(CategoryRequest.class, FULL, Map.of());

        assertThat(violations(request)).isEmpty();
        CreateCategoryCommand command = request.toCreateCommand(ID);
        assertThat(command.categoryId()).isEqualTo(ID);
        assertThat(command.details()).isEqualTo(new CategoryDetails("Eye Care", "eye-care",
                "Creams and gels for the delicate skin around the eyes.", CategoryId.of(2),
                "https://images.skincare.example/categories/eye-care.jpg", false, 7));
    }

    @Test
    void aMinimalRequestTakesTheDocumentedDefaults() {
        CategoryRequest request = body(CategoryRequest.class, Map.of("name", "Eye Care"), Map.of());

        assertThat(violations(request)).isEmpty();
        UpdateCategoryCommand command = request.toUpdateCommand(ID);
        assertThat(command.details()).isEqualTo(new CategoryDetails("Eye Care", "eye-care", null, null, null, true, 0));
    }

    @Test
    void aNameWithoutAsciiLettersGetsTheIdAsSlug() {
        CategoryRequest request = body(CategoryRequest.class, Map.of("name", "ថែរក្សាភ្នែក"), Map.of());

        assertThat(request.toCreateCommand(ID).details().slug()).isEqualTo("category-7");
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                arguments("name", "", "name"),
                arguments("name", "n".repeat(101), "name"),
                arguments("slug", "Eye Care", "slug"),
                arguments("slug", "e".repeat(101), "slug"),
                arguments("parent_id", 0, "parentId"),
                arguments("image_url", "file:///etc/passwd", "imageUrl"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidValues")
    void refusesInvalidValues(String field, Object value, String violatedProperty) {
        assertThat(violations(body(CategoryRequest.class, FULL, changed(field, value))))
                .containsExactly(violatedProperty);
    }
}
