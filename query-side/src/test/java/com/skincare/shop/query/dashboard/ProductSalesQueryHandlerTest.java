package com.skincare.shop.query.dashboard;

import com.skincare.shop.api.dashboard.FindProductReportQuery;
import com.skincare.shop.api.dashboard.FindTopProductsQuery;
import com.skincare.shop.api.dashboard.ProductRanking;
import com.skincare.shop.api.dashboard.ProductReportView;
import com.skincare.shop.api.dashboard.ReportRange;
import com.skincare.shop.api.dashboard.TopCategoryView;
import com.skincare.shop.api.dashboard.TopProductView;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What sold over {@link SalesHistory}: the lines of 19, 12, 13 and 16 (14 was cancelled, 15 refunded whole, 17 is
 * pending, 18 was placed before the range). Serum 2 units for 19.00; Toner 5 for 35.00 in three orders; Cream 1
 * for 20.00.
 */
class ProductSalesQueryHandlerTest {

    private static final ReportRange JUNE_1_TO_10 = new ReportRange(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 10));

    private static ScratchDatabase database;
    private static ProductSalesQueryHandler handler;

    @BeforeAll
    static void history() {
        database = SalesHistory.write("product_sales_test");
        handler = new ProductSalesQueryHandler(database.jdbc());
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @Test
    void topProductsByRevenueAndByUnits() {
        assertThat(handler.handle(new FindTopProductsQuery(JUNE_1_TO_10, ProductRanking.REVENUE, 10)))
                .extracting(TopProductView::productId, TopProductView::nameEn, TopProductView::sku,
                        TopProductView::unitsSold, TopProductView::orders, p -> p.revenue().toPlainString())
                .containsExactly(tuple(6L, "Toner", "SKU-6", 5L, 3L, "35.00"),
                        tuple(7L, "Cream", "SKU-7", 1L, 1L, "20.00"),
                        tuple(5L, "Serum", "SKU-5", 2L, 1L, "19.00"));
        assertThat(handler.handle(new FindTopProductsQuery(JUNE_1_TO_10, ProductRanking.UNITS, 2)))
                .extracting(TopProductView::productId).containsExactly(6L, 5L);
        assertThat(handler.handle(new FindTopProductsQuery(JUNE_1_TO_10, ProductRanking.REVENUE, 1)).get(0).nameKh())
                .isEqualTo("Toner KH");
    }

    /** Toner is in both categories and counts in each; the Cream only in Toners. */
    @Test
    void theProductReportHasTotalsAndTheBestCategories() {
        ProductReportView report = handler.handle(new FindProductReportQuery(JUNE_1_TO_10, 10));

        assertThat(report.productsSold()).isEqualTo(3);
        assertThat(report.unitsSold()).isEqualTo(8);
        assertThat(report.revenue().toPlainString()).isEqualTo("74.00");
        assertThat(report.topProducts()).extracting(TopProductView::productId).containsExactly(6L, 7L, 5L);
        assertThat(report.topCategories()).extracting(TopCategoryView::categoryId, TopCategoryView::slug,
                        TopCategoryView::productsSold, TopCategoryView::unitsSold, TopCategoryView::orders,
                        c -> c.revenue().toPlainString())
                .containsExactly(tuple(2L, "toners", 2L, 6L, 4L, "55.00"),
                        tuple(1L, "serums", 2L, 7L, 3L, "54.00"));
    }

    @Test
    void aRangeWithoutSalesHasNothing() {
        ProductReportView report = handler.handle(new FindProductReportQuery(
                new ReportRange(LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 10)), 10));

        assertThat(report.productsSold()).isZero();
        assertThat(report.revenue().toPlainString()).isEqualTo("0.00");
        assertThat(report.topProducts()).isEmpty();
        assertThat(report.topCategories()).isEmpty();
    }
}
