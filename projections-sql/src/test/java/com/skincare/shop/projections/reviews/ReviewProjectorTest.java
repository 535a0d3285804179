package com.skincare.shop.projections.reviews;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.identity.EmailToken;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.identity.UserDeletedEvent;
import com.skincare.shop.api.identity.UserProfile;
import com.skincare.shop.api.identity.UserRegisteredEvent;
import com.skincare.shop.api.identity.UserRole;
import com.skincare.shop.api.reviews.ReviewApprovedEvent;
import com.skincare.shop.api.reviews.ReviewContent;
import com.skincare.shop.api.reviews.ReviewDeletedEvent;
import com.skincare.shop.api.reviews.ReviewEditedEvent;
import com.skincare.shop.api.reviews.ReviewId;
import com.skincare.shop.api.reviews.ReviewMarkedHelpfulEvent;
import com.skincare.shop.api.reviews.ReviewRejectedEvent;
import com.skincare.shop.api.reviews.ReviewSubmittedEvent;
import com.skincare.shop.projections.CustomerStream;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewProjectorTest {

    private static final ProductId SERUM = ProductId.of(5);
    private static final UserId SOPHEA = UserId.of(7);
    private static final UserId DARA = UserId.of(8);
    private static final UserId MODERATOR = UserId.of(1);

    private static ScratchDatabase database;
    private static JdbcTemplate sql;
    private CustomerStream stream;

    @BeforeAll
    static void createDatabase() {
        database = ScratchDatabase.fresh("review_projection_test");
        sql = database.jdbc().getJdbcTemplate();
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void aProductAndTwoCustomers() {
        sql.execute("DELETE FROM product_ratings; DELETE FROM reviews; DELETE FROM products; DELETE FROM users");
        sql.update("INSERT INTO products (id, name_en, slug, sku, price, category) VALUES (5, 'Serum', 'serum', 'S-5', 9.5, 'serums')");
        stream = new CustomerStream(database.jdbc())
                .deliver(registered(SOPHEA, "sophea@example.com"), "2025-06-01T00:00:00Z")
                .deliver(registered(DARA, "dara@example.com"), "2025-06-01T00:00:01Z");
    }

    private static UserRegisteredEvent registered(UserId user, String email) {
        return new UserRegisteredEvent(user, email, "$2a$hash", new UserProfile("Sophea", "Chan", null, null, null,
                SkinType.DRY, Language.KH), UserRole.CUSTOMER,
                new EmailToken("a".repeat(64), "sealed", Instant.parse("2025-07-01T00:00:00Z")));
    }

    private static ReviewSubmittedEvent submitted(long id, UserId author, int rating) {
        return new ReviewSubmittedEvent(ReviewId.of(id), SERUM, author, new ReviewContent(rating, "Title " + id,
                "Comment " + id));
    }

    private static Map<String, Object> rating() {
        return sql.queryForMap("SELECT review_count, average_rating FROM product_ratings WHERE product_id = 5");
    }

    private static Timestamp utc(String instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void aSubmittedReviewIsPendingWithTheEventsValuesAndTimes() {
        stream.deliver(submitted(12, SOPHEA, 4), "2025-06-02T23:30:00Z");

        Map<String, Object> row = sql.queryForMap("SELECT * FROM reviews WHERE id = 12");
        assertThat(row).containsEntry("product_id", 5).containsEntry("user_id", 7).containsEntry("rating", 4)
                .containsEntry("title", "Title 12").containsEntry("comment", "Comment 12")
                .containsEntry("customer_name", null).containsEntry("customer_email", null)
                .containsEntry("is_verified_purchase", false).containsEntry("helpful_count", 0)
                .containsEntry("created_at", Date.valueOf("2025-06-02"))
                .containsEntry("updated_at", utc("2025-06-02T23:30:00Z"));
        assertThat(sql.queryForObject("SELECT status::text FROM reviews WHERE id = 12", String.class)).isEqualTo("pending");
        assertThat(sql.queryForObject("SELECT count(*) FROM product_ratings", Long.class)).isZero();
    }

    @Test
    void theProductsRatingCountsApprovedReviewsOnly() {
        stream.deliver(submitted(12, SOPHEA, 4), "2025-06-02T00:00:00Z")
                .deliver(submitted(13, DARA, 5), "2025-06-02T00:00:01Z")
                .deliver(new ReviewApprovedEvent(ReviewId.of(12), SERUM, MODERATOR), "2025-06-03T00:00:00Z");

        assertThat(rating()).containsEntry("review_count", 1).containsEntry("average_rating", new BigDecimal("4.00"));

        stream.deliver(new ReviewApprovedEvent(ReviewId.of(13), SERUM, MODERATOR), "2025-06-03T00:00:01Z");
        assertThat(rating()).containsEntry("review_count", 2).containsEntry("average_rating", new BigDecimal("4.50"));

        stream.deliver(new ReviewEditedEvent(ReviewId.of(13), new ReviewContent(1, null, null)), "2025-06-04T00:00:00Z");
        assertThat(rating()).as("an edited review waits for moderation again")
                .containsEntry("review_count", 1).containsEntry("average_rating", new BigDecimal("4.00"));
        assertThat(sql.queryForMap("SELECT title, comment, rating FROM reviews WHERE id = 13"))
                .containsEntry("title", null).containsEntry("rating", 1);

        stream.deliver(new ReviewRejectedEvent(ReviewId.of(12), SERUM, MODERATOR), "2025-06-05T00:00:00Z");
        assertThat(rating()).containsEntry("review_count", 0).containsEntry("average_rating", new BigDecimal("0.00"));
    }

    @Test
    void aDeletedReviewGoesAndLeavesTheRating() {
        stream.deliver(submitted(12, SOPHEA, 2), "2025-06-02T00:00:00Z")
                .deliver(new ReviewApprovedEvent(ReviewId.of(12), SERUM, MODERATOR), "2025-06-03T00:00:00Z")
                .deliver(new ReviewDeletedEvent(ReviewId.of(12), SERUM, SOPHEA), "2025-06-04T00:00:00Z");

        assertThat(sql.queryForObject("SELECT count(*) FROM reviews", Long.class)).isZero();
        assertThat(rating()).containsEntry("review_count", 0);
    }

    @Test
    void helpfulVotesTakeTheCountOfTheEvent() {
        stream.deliver(submitted(12, SOPHEA, 5), "2025-06-02T00:00:00Z")
                .deliver(new ReviewApprovedEvent(ReviewId.of(12), SERUM, MODERATOR), "2025-06-03T00:00:00Z")
                .deliver(new ReviewMarkedHelpfulEvent(ReviewId.of(12), DARA, 1), "2025-06-04T00:00:00Z")
                .redeliverLast();

        assertThat(sql.queryForObject("SELECT helpful_count FROM reviews WHERE id = 12", Integer.class)).isEqualTo(1);
    }

    @Test
    void aDeletedAuthorsReviewStaysWithoutThem() {
        stream.deliver(submitted(12, SOPHEA, 5), "2025-06-02T00:00:00Z")
                .deliver(new ReviewApprovedEvent(ReviewId.of(12), SERUM, MODERATOR), "2025-06-03T00:00:00Z")
                .deliver(new UserDeletedEvent(SOPHEA), "2025-06-04T00:00:00Z");

        assertThat(sql.queryForMap("SELECT user_id, rating FROM reviews WHERE id = 12"))
                .containsEntry("user_id", null).containsEntry("rating", 5);
        assertThat(rating()).containsEntry("review_count", 1);
    }

    @Test
    void aReplayRebuildsReviewsAndRatingsRowForRow() {
        stream.deliver(submitted(12, SOPHEA, 4), "2025-06-02T00:00:00Z")
                .deliver(submitted(13, DARA, 5), "2025-06-02T00:00:01Z")
                .deliver(new ReviewApprovedEvent(ReviewId.of(12), SERUM, MODERATOR), "2025-06-03T00:00:00Z")
                .deliver(new ReviewApprovedEvent(ReviewId.of(13), SERUM, MODERATOR), "2025-06-03T00:00:01Z")
                .deliver(new ReviewMarkedHelpfulEvent(ReviewId.of(13), SOPHEA, 1), "2025-06-03T00:00:02Z")
                .deliver(new UserDeletedEvent(DARA), "2025-06-04T00:00:00Z")
                .deliver(new ReviewEditedEvent(ReviewId.of(12), new ReviewContent(3, "Hmm", null)), "2025-06-05T00:00:00Z");
        String before = checksum();

        stream.reset();
        stream.replay();

        assertThat(checksum()).isEqualTo(before);
    }

    private static String checksum() {
        return sql.queryForObject("SELECT md5(coalesce(string_agg(t, '|' ORDER BY t), '')) FROM (SELECT r::text AS t"
                + " FROM reviews r UNION ALL SELECT p::text FROM product_ratings p UNION ALL SELECT u::text FROM users u)"
                + " rows", String.class);
    }
}
