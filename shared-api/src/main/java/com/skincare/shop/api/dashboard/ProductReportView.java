package com.skincare.shop.api.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What sold in a range: how many products and units, their line revenue, the best products and categories. */
public record ProductReportView(
        LocalDate from,
        LocalDate to,
        String zone,
        long productsSold,
        long unitsSold,
        BigDecimal revenue,
        List<TopProductView> topProducts,
        List<TopCategoryView> topCategories) {
}
