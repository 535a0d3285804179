package com.skincare.shop.query.inventory;

import com.skincare.shop.api.catalog.FindLowStockQuery;
import com.skincare.shop.api.catalog.FindStockHistoryQuery;
import com.skincare.shop.api.catalog.FindStockLevelQuery;
import com.skincare.shop.api.catalog.FindStockLevelsQuery;
import com.skincare.shop.api.catalog.ProductArchivedEvent;
import com.skincare.shop.api.catalog.ProductCreatedEvent;
import com.skincare.shop.api.catalog.ProductDetails;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.catalog.StockAdjustedEvent;
import com.skincare.shop.api.catalog.StockChangeReason;
import com.skincare.shop.api.catalog.StockLevelView;
import com.skincare.shop.api.catalog.StockMovementView;
import com.skincare.shop.api.catalog.StockSort;
import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.ResultPage;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.common.SortDirection;
import com.skincare.shop.projections.ScratchDatabase;
import com.skincare.shop.projections.catalog.ProductProjector;
import com.skincare.shop.projections.inventory.StockMovementProjector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.skincare.shop.api.catalog.StockChangeReason.ADJUSTMENT;
import static com.skincare.shop.api.catalog.StockChangeReason.INITIAL;
import static com.skincare.shop.api.catalog.StockChangeReason.ORDER;
import static com.skincare.shop.api.catalog.StockChangeReason.RESTOCK;
import static org.assertj.core.api.Assertions.assertThat;

class InventoryQueryHandlerTest {

    private static ScratchDatabase database;
    private static InventoryQueryHandler handler;
    private static ProductEvents events;

