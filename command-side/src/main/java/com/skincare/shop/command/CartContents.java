package com.skincare.shop.command;

import com.skincare.shop.api.common.UserId;

import java.util.List;

/**
 * A customer's cart lines as the Cart aggregate holds them, for the checkout without reaching into the cart. Only
 * for command handlers: it loads the cart in the handler's unit of work.
 */
public interface CartContents {

    /** The lines in the order they were added; empty for a cart that never held anything. */
    List<CartLine> lines(UserId customer);
}
