package com.skincare.shop.api.reviews;

import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.SortDirection;

/** Answers a {@code ResultPage<ReviewView>}. */
public record FindReviewsQuery(ReviewFilter filter, ReviewSort sort, SortDirection direction, PageRequest page) {
}
