package com.skincare.shop.query.catalog;

import com.skincare.shop.api.catalog.CategoryView;
import com.skincare.shop.api.catalog.FindCategoriesQuery;
import com.skincare.shop.api.catalog.FindCategoryBySlugQuery;
import com.skincare.shop.api.catalog.FindCategoryQuery;
import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.ResultPage;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CategoryQueryHandlerTest {

    private static ScratchDatabase database;
    private static CategoryQueryHandler handler;

    @BeforeAll
    static void projectTheCategories() {
        database = ScratchDatabase.fresh("query_side_test");
        handler = new CategoryQueryHandler(database.jdbc());
        CatalogEvents catalog = new CatalogEvents(database.jdbc());
        catalog.category(1, "Serums", "serums", true, 1, "2025-01-01T00:00:00Z");
        catalog.category(2, "Hidden", "hidden", false, 2, "2025-01-02T00:00:00Z");
        catalog.category(3, "Toners", "toners", true, 0, "2025-01-03T00:00:00Z");
        catalog.category(4, "Cleansers", "cleansers", true, 1, "2025-01-04T08:30:00Z");
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @Test
    void listsBySortOrderThenNameAndShoppersSeeActiveOnes() {
        assertThat(ids(handler.page(new FindCategoriesQuery(true, new PageRequest(1, 100)))))
                .containsExactly(3L, 4L, 1L);
        assertThat(ids(handler.page(new FindCategoriesQuery(false, new PageRequest(1, 100)))))
                .containsExactly(3L, 4L, 1L, 2L);
    }

    @Test
    void pagesCountEveryVisibleCategory() {
        ResultPage<CategoryView> second = handler.page(new FindCategoriesQuery(true, new PageRequest(2, 2)));
        assertThat(ids(second)).containsExactly(1L);
        assertThat(second.totalItems()).isEqualTo(3);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(handler.page(new FindCategoriesQuery(false, null)).perPage()).isEqualTo(100);
    }

    @Test
    void findsOneByIdOrSlugWithinTheView() {
        assertThat(handler.handle(new FindCategoryBySlugQuery("toners", true))).get()
                .extracting(CategoryView::id).isEqualTo(3L);
        assertThat(handler.handle(new FindCategoryBySlugQuery("hidden", true))).isEmpty();
        assertThat(handler.handle(new FindCategoryBySlugQuery("hidden", false))).isPresent();
        assertThat(handler.handle(new FindCategoryQuery(2, true))).isEmpty();
        assertThat(handler.handle(new FindCategoryQuery(99, false))).isEmpty();

        CategoryView cleansers = handler.handle(new FindCategoryQuery(4, false)).orElseThrow();
        assertThat(cleansers).isEqualTo(new CategoryView(4, "Cleansers", "cleansers", null, null, null, true, 1,
                Instant.parse("2025-01-04T08:30:00Z"), Instant.parse("2025-01-04T08:30:00Z"), 0, List.of()));
    }

    private static List<Long> ids(ResultPage<CategoryView> page) {
        return page.items().stream().map(CategoryView::id).toList();
    }
}
