package com.skincare.shop.api.identity;

/** Answers an {@code Optional<UserView>}: the user with this id, if the read model has them. */
public record FindUserQuery(long userId) {
}
