package com.skincare.shop.query.reviews;

import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.ResultPage;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.common.SortDirection;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.identity.EmailToken;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.identity.UserDeletedEvent;
import com.skincare.shop.api.identity.UserProfile;
import com.skincare.shop.api.identity.UserRegisteredEvent;
import com.skincare.shop.api.identity.UserRole;
import com.skincare.shop.api.reviews.FindReviewQuery;
import com.skincare.shop.api.reviews.FindReviewsQuery;
import com.skincare.shop.api.reviews.ReviewApprovedEvent;
import com.skincare.shop.api.reviews.ReviewContent;
import com.skincare.shop.api.reviews.ReviewFilter;
import com.skincare.shop.api.reviews.ReviewId;
import com.skincare.shop.api.reviews.ReviewMarkedHelpfulEvent;
import com.skincare.shop.api.reviews.ReviewSort;
import com.skincare.shop.api.reviews.ReviewStatus;
import com.skincare.shop.api.reviews.ReviewSubmittedEvent;
import com.skincare.shop.api.reviews.ReviewView;
import com.skincare.shop.projections.CustomerStream;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewQueryHandlerTest {

    private static final ProductId SERUM = ProductId.of(5);

    private static ScratchDatabase database;
    private static ReviewQueryHandler handler;

    @BeforeAll
    static void projectTheReviews() {
        database = ScratchDatabase.fresh("query_side_review_test");
        handler = new ReviewQueryHandler(database.jdbc());
        database.jdbc().getJdbcTemplate().update("INSERT INTO products (id, name_en, slug, sku, price, category)"
                + " VALUES (5, 'Serum', 'serum', 'S-5', 9.5, 'serums')");
        new CustomerStream(database.jdbc())
                .deliver(registered(7, "Sophea", "Chan"), "2025-06-01T00:00:00Z")
                .deliver(registered(8, "Dara", "Kim"), "2025-06-01T00:00:01Z")
                .deliver(registered(9, "Vanna", "Sok"), "2025-06-01T00:00:02Z")
                .deliver(submitted(12, 7, 4), "2025-06-02T00:00:00Z")
                .deliver(submitted(13, 8, 2), "2025-06-03T00:00:00Z")
                .deliver(submitted(14, 9, 5), "2025-06-04T00:00:00Z")
                .deliver(new ReviewApprovedEvent(ReviewId.of(12), SERUM, UserId.of(1)), "2025-06-05T00:00:00Z")
                .deliver(new ReviewApprovedEvent(ReviewId.of(14), SERUM, UserId.of(1)), "2025-06-05T00:00:01Z")
                .deliver(new ReviewMarkedHelpfulEvent(ReviewId.of(12), UserId.of(8), 1), "2025-06-06T00:00:00Z")
                .deliver(new UserDeletedEvent(UserId.of(9)), "2025-06-07T00:00:00Z");
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    private static UserRegisteredEvent registered(long id, String first, String last) {
        return new UserRegisteredEvent(UserId.of(id), first.toLowerCase() + "@example.com", "$2a$hash",
                new UserProfile(first, last, null, null, null, SkinType.DRY, Language.EN), UserRole.CUSTOMER,
                new EmailToken("a".repeat(64), "sealed", Instant.parse("2025-07-01T00:00:00Z")));
    }

    private static ReviewSubmittedEvent submitted(long id, long author, int rating) {
        return new ReviewSubmittedEvent(ReviewId.of(id), SERUM, UserId.of(author),
                new ReviewContent(rating, "Title " + id, null));
    }

    private static List<Long> ids(ReviewFilter filter, ReviewSort sort, SortDirection direction) {
        ResultPage<ReviewView> page = handler.page(new FindReviewsQuery(filter, sort, direction, new PageRequest(1, 20)));
        return page.items().stream().map(ReviewView::id).toList();
    }

    @Test
    void aProductsPublicReviewsAreTheApprovedOnesNewestFirst() {
        assertThat(ids(ReviewFilter.publicOf(5), ReviewSort.CREATED_AT, SortDirection.DESC)).containsExactly(14L, 12L);
        assertThat(ids(ReviewFilter.publicOf(6), null, null)).isEmpty();
    }

    @Test
    void theAuthorSeesTheirsInEveryStatus() {
        assertThat(ids(ReviewFilter.byAuthor(8), null, null)).containsExactly(13L);
    }

    @Test
    void moderatorsFilterByStatusAndRatingAndSort() {
        assertThat(ids(new ReviewFilter(null, null, ReviewStatus.PENDING, null), null, null)).containsExactly(13L);
        assertThat(ids(new ReviewFilter(5L, null, null, 5), null, null)).containsExactly(14L);
        assertThat(ids(new ReviewFilter(null, null, null, null), ReviewSort.RATING, SortDirection.ASC))
                .containsExactly(13L, 12L, 14L);
        assertThat(ids(new ReviewFilter(null, null, null, null), ReviewSort.HELPFUL_COUNT, SortDirection.DESC).get(0))
                .isEqualTo(12L);
    }

    @Test
    void theAuthorIsNamedByFirstNameAndInitialAndAGoneAuthorNotAtAll() {
        ReviewView sophea = handler.handle(new FindReviewQuery(12)).orElseThrow();
        ReviewView gone = handler.handle(new FindReviewQuery(14)).orElseThrow();

        assertThat(sophea).isEqualTo(new ReviewView(12, 5, 7L, 4, "Title 12", null, "Sophea C.", ReviewStatus.APPROVED,
                false, 1, LocalDate.of(2025, 6, 2), Instant.parse("2025-06-05T00:00:00Z")));
        assertThat(gone.userId()).isNull();
        assertThat(gone.customerName()).isNull();
        assertThat(handler.handle(new FindReviewQuery(99))).isEmpty();
    }
}
