package com.skincare.shop.command.cart;

import com.skincare.shop.api.cart.CartId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.command.CartContents;
import com.skincare.shop.command.CartLine;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The cart's answer to the checkout: the Cart aggregate itself, loaded in the caller's unit of work, since the
 * {@code shopping_cart} projection may not have the line the customer added a moment ago.
 */
@Component
public class AggregateCartContents implements CartContents {

    /** Axon builds the repository after the handlers' resources, so it is fetched when first needed. */
    private final ObjectProvider<Repository<Cart>> carts;

    public AggregateCartContents(ObjectProvider<Repository<Cart>> carts) {
        this.carts = carts;
    }

    @Override
    public List<CartLine> lines(UserId customer) {
        try {
            return carts.getObject().load(CartId.of(customer).toString()).invoke(Cart::lines);
        } catch (AggregateNotFoundException e) {
            return List.of();
        }
    }
}
