package com.skincare.shop.query.dashboard;

import com.skincare.shop.api.dashboard.CartConversionView;
import com.skincare.shop.api.dashboard.CustomerPeriodView;
import com.skincare.shop.api.dashboard.CustomerReportView;
import com.skincare.shop.api.dashboard.FindCustomerReportQuery;
import com.skincare.shop.api.dashboard.Granularity;
import com.skincare.shop.api.dashboard.ReportRange;
import com.skincare.shop.api.dashboard.TopCustomerView;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The customer report over {@link SalesHistory}: sign-ups, buyers first-time or returning, cart conversion. */
class CustomerReportQueryHandlerTest {

    private static final ReportRange JUNE_1_TO_10 = new ReportRange(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 10));

    private static ScratchDatabase database;
    private static CustomerReportQueryHandler handler;

    @BeforeAll
    static void history() {
        database = SalesHistory.write("customer_report_test");
        handler = new CustomerReportQueryHandler(database.jdbc());
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @Test
    void eachDayHasItsSignUpsAndItsBuyers() {
        CustomerReportView report = handler.handle(new FindCustomerReportQuery(JUNE_1_TO_10, Granularity.DAY, 10));

        assertThat(report.periods()).hasSize(10);
        assertThat(report.periods()).extracting(CustomerPeriodView::period, CustomerPeriodView::newCustomers,
                        CustomerPeriodView::buyers, CustomerPeriodView::firstTimeBuyers,
                        CustomerPeriodView::returningBuyers)
                .contains(
                        // Sophea's first order that stands, 19, was placed at 00:30 on June 1 here
                        tuple(day(1), 0L, 1L, 1L, 0L),
                        tuple(day(2), 0L, 1L, 0L, 1L),
                        // Dara signed up at 18:00 UTC on June 2; her order 14 of this day was cancelled
                        tuple(day(3), 1L, 0L, 0L, 0L),
                        // 15 was refunded whole: Dara bought nothing that stands that day
                        tuple(day(4), 0L, 0L, 0L, 0L),
                        // the admin's account is no customer's
                        tuple(day(5), 0L, 0L, 0L, 0L),
                        // Dara's 18 of May 31 came before
                        tuple(day(9), 0L, 1L, 0L, 1L),
                        tuple(day(10), 1L, 0L, 0L, 0L));
    }

    @Test
    void theWholeRangeCountsEachBuyerOnce() {
        CustomerReportView report = handler.handle(new FindCustomerReportQuery(JUNE_1_TO_10, Granularity.WEEK, 10));

        assertThat(report.totalCustomers()).isEqualTo(3);
        assertThat(report.total()).isEqualTo(new CustomerPeriodView(day(1), day(1), day(10), 2, 2, 1, 1));
        assertThat(report.periods()).extracting(CustomerPeriodView::period, CustomerPeriodView::buyers,
                        CustomerPeriodView::firstTimeBuyers)
                .containsExactly(tuple(LocalDate.of(2025, 5, 26), 1L, 1L), tuple(day(2), 1L, 0L),
                        tuple(day(9), 1L, 0L));
    }

    /**
     * Sophea and Dara bought; Vanna left a line in her cart on June 10; Sophea's own cart line does not make her a
     * second shopper, and Dara's of May 20 is outside the range.
     */
    @Test
    void cartConversionIsBuyersAmongCustomersWhoShopped() {
        CustomerReportView report = handler.handle(new FindCustomerReportQuery(JUNE_1_TO_10, Granularity.DAY, 10));

        assertThat(report.cartConversion()).isEqualTo(new CartConversionView(3, 2, new BigDecimal("0.6667")));
        CustomerReportView quiet = handler.handle(new FindCustomerReportQuery(
                new ReportRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)), Granularity.MONTH, 10));
        assertThat(quiet.cartConversion()).isEqualTo(new CartConversionView(0, 0, new BigDecimal("0.0000")));
    }

    /** Sophea: 19, 12 and 13 less its refund (9.50 + 25.90 + 18.50); Dara: 16 alone, 14 and 15 no longer stand. */
    @Test
    void theBestCustomersSpentMostOnOrdersThatStand() {
        CustomerReportView report = handler.handle(new FindCustomerReportQuery(JUNE_1_TO_10, Granularity.DAY, 10));

        assertThat(report.topCustomers()).extracting(TopCustomerView::userId, TopCustomerView::name,
                        TopCustomerView::email, TopCustomerView::orders, c -> c.spent().toPlainString())
                .containsExactly(tuple(7L, "Sophea Chan", "sophea@example.com", 3L, "53.90"),
                        tuple(8L, "Dara Chan", "dara@example.com", 1L, "22.50"));
        assertThat(handler.handle(new FindCustomerReportQuery(JUNE_1_TO_10, Granularity.DAY, 1)).topCustomers())
                .extracting(TopCustomerView::userId).containsExactly(7L);
    }

    private static LocalDate day(int dayOfJune) {
        return LocalDate.of(2025, 6, dayOfJune);
    }
}
