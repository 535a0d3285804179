package com.skincare.shop.projections.catalog;

import com.skincare.shop.api.catalog.CategoryCreatedEvent;
import com.skincare.shop.api.catalog.CategoryDeletedEvent;
import com.skincare.shop.api.catalog.CategoryReorderedEvent;
import com.skincare.shop.api.catalog.CategoryDetails;
import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.CategoryUpdatedEvent;
import com.skincare.shop.api.catalog.ProductCreatedEvent;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CategoryProjectorTest {

    private static final CategoryId SKINCARE = CategoryId.of(1);
    private static final CategoryId SERUMS = CategoryId.of(2);

    private static ScratchDatabase database;
    private static JdbcTemplate sql;
    private CatalogStream stream;

    @BeforeAll
    static void createDatabase() {
        database = ScratchDatabase.fresh("projections_test");
        sql = database.jdbc().getJdbcTemplate();
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void emptyTables() {
        sql.execute("DELETE FROM product_images; DELETE FROM product_categories; DELETE FROM products;"
                + " DELETE FROM categories");
        stream = new CatalogStream(database.jdbc());
    }

    @Test
    void creationAndUpdateWriteTheEventsValuesAndTimes() {
        stream.deliver(new CategoryCreatedEvent(SKINCARE, Products.category("Skincare", "skincare")),
                        "2025-01-01T00:00:00Z")
                .deliver(new CategoryCreatedEvent(SERUMS, child("Serums", "serums", SKINCARE, true)),
                        "2025-01-02T03:04:05.678Z")
                .deliver(new CategoryUpdatedEvent(SERUMS, child("Face serums", "face-serums", SKINCARE, false)),
                        "2025-01-03T00:00:00Z");

        Map<String, Object> row = sql.queryForMap("SELECT * FROM categories WHERE id = 2");
        assertThat(row).containsEntry("name", "Face serums")
                .containsEntry("slug", "face-serums")
                .containsEntry("parent_id", 1)
                .containsEntry("is_active", false)
                .containsEntry("sort_order", 3)
                .containsEntry("created_at", Timestamp.valueOf("2025-01-02 03:04:05.678"))
                .containsEntry("updated_at", Timestamp.valueOf("2025-01-03 00:00:00"));
    }

    @Test
    void deletionDropsTheProductLinksAndOrphansTheChildren() {
        stream.deliver(new CategoryCreatedEvent(SKINCARE, Products.category("Skincare", "skincare")),
                        "2025-01-01T00:00:00Z")
                .deliver(new CategoryCreatedEvent(SERUMS, child("Serums", "serums", SKINCARE, true)),
                        "2025-01-01T00:01:00Z")
                .deliver(new ProductCreatedEvent(ProductId.of(9), Products.serum().categories(1, 2).build(), 1,
                        ProductStatus.ACTIVE), "2025-01-01T00:02:00Z")
                .deliver(new CategoryDeletedEvent(SKINCARE), "2025-01-02T00:00:00Z");

        assertThat(sql.queryForList("SELECT id FROM categories", Integer.class)).containsExactly(2);
        assertThat(sql.queryForObject("SELECT parent_id FROM categories WHERE id = 2", Integer.class)).isNull();
        assertThat(sql.queryForList("SELECT category_id FROM product_categories", Integer.class)).containsExactly(2);
    }

    @Test
    void aParentThatIsGoneIsNotLinkedAndTheSlugOfADeletedCategoryIsFreeAgain() {
        stream.deliver(new CategoryCreatedEvent(SKINCARE, Products.category("Skincare", "skincare")),
                        "2025-01-01T00:00:00Z")
                .deliver(new CategoryDeletedEvent(SKINCARE), "2025-01-01T00:01:00Z")
                .deliver(new CategoryCreatedEvent(SERUMS, child("Skincare", "skincare", SKINCARE, true)),
                        "2025-01-01T00:02:00Z");

        assertThat(sql.queryForMap("SELECT id, slug, parent_id FROM categories"))
                .containsEntry("id", 2).containsEntry("slug", "skincare").containsEntry("parent_id", null);
    }

    @Test
    void eventsHandledTwiceChangeNothing() {
        Object created = new CategoryCreatedEvent(SERUMS, child("Serums", "serums", null, true));
        Object updated = new CategoryUpdatedEvent(SERUMS, child("Serums", "serums", null, false));
        stream.deliver(created, "2025-01-01T00:00:00Z");
        stream.handle(created, Instant.parse("2025-01-01T00:00:00Z"));
        stream.deliver(updated, "2025-01-02T00:00:00Z");
        String once = rows();
        stream.handle(updated, Instant.parse("2025-01-02T00:00:00Z"));
        assertThat(rows()).isEqualTo(once);

        Object reordered = new CategoryReorderedEvent(SERUMS, 4);
        stream.deliver(reordered, "2025-01-02T12:00:00Z");
        String reorderedOnce = rows();
        stream.handle(reordered, Instant.parse("2025-01-02T12:00:00Z"));
        assertThat(rows()).isEqualTo(reorderedOnce).contains("\"sort_order\": 4", "\"updated_at\": \"2025-01-02T12:00:00\"");

        stream.deliver(new CategoryDeletedEvent(SERUMS), "2025-01-03T00:00:00Z");
        stream.handle(new CategoryDeletedEvent(SERUMS), Instant.parse("2025-01-03T00:00:00Z"));
        assertThat(rows()).isEmpty();
    }

    @Test
    void resetEmptiesTheTableAndAReplayRebuildsIt() {
        stream.deliver(new CategoryCreatedEvent(SKINCARE, Products.category("Skincare", "skincare")),
                        "2025-01-01T00:00:00Z")
                .deliver(new CategoryCreatedEvent(SERUMS, child("Serums", "serums", SKINCARE, true)),
                        "2025-01-01T00:01:00Z")
                .deliver(new CategoryUpdatedEvent(SKINCARE, Products.category("Skin care", "skin-care")),
                        "2025-01-02T00:00:00Z")
                .deliver(new CategoryReorderedEvent(SERUMS, 2), "2025-01-03T00:00:00Z");
        String live = rows();

        stream.reset();
        assertThat(rows()).isEmpty();

        stream.replay();
        assertThat(rows()).isEqualTo(live);
    }

    private static CategoryDetails child(String name, String slug, CategoryId parent, boolean active) {
        return new CategoryDetails(name, slug, null, parent, null, active, 3);
    }

    private static String rows() {
        return String.join("\n", sql.queryForList("SELECT to_jsonb(c)::text FROM categories c ORDER BY id",
                String.class));
    }
}
