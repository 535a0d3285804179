package com.skincare.shop.command.identity;

import com.skincare.shop.api.identity.Address;
import com.skincare.shop.api.identity.AddressType;

/** An address as a write answers it, from the command; the list with the default is read on the query side. */
public record AddressResponse(long id, long userId, AddressType type, String firstName, String lastName,
                              String company, String addressLine1, String addressLine2, String city, String state,
                              String postalCode, String country, String phone) {

    static AddressResponse of(long id, long userId, Address address) {
        return new AddressResponse(id, userId, address.type(), address.firstName(), address.lastName(),
                address.company(), address.addressLine1(), address.addressLine2(), address.city(), address.state(),
                address.postalCode(), address.country(), address.phone());
    }
}
