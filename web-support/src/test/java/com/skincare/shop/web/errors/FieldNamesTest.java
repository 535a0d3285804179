package com.skincare.shop.web.errors;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FieldNamesTest {

    private final FieldNames names = new FieldNames(PropertyNamingStrategies.SNAKE_CASE);

    @ParameterizedTest
    @CsvSource({
            "price,                          price",
            "compareAtPrice,                 compare_at_price",
            "dimensions.length,              dimensions.length",
            "categoryIds[0],                 category_ids[0]",
            "items[2].productId,             items[2].product_id",
            "shippingAddress.addressLine1,   shipping_address.address_line1",
            "attributes[someKey.x].maxValue, attributes[someKey.x].max_value",
    })
    void propertyPathsBecomeJsonNames(String propertyPath, String jsonName) {
        assertThat(names.fromPropertyPath(propertyPath)).isEqualTo(jsonName);
    }
}
