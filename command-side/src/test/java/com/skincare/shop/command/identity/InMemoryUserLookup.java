package com.skincare.shop.command.identity;

import com.skincare.shop.api.identity.UserId;

import java.util.HashMap;
import java.util.Map;

/** {@link UserLookup} in a map, for aggregate tests; it keeps the same promises minus the transactions. */
class InMemoryUserLookup implements UserLookup {

    private final Map<String, UserId> emails = new HashMap<>();

    @Override
    public boolean claimEmail(UserId user, String email) {
        return emails.computeIfAbsent(email, key -> user).equals(user);
    }

    @Override
    public void releaseEmail(UserId user, String email) {
        emails.remove(email, user);
    }

    UserId emailOwner(String email) {
        return emails.get(email);
    }
}
