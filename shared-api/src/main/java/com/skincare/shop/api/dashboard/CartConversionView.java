package com.skincare.shop.api.dashboard;

import java.math.BigDecimal;

/**
 * Cart to order conversion over a range, from what the read tables hold: {@code shoppers} are the customers who
 * placed an order that stands in the range, plus those who changed a cart line in the range and still have it
 * (checked-out lines leave the cart); {@code buyers} are the first group; {@code rate} is buyers / shoppers, from
 * 0 to 1 with four decimals, 0 when nobody shopped.
 */
public record CartConversionView(long shoppers, long buyers, BigDecimal rate) {
}
