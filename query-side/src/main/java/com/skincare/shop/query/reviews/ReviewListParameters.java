package com.skincare.shop.query.reviews;

import com.skincare.shop.api.common.SortDirection;
import com.skincare.shop.api.reviews.FindReviewsQuery;
import com.skincare.shop.api.reviews.ReviewFilter;
import com.skincare.shop.api.reviews.ReviewSort;
import com.skincare.shop.api.reviews.ReviewStatus;
import com.skincare.shop.query.RequestParameters;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The query parameters of a review list, bound as sent (text) and checked by {@link #toQuery}: {@code page},
 * {@code limit}, {@code sort} ({@code created_at}, the default, newest first; {@code rating};
 * {@code helpful_count}), {@code order}, and for moderators {@code status}, {@code product_id},
 * {@code user_id} and {@code rating}. Which of the filters count is the caller's decision.
 */
public record ReviewListParameters(
        String page,
        String limit,
        String sort,
        String order,
        String status,
        @BindParam("product_id") String productId,
        @BindParam("user_id") String userId,
        String rating) {

    /** The list as a moderator asks for it, every filter counting. */
    FindReviewsQuery moderation() {
        Integer stars = RequestParameters.given(rating) ? (int) RequestParameters.id("rating", rating) : null;
        if (stars != null && stars > 5) {
            throw RequestParameters.invalid("rating", "must be from 1 to 5");
        }
        return query(new ReviewFilter(
                RequestParameters.given(productId) ? RequestParameters.id("product_id", productId) : null,
                RequestParameters.given(userId) ? RequestParameters.id("user_id", userId) : null,
                RequestParameters.code("status", status, ReviewStatus::fromCode, ReviewStatus.values(),
                        ReviewStatus::code),
                stars));
    }

    /** A list whose filter is fixed by the route (a product's public reviews, one's own). */
    FindReviewsQuery with(ReviewFilter filter) {
        return query(filter);
    }

    private FindReviewsQuery query(ReviewFilter filter) {
        ReviewSort reviewSort = RequestParameters.code("sort", sort, ReviewSort::fromCode, ReviewSort.values(),
                ReviewSort::code);
        return new FindReviewsQuery(filter, reviewSort == null ? ReviewSort.CREATED_AT : reviewSort,
                RequestParameters.direction(order, SortDirection.DESC),
                RequestParameters.page(page, limit, ReviewQueryHandler.DEFAULT_LIMIT));
    }
}
