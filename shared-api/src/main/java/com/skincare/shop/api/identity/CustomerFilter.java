package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.SkinType;

/**
 * What an admin narrows the user list to; a null value does not narrow. {@code search} is a case-insensitive
 * substring of the email, first name, last name or phone.
 */
public record CustomerFilter(String search, UserRole role, Boolean active, Boolean emailVerified, SkinType skinType,
                             Language language) {

    public static CustomerFilter none() {
        return new CustomerFilter(null, null, null, null, null, null);
    }
}
