package com.skincare.shop.query.dashboard;

import com.skincare.shop.api.dashboard.CartConversionView;
import com.skincare.shop.api.dashboard.DashboardStatsView;
import com.skincare.shop.api.dashboard.FindDashboardStatsQuery;
import com.skincare.shop.api.dashboard.FindRecentOrdersQuery;
import com.skincare.shop.api.dashboard.RecentOrderView;
import com.skincare.shop.api.dashboard.ReportRange;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The dashboard over {@link SalesHistory}: the range's figures, the shop as it stands, the newest orders. */
class DashboardQueryHandlerTest {

    private static final ReportRange JUNE_1_TO_10 = new ReportRange(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 10));

    private static ScratchDatabase database;
    private static DashboardQueryHandler handler;

    @BeforeAll
    static void history() {
        database = SalesHistory.write("dashboard_test");
        handler = new DashboardQueryHandler(database.jdbc(), new SalesReportQueryHandler(database.jdbc()),
                new CustomerReportQueryHandler(database.jdbc()));
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @Test
    void theRangesFiguresAreTheReportsOnes() {
        DashboardStatsView stats = handler.handle(new FindDashboardStatsQuery(JUNE_1_TO_10, 10));

        assertThat(stats.from()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(stats.orders()).isEqualTo(5);
        assertThat(stats.cancelledOrders()).isEqualTo(1);
        assertThat(stats.itemsSold()).isEqualTo(12);
        assertThat(stats.grossRevenue().toPlainString()).isEqualTo("121.90");
        assertThat(stats.refunds().toPlainString()).isEqualTo("45.50");
        assertThat(stats.netRevenue().toPlainString()).isEqualTo("76.40");
        assertThat(stats.averageOrderValue().toPlainString()).isEqualTo("24.38");
        assertThat(stats.newCustomers()).isEqualTo(2);
        assertThat(stats.cartConversion()).isEqualTo(new CartConversionView(3, 2, new BigDecimal("0.6667")));
    }

    /**
     * Now: 17 is pending; 18, 19, 12, 13 and 16 await fulfilment; the Cream (3) is low, not the archived mask nor
     * the untracked card; three customers; four active products.
     */
    @Test
    void theShopAsItStandsNow() {
        DashboardStatsView stats = handler.handle(new FindDashboardStatsQuery(JUNE_1_TO_10, 10));

        assertThat(stats.pendingOrders()).isEqualTo(1);
        assertThat(stats.awaitingFulfilment()).isEqualTo(5);
        assertThat(stats.lowStockCount()).isEqualTo(1);
        assertThat(stats.lowStockThreshold()).isEqualTo(10);
        assertThat(stats.totalCustomers()).isEqualTo(3);
        assertThat(stats.activeProducts()).isEqualTo(4);
        assertThat(handler.handle(new FindDashboardStatsQuery(JUNE_1_TO_10, 50)).lowStockCount()).isEqualTo(3);
        assertThat(handler.handle(new FindDashboardStatsQuery(JUNE_1_TO_10, 0)).lowStockCount()).isZero();
    }

    @Test
    void theNewestOrdersComeFirstWithTheirTimeOfPlacing() {
        assertThat(handler.handle(new FindRecentOrdersQuery(3))).extracting(RecentOrderView::id,
                        RecentOrderView::status, RecentOrderView::paymentStatus, RecentOrderView::itemCount,
                        RecentOrderView::totalQuantity, RecentOrderView::placedAt)
                .containsExactly(tuple(17L, "pending", "pending", 1, 1, Instant.parse("2025-06-09T04:00:00Z")),
                        tuple(16L, "confirmed", "pending", 1, 1, Instant.parse("2025-06-09T03:00:00Z")),
                        tuple(15L, "refunded", "refunded", 1, 4, Instant.parse("2025-06-04T03:00:00Z")));
        RecentOrderView twelve = handler.handle(new FindRecentOrdersQuery(100)).stream()
                .filter(o -> o.id() == 12).findFirst().orElseThrow();
        assertThat(twelve.total()).isEqualByComparingTo("25.90");
        assertThat(twelve.itemCount()).isEqualTo(2);
        assertThat(twelve.customerEmail()).isEqualTo("sophea@example.com");
        assertThat(handler.handle(new FindRecentOrdersQuery(100))).hasSize(8);
    }
}
