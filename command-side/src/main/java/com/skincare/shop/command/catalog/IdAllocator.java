package com.skincare.shop.command.catalog;

import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.command.Sequences;
import org.springframework.stereotype.Component;

/**
 * The catalog's ids, from {@link Sequences}.
 */
@Component
public class IdAllocator {

    private final Sequences sequences;

    public IdAllocator(Sequences sequences) {
        this.sequences = sequences;
    }

    public ProductId nextProductId() {
        return ProductId.of(sequences.next("product_id_seq"));
    }

    public CategoryId nextCategoryId() {
        return CategoryId.of(sequences.next("category_id_seq"));
    }

    public long nextProductImageId() {
        return sequences.next("product_image_id_seq");
    }
}
