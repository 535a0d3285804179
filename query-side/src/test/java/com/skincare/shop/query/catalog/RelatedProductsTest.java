package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.FindRelatedProductsQuery;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.catalog.ProductView;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RelatedProductsTest {

    private static ScratchDatabase database;
    private static ProductQueryHandler handler;

    @BeforeAll
    static void projectTheCatalog() {
        database = ScratchDatabase.fresh("query_side_related_test");
        handler = new ProductQueryHandler(database.jdbc());
        CatalogEvents catalog = new CatalogEvents(database.jdbc());
        catalog.subcategory(1, "serums", null, true, 0, "2025-01-01T00:00:00Z");
        catalog.subcategory(2, "brightening", null, true, 0, "2025-01-01T00:00:01Z");
        catalog.subcategory(3, "gone-quiet", null, false, 0, "2025-01-01T00:00:02Z");
        catalog.product(1, "Vitamin C Serum", null).category("serum").skinType(SkinType.DRY).concerns("dullness")
                .inCategories(1, 2, 3).createdAt("2025-02-01T00:00:00Z");
        catalog.product(2, "Niacinamide Serum", null).category("serum").concerns("pores")
                .inCategories(1).createdAt("2025-02-01T00:00:01Z");
        catalog.product(3, "Brightening Serum", null).category("serum").concerns("pores")
                .inCategories(1, 2).createdAt("2025-02-01T00:00:02Z");
        catalog.product(4, "Serum without a category", null).category("serum").concerns("pores")
                .createdAt("2025-02-01T00:00:03Z");
        catalog.product(5, "Dullness Mask", null).category("mask").concerns("dullness")
                .createdAt("2025-02-01T00:00:04Z");
        catalog.product(6, "Unrelated Cleanser", null).category("cleanser").concerns("oiliness")
                .createdAt("2025-02-01T00:00:05Z");
        catalog.product(7, "Archived Serum", null).category("serum").inCategories(1, 2)
                .status(ProductStatus.ARCHIVED).createdAt("2025-02-01T00:00:06Z");
        // Sharing only an inactive category relates nothing.
        catalog.product(8, "Quiet Toner", null).category("toner").concerns("redness").inCategories(3)
                .createdAt("2025-02-01T00:00:07Z");
        catalog.product(9, "Dry Skin Serum", null).category("serum").skinType(SkinType.DRY).concerns("pores")
                .createdAt("2025-02-01T00:00:08Z");
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @Test
    void theClosestComeFirstAndTheUnrelatedNotAtAll() {
        assertThat(related(1, 10)).containsExactly(3L, 2L, 9L, 4L, 5L);
    }

    @Test
    void takesNoMoreThanAsked() {
        assertThat(related(1, 2)).containsExactly(3L, 2L);
    }

    @Test
    void comeWithTheirCategoriesAndWithoutCostPrices() {
        ProductView first = handler.handle(new FindRelatedProductsQuery(1, 1)).get(0);
        assertThat(first.categories()).extracting(c -> c.slug()).containsExactly("brightening", "serums");
        assertThat(first.costPrice()).isNull();
    }

    @Test
    void aHiddenOrUnknownProductHasNoRelatedOnes() {
        assertThat(related(7, 10)).isEmpty();
        assertThat(related(99, 10)).isEmpty();
    }

    private static List<Long> related(long id, int limit) {
        return handler.handle(new FindRelatedProductsQuery(id, limit)).stream().map(ProductView::id).toList();
    }
}