    @BeforeAll
    static void projectTheProducts() {
        database = ScratchDatabase.fresh("inventory_query_test");
        handler = new InventoryQueryHandler(database.jdbc());
        events = new ProductEvents(database);
        events.created(1, "Vitamin C Serum", "សេរ៉ូមវីតាមីនសេ", "SKC-SER-001", 5, ProductStatus.ACTIVE, true,
                "2025-01-01T10:00:00Z");
        events.created(2, "Hydrating Toner", "ទឹកសម្អាតមុខ", "SKC-TON-002", 50, ProductStatus.ACTIVE, true,
                "2025-01-02T10:00:00Z");
        events.created(3, "Gentle Cleanser", "ក្រែមលាងមុខ", "SKC-CLE-003", 0, ProductStatus.ACTIVE, true,
                "2025-01-03T10:00:00Z");
        events.created(4, "100% Pure Aloe Gel", "ជែលប្រទាលកន្ទុយក្រពើ", "GEL_4", 8, ProductStatus.DRAFT, true,
                "2025-01-04T10:00:00Z");
        events.created(5, "Old Night Cream", "ក្រែមយប់", "SKC-CRM-005", 2, ProductStatus.ACTIVE, true,
                "2025-01-05T10:00:00Z");
        events.archived(5, "2025-01-06T10:00:00Z");
        events.created(6, "Sample Sachet", "កញ្ចប់សាកល្បង", "SKC-SMP-006", 1, ProductStatus.ACTIVE, false,
                "2025-01-07T10:00:00Z");
        events.stock(1, 20, 25, RESTOCK, "2025-02-01T09:00:00Z");
        events.stock(1, -3, 22, ADJUSTMENT, "2025-02-02T09:00:00Z");
        events.stock(1, -2, 20, ORDER, "2025-02-03T09:00:00Z");
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @Test
    void aStockLevelCarriesTheProductsStockAndWhatGovernsIt() {
        StockLevelView serum = handler.handle(new FindStockLevelQuery(1)).orElseThrow();

        assertThat(serum).isEqualTo(new StockLevelView(1, "SKC-SER-001", "Vitamin C Serum", "សេរ៉ូមវីតាមីនសេ",
                ProductStatus.ACTIVE, 20, true, false, Instant.parse("2025-02-03T09:00:00Z")));
        assertThat(handler.handle(new FindStockLevelQuery(6)).orElseThrow().trackInventory()).isFalse();
        assertThat(handler.handle(new FindStockLevelQuery(404))).isEmpty();
    }

    @Test
    void theListHoldsEveryStatusByNameUnlessSortedOtherwise() {
        assertThat(ids(levels(null, null, null, null))).containsExactly(4L, 3L, 2L, 5L, 6L, 1L);
        assertThat(ids(levels(null, null, StockSort.STOCK, SortDirection.ASC))).containsExactly(3L, 6L, 5L, 4L, 1L, 2L);
        assertThat(ids(levels(null, null, StockSort.STOCK, SortDirection.DESC)))
                .containsExactly(2L, 1L, 4L, 5L, 6L, 3L);
        assertThat(ids(levels(null, null, StockSort.SKU, SortDirection.ASC))).containsExactly(4L, 3L, 5L, 1L, 6L, 2L);
        assertThat(ids(levels(null, null, StockSort.UPDATED_AT, SortDirection.DESC)))
                .containsExactly(1L, 6L, 5L, 4L, 3L, 2L);
        assertThat(InventoryQueryHandler.defaultDirection(StockSort.UPDATED_AT)).isEqualTo(SortDirection.DESC);
        assertThat(InventoryQueryHandler.defaultDirection(StockSort.STOCK)).isEqualTo(SortDirection.ASC);
    }

    @Test
    void searchFindsSubstringsOfTheSkuAndBothNamesTakingWildcardsLiterally() {
        assertThat(ids(levels("ser-0", null, null, null))).containsExactly(1L);
        assertThat(ids(levels("CREAM", null, null, null))).containsExactly(5L);
        assertThat(ids(levels("ក្រែម", null, null, null))).containsExactly(3L, 5L);
        assertThat(ids(levels("%", null, null, null))).containsExactly(4L);
        assertThat(ids(levels("_", null, null, null))).containsExactly(4L);
        assertThat(ids(levels("\\", null, null, null))).isEmpty();
    }

    @Test
    void aStatusNarrowsTheList() {
        assertThat(ids(levels(null, ProductStatus.DRAFT, null, null))).containsExactly(4L);
        assertThat(ids(levels(null, ProductStatus.ARCHIVED, null, null))).containsExactly(5L);
        assertThat(ids(levels("SKC", ProductStatus.ACTIVE, StockSort.STOCK, SortDirection.ASC)))
                .containsExactly(3L, 6L, 1L, 2L);
    }

    @Test
    void lowStockIsTheTrackedUnarchivedProductsAtOrBelowTheThresholdLowestFirst() {
        assertThat(ids(handler.lowStock(new FindLowStockQuery(10, new PageRequest(1, 100)))))
                .as("the archived cream and the untracked sachet are left out").containsExactly(3L, 4L);
        assertThat(ids(handler.lowStock(new FindLowStockQuery(0, new PageRequest(1, 100))))).containsExactly(3L);
        assertThat(ids(handler.lowStock(new FindLowStockQuery(20, new PageRequest(1, 100)))))
                .containsExactly(3L, 4L, 1L);
        assertThat(ids(handler.lowStock(new FindLowStockQuery(19, new PageRequest(1, 100))))).containsExactly(3L, 4L);
    }

    @Test
    void listsArePaged() {
        ResultPage<StockLevelView> second = handler.levels(new FindStockLevelsQuery(null, null, StockSort.STOCK,
                SortDirection.ASC, new PageRequest(2, 4)));
        assertThat(ids(second)).containsExactly(1L, 2L);
        assertThat(second.totalItems()).isEqualTo(6);
        assertThat(second.hasNextPage()).isFalse();
        assertThat(second.hasPrevPage()).isTrue();

        ResultPage<StockLevelView> beyond = handler.lowStock(new FindLowStockQuery(20, new PageRequest(3, 2)));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(3);
    }

    @Test
    void theHistoryIsEveryMovementNewestFirstWithItsReasonAndTime() {
        ResultPage<StockMovementView> history = handler.history(new FindStockHistoryQuery(1, new PageRequest(1, 20)))
                .orElseThrow();

        assertThat(history.items()).containsExactly(
                new StockMovementView(1, 3, ORDER, -2, 20, Instant.parse("2025-02-03T09:00:00Z")),
                new StockMovementView(1, 2, ADJUSTMENT, -3, 22, Instant.parse("2025-02-02T09:00:00Z")),
                new StockMovementView(1, 1, RESTOCK, 20, 25, Instant.parse("2025-02-01T09:00:00Z")),
                new StockMovementView(1, 0, INITIAL, 5, 5, Instant.parse("2025-01-01T10:00:00Z")));
        assertThat(history.totalItems()).isEqualTo(4);
    }

    @Test
    void theHistoryIsPagedFromTheNewest() {
        ResultPage<StockMovementView> second = handler.history(new FindStockHistoryQuery(1, new PageRequest(2, 3)))
                .orElseThrow();
        assertThat(second.items()).extracting(StockMovementView::reason).containsExactly(INITIAL);
        assertThat(second.totalPages()).isEqualTo(2);

        ResultPage<StockMovementView> beyond = handler.history(new FindStockHistoryQuery(1, new PageRequest(3, 3)))
                .orElseThrow();
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(4);
    }

    @Test
    void anUnknownProductHasNoHistoryAndAProductJustCreatedHasItsOpeningStock() {
        assertThat(handler.history(new FindStockHistoryQuery(404, new PageRequest(1, 20)))).isEmpty();
        assertThat(handler.history(new FindStockHistoryQuery(3, new PageRequest(1, 20))).orElseThrow().items())
                .containsExactly(new StockMovementView(3, 0, INITIAL, 0, 0, Instant.parse("2025-01-03T10:00:00Z")));
    }

    @Test
    void aHistoryIsFoundWhileTheCatalogHasNotCaughtUpWithItsProduct() {
        events.movementOnly(77, "2025-03-01T10:00:00Z");

        assertThat(handler.history(new FindStockHistoryQuery(77, new PageRequest(1, 20))).orElseThrow().items())
                .extracting(StockMovementView::reason).containsExactly(INITIAL);
        assertThat(handler.handle(new FindStockLevelQuery(77))).isEmpty();
    }

    private static ResultPage<StockLevelView> levels(String search, ProductStatus status, StockSort sort,
                                                     SortDirection direction) {
        return handler.levels(new FindStockLevelsQuery(search, status, sort, direction, new PageRequest(1, 100)));
    }

    private static List<Long> ids(ResultPage<StockLevelView> page) {
        return page.items().stream().map(StockLevelView::productId).toList();
    }

    /**
     * Product events handed to both projectors that read them in production, the catalog's and the inventory's,
     * each event with its product's sequence number and its timestamp.
     */
    private static final class ProductEvents {

        private final ProductProjector products;
        private final StockMovementProjector movements;
        private final Map<Long, Long> sequences = new HashMap<>();

        ProductEvents(ScratchDatabase database) {
            this.products = new ProductProjector(database.jdbc());
            this.movements = new StockMovementProjector(database.jdbc());
        }

        void created(long id, String nameEn, String nameKh, String sku, int stock, ProductStatus status,
                     boolean trackInventory, String at) {
            ProductCreatedEvent event = new ProductCreatedEvent(ProductId.of(id), details(id, nameEn, nameKh, sku,
                    trackInventory), stock, status);
            products.on(event, Instant.parse(at));
            movements.on(event, next(id), Instant.parse(at));
        }

        void archived(long id, String at) {
            products.on(new ProductArchivedEvent(ProductId.of(id)), Instant.parse(at));
            next(id);
        }

        void stock(long id, int delta, int stockAfter, StockChangeReason reason, String at) {
            StockAdjustedEvent event = new StockAdjustedEvent(ProductId.of(id), delta, stockAfter, reason);
            products.on(event, Instant.parse(at));
            movements.on(event, next(id), Instant.parse(at));
        }

        /** A creation the inventory has recorded and the catalog not yet. */
        void movementOnly(long id, String at) {
            movements.on(new ProductCreatedEvent(ProductId.of(id), details(id, "Pending", null, "SKC-PND-" + id, true),
                    4, ProductStatus.ACTIVE), next(id), Instant.parse(at));
        }

        private long next(long id) {
            long sequence = sequences.getOrDefault(id, -1L) + 1;
            sequences.put(id, sequence);
            return sequence;
        }

        private static ProductDetails details(long id, String nameEn, String nameKh, String sku,
                                              boolean trackInventory) {
            return new ProductDetails(nameEn, nameKh, "product-" + id, null, null, null, sku, null,
                    new BigDecimal("10.00"), null, null, trackInventory, false, null, null, SkinType.ALL, "serums",
                    List.of(), List.of(), null, null, null, null, false, List.of());
        }
    }
}
