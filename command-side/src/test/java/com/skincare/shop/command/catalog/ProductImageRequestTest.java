package com.skincare.shop.command.catalog;

import com.skincare.shop.api.catalog.AddProductImageCommand;
import com.skincare.shop.api.common.ProductId;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.skincare.shop.command.RequestTesting.body;
import static com.skincare.shop.command.RequestTesting.changed;
import static com.skincare.shop.command.RequestTesting.violations;
import static org.assertj.core.api.Assertions.assertThat;

class ProductImageRequestTest {

    private static final Map<String, Object> MINIMAL =
            Map.of("image_url", "https://images.skincare.example/products/vitamin-c-serum-front.jpg");

    @Test
    void mapsToACommandWithTheAllocatedId() {
        ProductImageRequest request = body(ProductImageRequest.class, MINIMAL,
                Map.of("alt_text", "Bottle, front", "sort_order", 2, "is_primary", true));

        assertThat(violations(request)).isEmpty();
        assertThat(request.toCommand(ProductId.of(42), 501)).isEqualTo(new AddProductImageCommand(ProductId.of(42),
                501, "https://images.skincare.example/products/vitamin-c-serum-front.jpg", "Bottle, front", 2, true));
    }

    @Test
    void sortOrderAndPrimaryDefaultToZeroAndFalse() {
        AddProductImageCommand command = body(ProductImageRequest.class, MINIMAL, Map.of())
                .toCommand(ProductId.of(42), 501);

        assertThat(command.sortOrder()).isZero();
        assertThat(command.primary()).isFalse();
    }

    @Test
    void refusesAMissingOrNonHttpUrlAndALongAltText() {
        assertThat(violations(body(ProductImageRequest.class, MINIMAL, changed("image_url", null))))
                .containsExactly("imageUrl");
        assertThat(violations(body(ProductImageRequest.class, MINIMAL, changed("image_url", "data:image/png;base64,AA"))))
                .containsExactly("imageUrl");
        assertThat(violations(body(ProductImageRequest.class, MINIMAL, changed("alt_text", "a".repeat(256)))))
                .containsExactly("altText");
    }
}
