package com.skincare.shop.command;

import com.skincare.shop.api.common.UserId;

import java.util.Optional;

/**
 * Who a customer is, for a context that records it (an order keeps the customer's name and email), without
 * reaching into identity. Only for command handlers: it loads the user in the handler's unit of work.
 */
public interface CustomerDirectory {

    /** The customer's name and email now, or empty for no such user or a deleted one. */
    Optional<CustomerContact> contact(UserId user);
}
