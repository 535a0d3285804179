package com.skincare.shop.query.dashboard;

import com.skincare.shop.api.dashboard.FindRevenueReportQuery;
import com.skincare.shop.api.dashboard.FindSalesReportQuery;
import com.skincare.shop.api.dashboard.Granularity;
import com.skincare.shop.api.dashboard.ReportRange;
import com.skincare.shop.api.dashboard.RevenuePeriodView;
import com.skincare.shop.api.dashboard.RevenueReportView;
import com.skincare.shop.api.dashboard.SalesPeriodView;
import com.skincare.shop.api.dashboard.SalesReportView;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The sales and revenue reports over {@link SalesHistory}, by day, week and month, in Phnom Penh's days. */
class SalesReportQueryHandlerTest {

    private static final ReportRange JUNE_1_TO_10 = new ReportRange(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 10));

    private static ScratchDatabase database;
    private static SalesReportQueryHandler handler;

    @BeforeAll
    static void history() {
        database = SalesHistory.write("sales_report_test");
        handler = new SalesReportQueryHandler(database.jdbc());
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @Test
    void everyDayIsThereAndEachOrderCountsOnItsPhnomPenhDay() {
        SalesReportView report = handler.handle(new FindSalesReportQuery(JUNE_1_TO_10, Granularity.DAY));

        assertThat(report.granularity()).isEqualTo("day");
        assertThat(report.zone()).isEqualTo("Asia/Phnom_Penh");
        assertThat(report.periods()).hasSize(10);
        assertThat(report.periods()).extracting(SalesPeriodView::period, SalesPeriodView::orders,
                        SalesPeriodView::cancelledOrders, SalesPeriodView::itemsSold, p -> p.grossRevenue().toPlainString(),
                        p -> p.refunds().toPlainString(), p -> p.netRevenue().toPlainString())
                .containsExactly(
                        // 19 (UTC May 31, 00:30 here) and 12; not 18, at 23:00 on May 31 here
                        tuple(day(1), 2L, 0L, 4L, "35.40", "0.00", "35.40"),
                        // 13, placed on UTC June 1 at 18:30, 01:30 on June 2 here
                        tuple(day(2), 1L, 0L, 3L, "23.50", "0.00", "23.50"),
                        // 14 cancelled; 13's 5.00 given back this day
                        tuple(day(3), 0L, 1L, 0L, "0.00", "5.00", "-5.00"),
                        tuple(day(4), 1L, 0L, 4L, "40.50", "0.00", "40.50"),
                        tuple(day(5), 0L, 0L, 0L, "0.00", "40.50", "-40.50"),
                        tuple(day(6), 0L, 0L, 0L, "0.00", "0.00", "0.00"),
                        tuple(day(7), 0L, 0L, 0L, "0.00", "0.00", "0.00"),
                        tuple(day(8), 0L, 0L, 0L, "0.00", "0.00", "0.00"),
                        // 16; 17 is still pending and counts nowhere
                        tuple(day(9), 1L, 0L, 1L, "22.50", "0.00", "22.50"),
                        tuple(day(10), 0L, 0L, 0L, "0.00", "0.00", "0.00"));
        assertThat(report.periods().get(0).averageOrderValue()).isEqualByComparingTo("17.70");
        assertThat(report.periods().get(5).averageOrderValue().toPlainString()).isEqualTo("0.00");
        assertThat(report.periods().get(2).from()).isEqualTo(day(3));
        assertThat(report.periods().get(2).to()).isEqualTo(day(3));
    }

    @Test
    void theTotalIsTheWholeRangeAsOnePeriod() {
        SalesPeriodView total = handler.handle(new FindSalesReportQuery(JUNE_1_TO_10, Granularity.DAY)).total();

        assertThat(total.period()).isEqualTo(day(1));
        assertThat(total.to()).isEqualTo(day(10));
        assertThat(total.orders()).isEqualTo(5);
        assertThat(total.cancelledOrders()).isEqualTo(1);
        assertThat(total.itemsSold()).isEqualTo(12);
        assertThat(total.grossRevenue().toPlainString()).isEqualTo("121.90");
        assertThat(total.refunds().toPlainString()).isEqualTo("45.50");
        assertThat(total.netRevenue().toPlainString()).isEqualTo("76.40");
        assertThat(total.averageOrderValue().toPlainString()).isEqualTo("24.38");
    }

    /** June 1, 2025 is a Sunday: the first week is Monday May 26's, cut to the range's one day of it. */
    @Test
    void weeksStartOnMondayAndAreCutToTheRange() {
        SalesReportView report = handler.handle(new FindSalesReportQuery(JUNE_1_TO_10, Granularity.WEEK));

        assertThat(report.periods()).extracting(SalesPeriodView::period, SalesPeriodView::from, SalesPeriodView::to,
                        SalesPeriodView::orders, p -> p.grossRevenue().toPlainString(), p -> p.netRevenue().toPlainString())
                .containsExactly(
                        tuple(LocalDate.of(2025, 5, 26), day(1), day(1), 2L, "35.40", "35.40"),
                        tuple(day(2), day(2), day(8), 2L, "64.00", "18.50"),
                        tuple(day(9), day(9), day(10), 1L, "22.50", "22.50"));
    }

    @Test
    void monthsAndARangeWithoutSalesAreZerosNotGaps() {
        SalesReportView months = handler.handle(new FindSalesReportQuery(
                new ReportRange(LocalDate.of(2025, 4, 15), LocalDate.of(2025, 6, 30)), Granularity.MONTH));
        assertThat(months.periods()).extracting(SalesPeriodView::period, SalesPeriodView::from, SalesPeriodView::orders)
                .containsExactly(tuple(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 15), 0L),
                        tuple(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 1), 1L),
                        tuple(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1), 5L));
        assertThat(months.total().grossRevenue().toPlainString()).isEqualTo("131.40");

        SalesReportView quiet = handler.handle(new FindSalesReportQuery(
                new ReportRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3)), Granularity.DAY));
        assertThat(quiet.periods()).hasSize(3).allSatisfy(p -> {
            assertThat(p.orders()).isZero();
            assertThat(p.grossRevenue().toPlainString()).isEqualTo("0.00");
        });
    }

    @Test
    void revenueSplitsTheTotalsIntoTheirParts() {
        RevenueReportView report = handler.handle(new FindRevenueReportQuery(JUNE_1_TO_10, Granularity.MONTH));

        RevenuePeriodView june = report.periods().get(0);
        assertThat(report.periods()).hasSize(1);
        assertThat(june.orders()).isEqualTo(5);
        assertThat(june.subtotal()).isEqualByComparingTo("112.00");
        assertThat(june.discounts()).isEqualByComparingTo("2.60");
        assertThat(june.shipping()).isEqualByComparingTo("12.50");
        assertThat(june.tax()).isEqualByComparingTo("0.00");
        assertThat(june.grossRevenue()).isEqualByComparingTo(june.subtotal().subtract(june.discounts())
                .add(june.shipping()).add(june.tax()));
        assertThat(june.refunds()).isEqualByComparingTo("45.50");
        assertThat(june.netRevenue()).isEqualByComparingTo(new BigDecimal("76.40"));
        assertThat(report.total()).isEqualTo(new RevenuePeriodView(day(1), day(1), day(10), 5, june.subtotal(),
                june.discounts(), june.shipping(), june.tax(), june.grossRevenue(), june.refunds(), june.netRevenue()));
    }

    private static LocalDate day(int dayOfJune) {
        return LocalDate.of(2025, 6, dayOfJune);
    }
}
