package com.skincare.shop.projections.catalog;

import com.skincare.shop.api.catalog.CategoryCreatedEvent;
import com.skincare.shop.api.catalog.CategoryDeletedEvent;
import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.ProductArchivedEvent;
import com.skincare.shop.api.catalog.ProductCreatedEvent;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.catalog.ProductImageAddedEvent;
import com.skincare.shop.api.catalog.ProductFeaturedChangedEvent;
import com.skincare.shop.api.catalog.ProductImageRemovedEvent;
import com.skincare.shop.api.catalog.ProductImagesReorderedEvent;
import com.skincare.shop.api.catalog.ProductPrimaryImageSetEvent;
import com.skincare.shop.api.catalog.ProductPublishedEvent;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.catalog.ProductUpdatedEvent;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.catalog.StockAdjustedEvent;
import com.skincare.shop.api.catalog.StockChangeReason;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProductProjectorTest {

    private static final ProductId SERUM = ProductId.of(42);
    private static final ProductId TONER = ProductId.of(43);

    private static ScratchDatabase database;
    private static NamedParameterJdbcTemplate jdbc;
    private CatalogStream stream;

    @BeforeAll
    static void createDatabase() {
        database = ScratchDatabase.fresh("projections_test");
        jdbc = database.jdbc();
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void emptyTables() {
        sql().execute("DELETE FROM order_items; DELETE FROM orders; DELETE FROM reviews; DELETE FROM users;"
                + " DELETE FROM product_images; DELETE FROM product_categories; DELETE FROM products;"
                + " DELETE FROM categories");
        stream = new CatalogStream(jdbc);
    }

    @Test
    void creationWritesEveryColumnFromTheEvent() throws SQLException {
        // 20:15 UTC is already the next day in Phnom Penh: the documented DATE is the UTC date of the event.
        stream.deliver(new CategoryCreatedEvent(CategoryId.of(1), Products.category("Serums", "serums")),
                        "2025-02-01T08:00:00Z")
                .deliver(new ProductCreatedEvent(SERUM, Products.serum().categories(1).build(), 120,
                        ProductStatus.ACTIVE), "2025-03-01T20:15:30.123456Z");

        Map<String, Object> row = sql().queryForMap("SELECT * FROM products WHERE id = 42");
        assertThat(row).containsEntry("name_en", "Vitamin C Serum")
                .containsEntry("name_kh", "សេរ៉ូមវីតាមីនសេ")
                .containsEntry("slug", "vitamin-c-serum")
                .containsEntry("sku", "SER-001")
                .containsEntry("price", new BigDecimal("25.50"))
                .containsEntry("compare_at_price", new BigDecimal("30.00"))
                .containsEntry("cost_price", new BigDecimal("11.20"))
                .containsEntry("weight", new BigDecimal("0.15"))
                .containsEntry("stock", 120)
                .containsEntry("category", "serums")
                .containsEntry("is_featured", true);
        assertThat(sql().queryForObject("SELECT skin_type::text FROM products", String.class)).isEqualTo("dry");
        assertThat(sql().queryForObject("SELECT status::text FROM products", String.class)).isEqualTo("active");
        assertThat(sql().queryForObject("SELECT created_at FROM products", LocalDate.class))
                .isEqualTo(LocalDate.parse("2025-03-01"));
        assertThat(sql().queryForObject("SELECT updated_at FROM products", LocalDateTime.class))
                .isEqualTo(LocalDateTime.parse("2025-03-01T20:15:30.123456"));
        assertThat(sql().queryForObject("SELECT published_at FROM products", LocalDateTime.class))
                .isEqualTo(LocalDateTime.parse("2025-03-01T20:15:30.123456"));
        assertThat((Object[]) ((Array) row.get("skin_concerns")).getArray())
                .containsExactly("dullness", "dark spots");
        assertThat(sql().queryForObject("SELECT jsonb_typeof(ingredients) || ':' || (ingredients ->> 0)"
                + " FROM products", String.class)).isEqualTo("array:Ascorbic Acid");
        assertThat(sql().queryForObject("SELECT (dimensions ->> 'height')::numeric || (dimensions ->> 'unit')"
                + " FROM products", String.class)).isEqualTo("10.0cm");
        assertThat(CatalogJson.readStrings(sql().queryForObject("SELECT ingredients::text FROM products",
                String.class))).containsExactly("Ascorbic Acid", "Hyaluronic Acid", "Water");
        assertThat(links()).containsExactly(List.of(42, 1));
    }

    @Test
    void publishedAtIsTheLatestPublication() {
        stream.deliver(new ProductCreatedEvent(SERUM, Products.serum().build(), 5, ProductStatus.DRAFT),
                "2025-03-01T10:00:00Z");
        assertThat(statusAndPublication()).isEqualTo("draft/null");

        stream.deliver(new ProductPublishedEvent(SERUM), "2025-03-02T10:00:00Z");
        assertThat(statusAndPublication()).isEqualTo("active/2025-03-02 10:00:00");

        stream.deliver(new ProductArchivedEvent(SERUM), "2025-03-03T10:00:00Z");
        assertThat(statusAndPublication()).isEqualTo("archived/2025-03-02 10:00:00");

        stream.deliver(new ProductPublishedEvent(SERUM), "2025-03-04T10:00:00Z");
        assertThat(statusAndPublication()).isEqualTo("active/2025-03-04 10:00:00");
        assertThat(sql().queryForObject("SELECT updated_at FROM products", LocalDateTime.class))
                .isEqualTo(LocalDateTime.parse("2025-03-04T10:00:00"));
    }

    @Test
    void namesAreStoredInTheUnicodeFormTheSearchMatches() {
        // "Crème" with its accent as a combining mark, as some keyboards type it; the search normalises to NFC.
        String decomposed = Normalizer.normalize("Crème Serum", Normalizer.Form.NFD);
        stream.deliver(new ProductCreatedEvent(SERUM, Products.serum().nameEn(decomposed).build(), 1,
                ProductStatus.ACTIVE), "2025-04-01T09:00:00Z");
        assertThat(sql().queryForObject("SELECT name_en FROM products WHERE id = 42", String.class))
                .isEqualTo("Cr\u00E8me Serum");

        stream.deliver(new ProductUpdatedEvent(SERUM, Products.serum().nameEn(decomposed + " 2").build()),
                "2025-04-01T09:01:00Z");
        assertThat(sql().queryForObject("SELECT name_en FROM products WHERE id = 42", String.class))
                .isEqualTo("Cr\u00E8me Serum 2");
    }

    @Test
    void everyEventHandledTwiceLeavesTheSameRows() {
        List<Object> events = List.of(
                new CategoryCreatedEvent(CategoryId.of(1), Products.category("Serums", "serums")),
                new ProductCreatedEvent(SERUM, Products.serum().categories(1).build(), 10, ProductStatus.DRAFT),
                new ProductUpdatedEvent(SERUM, Products.serum().price("19.99").categories(1).build()),
                new StockAdjustedEvent(SERUM, -3, 7, StockChangeReason.ORDER),
                new ProductPublishedEvent(SERUM),
                new ProductImageAddedEvent(SERUM, 500, "https://img.example/a.jpg", "front", 0, true),
                new ProductImageAddedEvent(SERUM, 501, "https://img.example/b.jpg", "back", 1, true),
                new ProductImageRemovedEvent(SERUM, 500),
                new ProductImageAddedEvent(SERUM, 502, "https://img.example/c.jpg", "side", 2, false),
                new ProductPrimaryImageSetEvent(SERUM, 502),
                new ProductImagesReorderedEvent(SERUM, List.of(502L, 501L)),
                new ProductFeaturedChangedEvent(SERUM, true),
                new ProductArchivedEvent(SERUM));
        int minute = 0;
        for (Object event : events) {
            String at = "2025-04-01T09:%02d:00Z".formatted(minute++);
            stream.deliver(event, at);
            String once = catalogRows();
            stream.handle(event, Instant.parse(at));
            assertThat(catalogRows()).as("after %s twice", event).isEqualTo(once);
        }
        assertThat(sql().queryForObject("SELECT stock FROM products", Integer.class)).isEqualTo(7);
        assertThat(sql().queryForList("SELECT id || ':' || is_primary || ':' || sort_order FROM product_images"
                + " ORDER BY id", String.class)).containsExactly("501:false:1", "502:true:0");
        assertThat(sql().queryForObject("SELECT is_featured FROM products", Boolean.class)).isTrue();
    }

    @Test
    void aChosenPrimaryImageAndANewOrderAreWrittenAsTheEventsSay() {
        stream.deliver(new ProductCreatedEvent(SERUM, Products.serum().build(), 5, ProductStatus.ACTIVE),
                        "2025-03-01T10:00:00Z")
                .deliver(new ProductImageAddedEvent(SERUM, 1, "https://img.example/1.jpg", "one", 0, true),
                        "2025-03-01T10:01:00Z")
                .deliver(new ProductImageAddedEvent(SERUM, 2, "https://img.example/2.jpg", "two", 1, false),
                        "2025-03-01T10:02:00Z")
                .deliver(new ProductImageAddedEvent(SERUM, 3, "https://img.example/3.jpg", "three", 2, false),
                        "2025-03-01T10:03:00Z")
                .deliver(new ProductPrimaryImageSetEvent(SERUM, 3), "2025-03-01T10:04:00Z")
                .deliver(new ProductImagesReorderedEvent(SERUM, List.of(3L, 1L, 2L)), "2025-03-01T10:05:00Z");

        assertThat(sql().queryForList("SELECT id || ':' || is_primary || ':' || sort_order FROM product_images"
                + " ORDER BY id", String.class)).containsExactly("1:false:1", "2:false:2", "3:true:0");
        assertThat(sql().queryForObject("SELECT updated_at FROM products", LocalDateTime.class))
                .isEqualTo(LocalDateTime.parse("2025-03-01T10:05:00"));
    }

    @Test
    void aPrimaryImageTakesThatRoleFromEarlierOnes() {
        stream.deliver(new ProductCreatedEvent(SERUM, Products.serum().build(), 5, ProductStatus.ACTIVE),
                        "2025-03-01T10:00:00Z")
                .deliver(new ProductImageAddedEvent(SERUM, 1, "https://img.example/1.jpg", "one", 0, true),
                        "2025-03-01T10:01:00Z")
                .deliver(new ProductImageAddedEvent(SERUM, 2, "https://img.example/2.jpg", "two", 1, false),
                        "2025-03-01T10:02:00Z")
                .deliver(new ProductImageAddedEvent(SERUM, 3, "https://img.example/3.jpg", "three", 2, true),
                        "2025-03-01T10:03:00Z");

        assertThat(sql().queryForList("SELECT id || ':' || is_primary || ':' || created_at FROM product_images"
                + " ORDER BY id", String.class))
                .containsExactly("1:false:2025-03-01 10:01:00", "2:false:2025-03-01 10:02:00",
                        "3:true:2025-03-01 10:03:00");
        assertThat(sql().queryForObject("SELECT updated_at FROM products", LocalDateTime.class))
                .isEqualTo(LocalDateTime.parse("2025-03-01T10:03:00"));
    }

    @Test
    void aDeletedCategoryNamedByALaterUpdateIsSkipped() {
        stream.deliver(new CategoryCreatedEvent(CategoryId.of(1), Products.category("Serums", "serums")),
                        "2025-03-01T10:00:00Z")
                .deliver(new CategoryCreatedEvent(CategoryId.of(2), Products.category("Vitamin C", "vitamin-c")),
                        "2025-03-01T10:01:00Z")
                .deliver(new ProductCreatedEvent(SERUM, Products.serum().categories(1, 2).build(), 5,
                        ProductStatus.ACTIVE), "2025-03-01T10:02:00Z");
        assertThat(links()).containsExactly(List.of(42, 1), List.of(42, 2));

        stream.deliver(new CategoryDeletedEvent(CategoryId.of(2)), "2025-03-02T10:00:00Z");
        assertThat(links()).containsExactly(List.of(42, 1));

        stream.deliver(new ProductUpdatedEvent(SERUM, Products.serum().nameEn("Vitamin C Serum 2").categories(1, 2)
                .build()), "2025-03-03T10:00:00Z");
        assertThat(links()).containsExactly(List.of(42, 1));
        assertThat(sql().queryForObject("SELECT name_en FROM products", String.class)).isEqualTo("Vitamin C Serum 2");

        String live = catalogRows();
        stream.reset();
        stream.replay();
        assertThat(catalogRows()).isEqualTo(live);
    }

    @Test
    void resetClearsTheCatalogAndAReplayRebuildsItRowForRow() {
        stream.deliver(new CategoryCreatedEvent(CategoryId.of(1), Products.category("Serums", "serums")),
                        "2025-03-01T10:00:00Z")
                .deliver(new ProductCreatedEvent(SERUM, Products.serum().slug("glow").sku("G-1").categories(1)
                        .build(), 5, ProductStatus.ACTIVE), "2025-03-01T10:01:00Z")
                .deliver(new ProductImageAddedEvent(SERUM, 7, "https://img.example/7.jpg", "front", 0, true),
                        "2025-03-01T10:02:00Z")
                // The serum gives its slug and sku up, and the toner takes them: a replay must not collide.
                .deliver(new ProductUpdatedEvent(SERUM, Products.serum().slug("glow-serum").sku("G-2").categories(1)
                        .build()), "2025-03-02T10:00:00Z")
                .deliver(new ProductCreatedEvent(TONER, Products.serum().nameEn("Glow Toner").slug("glow").sku("G-1")
                        .skinType(SkinType.ALL).build(), 9, ProductStatus.ACTIVE), "2025-03-03T10:00:00Z")
                .deliver(new StockAdjustedEvent(TONER, -2, 7, StockChangeReason.ORDER), "2025-03-04T10:00:00Z");
        String live = catalogRows();

        stream.reset();

        assertThat(sql().queryForObject("SELECT count(*) FROM categories", Long.class)).isZero();
        assertThat(sql().queryForObject("SELECT count(*) FROM product_categories", Long.class)).isZero();
        assertThat(sql().queryForObject("SELECT count(*) FROM product_images", Long.class)).isZero();
        assertThat(sql().queryForList("SELECT status || ' ' || slug || ' ' || sku FROM products ORDER BY id",
                String.class)).containsExactly("draft replay:42 replay:42", "draft replay:43 replay:43");

        stream.replay();
        assertThat(catalogRows()).isEqualTo(live);
    }

    @Test
    void resetKeepsWhatOtherProjectionsHoldAboutProducts() {
        stream.deliver(new ProductCreatedEvent(SERUM, Products.serum().build(), 5, ProductStatus.ACTIVE),
                "2025-03-01T10:00:00Z");
        // Rows the ordering and review projections own: they reference the product and must survive its replay.
        sql().execute("""
                INSERT INTO users (id, email, password) VALUES (1, 'dara@example.com', 'x');
                INSERT INTO orders (id, order_number, user_id, customer_email, subtotal, total)
                    VALUES (1, 'ORD-1', 1, 'dara@example.com', 25.50, 25.50);
                INSERT INTO order_items (order_id, product_id, product_name, quantity, unit_price, total_price)
                    VALUES (1, 42, 'Vitamin C Serum', 1, 25.50, 25.50);
                INSERT INTO reviews (product_id, user_id, rating) VALUES (42, 1, 5);
                """);
        String live = catalogRows();

        stream.reset();
        stream.replay();

        assertThat(catalogRows()).isEqualTo(live);
        assertThat(sql().queryForObject("SELECT count(*) FROM reviews", Long.class)).isEqualTo(1);
        assertThat(sql().queryForObject("SELECT count(*) FROM order_items", Long.class)).isEqualTo(1);
    }

    private String statusAndPublication() {
        return sql().queryForObject("SELECT status || '/' || coalesce(published_at::text, 'null') FROM products",
                String.class);
    }

    private List<List<Integer>> links() {
        return sql().query("SELECT product_id, category_id FROM product_categories ORDER BY 1, 2",
                (rs, i) -> List.of(rs.getInt(1), rs.getInt(2)));
    }

    /** Every catalog row, as JSON text, in a fixed order: equal text means equal rows. */
    private String catalogRows() {
        return String.join("\n",
                rows("SELECT to_jsonb(t)::text FROM products t ORDER BY id"),
                rows("SELECT to_jsonb(t)::text FROM categories t ORDER BY id"),
                rows("SELECT to_jsonb(t)::text FROM product_categories t ORDER BY product_id, category_id"),
                rows("SELECT to_jsonb(t)::text FROM product_images t ORDER BY id"));
    }

    private static String rows(String query) {
        return String.join("\n", sql().queryForList(query, String.class));
    }

    private static JdbcTemplate sql() {
        return jdbc.getJdbcTemplate();
    }
}
