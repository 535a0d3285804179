package com.skincare.shop.command.identity;

import com.skincare.shop.api.identity.AddAddressCommand;
import com.skincare.shop.api.identity.Address;
import com.skincare.shop.api.identity.AddressAddedEvent;
import com.skincare.shop.api.identity.AddressType;
import com.skincare.shop.api.identity.DefaultAddressSetEvent;
import com.skincare.shop.api.identity.EmailToken;
import com.skincare.shop.api.identity.EmailVerifiedEvent;
import com.skincare.shop.api.identity.Gender;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.identity.PasswordResetRequestedEvent;
import com.skincare.shop.api.identity.RegisterUserCommand;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.identity.UserDeletedEvent;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.identity.UserProfile;
import com.skincare.shop.api.identity.UserRegisteredEvent;
import com.skincare.shop.api.identity.UserRole;
import com.skincare.shop.api.identity.UserSuspendedEvent;
import com.skincare.shop.api.identity.VerificationReissuedEvent;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Commands, events and expectations of the user aggregate's tests, with defaults worth reading. */
final class IdentityFixtures {

    static final UserId USER = UserId.of(7);
    static final UserId OTHER_USER = UserId.of(8);
    /** The admin who suspends, deletes and promotes in these tests. */
    static final UserId ADMIN = UserId.of(1);
    static final String EMAIL = "sophea.chan@example.com";

    static final PasswordHasher HASHER = new FastPasswordHasher();
    static final String PASSWORD = "Kampot-pepper-2025";
    static final String PASSWORD_HASH = HASHER.hash(PASSWORD);
    static final String NEW_PASSWORD = "Mekong-sunrise-88";
    static final String NEW_PASSWORD_HASH = HASHER.hash(NEW_PASSWORD);

    /** Registration happened an hour before every "now" of the tests. */
    static final Instant REGISTERED_AT = Instant.parse("2025-06-02T08:30:00Z");
    static final Instant NOW = REGISTERED_AT.plus(Duration.ofHours(1));

    static final String VERIFICATION_TOKEN_HASH = "sha256:verification-token-1";
    static final String NEW_VERIFICATION_TOKEN_HASH = "sha256:verification-token-2";
    static final Instant VERIFICATION_EXPIRES_AT = REGISTERED_AT.plus(Duration.ofHours(24));
    static final String RESET_TOKEN_HASH = "sha256:reset-token-1";
    static final String NEW_RESET_TOKEN_HASH = "sha256:reset-token-2";
    static final Instant RESET_EXPIRES_AT = NOW.plus(Duration.ofHours(1));

    static final long HOME = 301L;
    static final long WORK = 302L;
    static final long GIFT = 303L;
    static final long PARENTS = 304L;

    private IdentityFixtures() {
    }

    static ProfileBuilder profile() {
        return new ProfileBuilder();
    }

    static AddressBuilder address() {
        return new AddressBuilder();
    }

    static RegisterUserCommand registerUser() {
        return registerUser(EMAIL, profile().build(), UserRole.CUSTOMER);
    }

    static RegisterUserCommand registerUser(String email, UserProfile profile, UserRole role) {
        return RegisterUserCommand.unverified(USER, email, PASSWORD_HASH, profile, role,
                token(VERIFICATION_TOKEN_HASH, VERIFICATION_EXPIRES_AT));
    }

    /** A token as the event store keeps it; the sealed form only has to differ from token to token here. */
    static EmailToken token(String hash, Instant expiresAt) {
        return new EmailToken(hash, "sealed:" + hash, expiresAt);
    }

    static UserRegisteredEvent registered() {
        return registered(profile().build(), UserRole.CUSTOMER);
    }

    static UserRegisteredEvent registered(UserProfile profile, UserRole role) {
        return new UserRegisteredEvent(USER, EMAIL, PASSWORD_HASH, profile, role,
                token(VERIFICATION_TOKEN_HASH, VERIFICATION_EXPIRES_AT));
    }

    static VerificationReissuedEvent verificationReissued(String tokenHash, Instant expiresAt) {
        return new VerificationReissuedEvent(USER, EMAIL, Language.KH, token(tokenHash, expiresAt));
    }

    static EmailVerifiedEvent emailVerified() {
        return new EmailVerifiedEvent(USER, NOW);
    }

    static PasswordResetRequestedEvent resetRequested(String tokenHash) {
        return new PasswordResetRequestedEvent(USER, EMAIL, Language.KH, token(tokenHash, RESET_EXPIRES_AT));
    }

    static AddAddressCommand addAddress(long addressId, boolean makeDefault) {
        return new AddAddressCommand(USER, addressId, address().build(), makeDefault);
    }

    static AddressAddedEvent addressAdded(long addressId) {
        return new AddressAddedEvent(USER, addressId, address().build());
    }

    static DefaultAddressSetEvent defaultAddressSet(long addressId) {
        return new DefaultAddressSetEvent(USER, addressId);
    }

    /** A registered user with these addresses, added in this order; the first became the default. */
    static List<Object> withAddresses(long... addressIds) {
        List<Object> history = new ArrayList<>();
        history.add(registered());
        for (long addressId : addressIds) {
            history.add(addressAdded(addressId));
            if (addressId == addressIds[0]) {
                history.add(defaultAddressSet(addressId));
            }
        }
        return history;
    }

    static UserSuspendedEvent suspended() {
        return new UserSuspendedEvent(USER, "Repeated chargebacks");
    }

    static UserDeletedEvent deleted() {
        return new UserDeletedEvent(USER);
    }

    /** A profile with one value changed at a time; every test starts from the same customer. */
    static final class ProfileBuilder {

        private String firstName = "Sophea";
        private String lastName = "Chan";
        private SkinType skinType = SkinType.COMBINATION;
        private Language language = Language.KH;

        ProfileBuilder firstName(String firstName) {
            this.firstName = firstName;
            return this;
        }

        ProfileBuilder lastName(String lastName) {
            this.lastName = lastName;
            return this;
        }

        ProfileBuilder skinType(SkinType skinType) {
            this.skinType = skinType;
            return this;
        }

        ProfileBuilder language(Language language) {
            this.language = language;
            return this;
        }

        UserProfile build() {
            return new UserProfile(firstName, lastName, "+855 12 345 678", LocalDate.of(1994, 3, 15), Gender.FEMALE,
                    skinType, language);
        }
    }

    /** An address with one value changed at a time; every test starts from the same home in Phnom Penh. */
    static final class AddressBuilder {

        private AddressType type = AddressType.SHIPPING;
        private String addressLine1 = "No. 12, Street 240";
        private String city = "Phnom Penh";
        private String postalCode = "12207";
        private String country = "Cambodia";

        AddressBuilder type(AddressType type) {
            this.type = type;
            return this;
        }

        AddressBuilder addressLine1(String addressLine1) {
            this.addressLine1 = addressLine1;
            return this;
        }

        AddressBuilder city(String city) {
            this.city = city;
            return this;
        }

        AddressBuilder postalCode(String postalCode) {
            this.postalCode = postalCode;
            return this;
        }

        AddressBuilder country(String country) {
            this.country = country;
            return this;
        }

        Address build() {
            return new Address(type, "Sophea", "Chan", null, addressLine1, "Sangkat Chaktomuk", city, null,
                    postalCode, country, "+855 12 345 678");
        }
    }
}
