package com.skincare.shop.command;

import com.skincare.shop.api.common.UserId;

/** @param name first and last name, or null when the account keeps none */
public record CustomerContact(UserId userId, String name, String email) {
}
