package com.skincare.shop.api.ordering;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The admin records how far the packing is. The same status again records nothing. */
public record ChangeFulfillmentStatusCommand(@TargetAggregateIdentifier OrderId orderId,
                                             FulfillmentStatus fulfillmentStatus) {
}
