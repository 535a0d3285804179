package com.skincare.shop.api.cart;

import com.skincare.shop.api.common.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Takes out of the cart the lines a confirmed order bought, and nothing else: a line goes only while it is still
 * the line that was checked out (same line id), so a product put in again after the order stays, and sending the
 * command twice removes nothing the second time.
 */
public record CheckOutCartCommand(@TargetAggregateIdentifier CartId cartId, long orderId, List<Line> lines) {

    public CheckOutCartCommand {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A cart line as it was when the order was placed. */
    public record Line(ProductId productId, long lineId) {
    }
}
