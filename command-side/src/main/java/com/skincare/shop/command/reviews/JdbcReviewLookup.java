package com.skincare.shop.command.reviews;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.reviews.ReviewId;
import com.skincare.shop.command.CommandSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link ReviewLookup} on PostgreSQL, in the transaction Axon opened around the command. */
@Component
public class JdbcReviewLookup implements ReviewLookup {

    private final JdbcTemplate jdbc;
    private final String claims;

    public JdbcReviewLookup(JdbcTemplate jdbc, CommandSchema schema) {
        this.jdbc = jdbc;
        this.claims = schema.qualify("review_claims");
    }

    @Override
    public boolean claim(UserId author, ProductId product, ReviewId review) {
        // The no-op update returns the owner whether the row is new or not, and locks it against a concurrent release.
        Long owner = jdbc.queryForObject("INSERT INTO " + claims + " (user_id, product_id, review_id) VALUES (?, ?, ?)"
                + " ON CONFLICT (user_id, product_id) DO UPDATE SET review_id = " + claims + ".review_id"
                + " RETURNING review_id", Long.class, author.value(), product.value(), review.value());
        return owner != null && owner == review.value();
    }

    @Override
    public void release(UserId author, ProductId product, ReviewId review) {
        jdbc.update("DELETE FROM " + claims + " WHERE user_id = ? AND product_id = ? AND review_id = ?",
                author.value(), product.value(), review.value());
    }
}
