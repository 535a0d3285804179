package com.skincare.shop.projections.wishlist;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.identity.UserDeletedEvent;
import com.skincare.shop.api.wishlist.ProductUnwishlistedEvent;
import com.skincare.shop.api.wishlist.ProductWishlistedEvent;
import com.skincare.shop.api.wishlist.WishlistClearedEvent;
import com.skincare.shop.api.wishlist.WishlistId;
import com.skincare.shop.projections.CustomerStream;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static com.skincare.shop.projections.CustomerStream.customerRegistered;
import static org.assertj.core.api.Assertions.assertThat;

class WishlistProjectorTest {

    private static final WishlistId SOPHEAS = WishlistId.of(UserId.of(7));
    private static final WishlistId DARAS = WishlistId.of(UserId.of(8));

    private static ScratchDatabase database;
    private static JdbcTemplate sql;
    private CustomerStream stream;

    @BeforeAll
    static void createDatabase() {
        database = ScratchDatabase.fresh("wishlist_projection_test");
        sql = database.jdbc().getJdbcTemplate();
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void twoProductsAndTwoCustomers() {
        sql.execute("DELETE FROM wishlists; DELETE FROM products; DELETE FROM users");
        sql.update("INSERT INTO products (id, name_en, slug, sku, price, category) VALUES"
                + " (5, 'Serum', 'serum', 'S-5', 9.5, 'serums'), (6, 'Toner', 'toner', 'T-6', 7, 'toners')");
        stream = new CustomerStream(database.jdbc())
                .deliver(customerRegistered(7), "2025-06-01T00:00:00Z")
                .deliver(customerRegistered(8), "2025-06-01T00:00:01Z");
    }


    private static List<Map<String, Object>> rows() {
        return sql.queryForList("SELECT id, user_id, product_id, created_at FROM wishlists ORDER BY id");
    }

    @Test
    void entriesComeAndGoWithTheirEventsIdsAndTimes() {
        stream.deliver(new ProductWishlistedEvent(SOPHEAS, 41, ProductId.of(5)), "2025-06-02T10:00:00.5Z")
                .deliver(new ProductWishlistedEvent(SOPHEAS, 42, ProductId.of(6)), "2025-06-02T10:01:00Z")
                .deliver(new ProductWishlistedEvent(DARAS, 43, ProductId.of(5)), "2025-06-02T10:02:00Z")
                .redeliverLast()
                .deliver(new ProductUnwishlistedEvent(SOPHEAS, 41, ProductId.of(5)), "2025-06-03T00:00:00Z");

        assertThat(rows()).containsExactly(
                Map.of("id", 42, "user_id", 7, "product_id", 6, "created_at",
                        Timestamp.valueOf(LocalDateTime.ofInstant(Instant.parse("2025-06-02T10:01:00Z"), ZoneOffset.UTC))),
                Map.of("id", 43, "user_id", 8, "product_id", 5, "created_at",
                        Timestamp.valueOf(LocalDateTime.ofInstant(Instant.parse("2025-06-02T10:02:00Z"), ZoneOffset.UTC))));

        stream.deliver(new WishlistClearedEvent(SOPHEAS), "2025-06-04T00:00:00Z");
        assertThat(rows()).extracting(row -> row.get("id")).containsExactly(43);
    }

    @Test
    void aDeletedCustomersWishlistGoesAndAReplayGivesTheSameRows() {
        stream.deliver(new ProductWishlistedEvent(SOPHEAS, 41, ProductId.of(5)), "2025-06-02T10:00:00Z")
                .deliver(new ProductWishlistedEvent(DARAS, 43, ProductId.of(6)), "2025-06-02T10:02:00Z")
                .deliver(new UserDeletedEvent(UserId.of(8)), "2025-06-03T00:00:00Z");
        List<Map<String, Object>> before = rows();
        assertThat(before).extracting(row -> row.get("id")).containsExactly(41);

        stream.reset();
        stream.replay();

        assertThat(rows()).isEqualTo(before);
    }
}
