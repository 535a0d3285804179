package com.skincare.shop.command.identity;

import com.skincare.shop.api.common.UserId;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    @Override
    public Optional<UserId> findUser(String email) {
        return email == null ? Optional.empty() : Optional.ofNullable(emails.get(email.strip().toLowerCase(Locale.ROOT)));
    }

    UserId emailOwner(String email) {
        return emails.get(email);
    }
}
