package com.skincare.shop.command.catalog;

import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.command.CommandSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out the documented integer ids before a creating command is sent, so the id travels in the events and a
 * replayed read model gets the same ids. A refused command leaves a gap, as any sequence does.
 */
@Component
public class IdAllocator {

    private final JdbcTemplate jdbc;
    private final CommandSchema schema;

    public IdAllocator(JdbcTemplate jdbc, CommandSchema schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    public ProductId nextProductId() {
        return ProductId.of(next("product_id_seq"));
    }

    public CategoryId nextCategoryId() {
        return CategoryId.of(next("category_id_seq"));
    }

    public long nextProductImageId() {
        return next("product_image_id_seq");
    }

    private long next(String sequence) {
        Long value = jdbc.queryForObject("SELECT nextval(?::regclass)", Long.class, schema.qualify(sequence));
        if (value == null) {
            throw new IllegalStateException("sequence " + sequence + " answered nothing");
        }
        return value;
    }
}
