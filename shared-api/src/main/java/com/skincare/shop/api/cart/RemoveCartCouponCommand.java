package com.skincare.shop.api.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveCartCouponCommand(@TargetAggregateIdentifier CartId cartId) {
}
