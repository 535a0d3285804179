package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

/**
 * The user is gone for every purpose and their email is free to register again, as a new user with a new id.
 * The read model must drop the row (its addresses go with it) rather than flag it, or the documented unique
 * email would refuse the next registration of the address.
 */
public record UserDeletedEvent(UserId userId) {
}
