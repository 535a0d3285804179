package com.skincare.shop.command.identity;

import com.skincare.shop.api.identity.ActivateUserCommand;
import com.skincare.shop.api.identity.AddAddressCommand;
import com.skincare.shop.api.identity.AddressAddedEvent;
import com.skincare.shop.api.identity.AddressRemovedEvent;
import com.skincare.shop.api.identity.AddressType;
import com.skincare.shop.api.identity.AddressUpdatedEvent;
import com.skincare.shop.api.identity.AnalyticsAccessGrantedEvent;
import com.skincare.shop.api.identity.AnalyticsAccessRevokedEvent;
import com.skincare.shop.api.identity.AuthenticateUserCommand;
import com.skincare.shop.api.identity.AuthenticatedAccount;
import com.skincare.shop.api.identity.ChangePasswordCommand;
import com.skincare.shop.api.identity.DeleteUserCommand;
import com.skincare.shop.api.identity.EmailVerifiedEvent;
import com.skincare.shop.api.identity.GrantAnalyticsAccessCommand;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.identity.PasswordChangedEvent;
import com.skincare.shop.api.identity.PasswordResetEvent;
import com.skincare.shop.api.identity.PasswordResetRequestedEvent;
import com.skincare.shop.api.identity.ProfileUpdatedEvent;
import com.skincare.shop.command.CustomerContact;
import com.skincare.shop.api.identity.RegisterUserCommand;
import com.skincare.shop.api.identity.RemoveAddressCommand;
import com.skincare.shop.api.identity.RequestPasswordResetCommand;
import com.skincare.shop.api.identity.ResendVerificationCommand;
import com.skincare.shop.api.identity.ResetPasswordCommand;
import com.skincare.shop.api.identity.RevokeAnalyticsAccessCommand;
import com.skincare.shop.api.identity.SetDefaultAddressCommand;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.identity.SuspendUserCommand;
import com.skincare.shop.api.identity.UpdateAddressCommand;
import com.skincare.shop.api.identity.UpdateProfileCommand;
import com.skincare.shop.api.identity.UpdateUserCommand;
import com.skincare.shop.api.identity.UserActivatedEvent;
import com.skincare.shop.api.identity.UserDeletedEvent;
import com.skincare.shop.api.identity.UserProfile;
import com.skincare.shop.api.identity.UserRegisteredEvent;
import com.skincare.shop.api.identity.UserRole;
import com.skincare.shop.api.identity.UserRoleChangedEvent;
import com.skincare.shop.api.identity.UserSuspendedEvent;
import com.skincare.shop.api.identity.VerificationReissuedEvent;
import com.skincare.shop.api.identity.VerifyEmailCommand;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static com.skincare.shop.command.identity.IdentityFixtures.EMAIL;
import static com.skincare.shop.command.identity.IdentityFixtures.GIFT;
import static com.skincare.shop.command.identity.IdentityFixtures.HASHER;
import static com.skincare.shop.command.identity.IdentityFixtures.HOME;
import static com.skincare.shop.command.identity.IdentityFixtures.NEW_PASSWORD;
import static com.skincare.shop.command.identity.IdentityFixtures.NEW_PASSWORD_HASH;
import static com.skincare.shop.command.identity.IdentityFixtures.NEW_RESET_TOKEN_HASH;
import static com.skincare.shop.command.identity.IdentityFixtures.NEW_VERIFICATION_TOKEN_HASH;
import static com.skincare.shop.command.identity.IdentityFixtures.NOW;
import static com.skincare.shop.command.identity.IdentityFixtures.OTHER_USER;
import static com.skincare.shop.command.identity.IdentityFixtures.PARENTS;
import static com.skincare.shop.command.identity.IdentityFixtures.PASSWORD;
import static com.skincare.shop.command.identity.IdentityFixtures.PASSWORD_HASH;
import static com.skincare.shop.command.identity.IdentityFixtures.RESET_EXPIRES_AT;
import static com.skincare.shop.command.identity.IdentityFixtures.RESET_TOKEN_HASH;
import static com.skincare.shop.command.identity.IdentityFixtures.USER;
import static com.skincare.shop.command.identity.IdentityFixtures.VERIFICATION_EXPIRES_AT;
import static com.skincare.shop.command.identity.IdentityFixtures.VERIFICATION_TOKEN_HASH;
import static com.skincare.shop.command.identity.IdentityFixtures.WORK;
import static com.skincare.shop.command.identity.IdentityFixtures.ADMIN;
import static com.skincare.shop.command.identity.IdentityFixtures.addAddress;
import static com.skincare.shop.command.identity.IdentityFixtures.token;
import static com.skincare.shop.command.identity.IdentityFixtures.verificationReissued;
import static com.skincare.shop.command.identity.IdentityFixtures.address;
import static com.skincare.shop.command.identity.IdentityFixtures.addressAdded;
import static com.skincare.shop.command.RejectionMatchers.conflict;
import static com.skincare.shop.command.identity.IdentityFixtures.defaultAddressSet;
import static com.skincare.shop.command.identity.IdentityFixtures.deleted;
import static com.skincare.shop.command.identity.IdentityFixtures.emailVerified;
import static com.skincare.shop.command.RejectionMatchers.invalid;
import static com.skincare.shop.command.RejectionMatchers.notFound;
import static com.skincare.shop.command.identity.IdentityFixtures.profile;
import static com.skincare.shop.command.identity.IdentityFixtures.registerUser;
import static com.skincare.shop.command.identity.IdentityFixtures.registered;
import static com.skincare.shop.command.identity.IdentityFixtures.resetRequested;
import static com.skincare.shop.command.RejectionMatchers.ruleBroken;
import static com.skincare.shop.command.identity.IdentityFixtures.suspended;
import static com.skincare.shop.command.identity.IdentityFixtures.withAddresses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserTest {

    private InMemoryUserLookup lookup;
    private FixtureConfiguration<User> fixture;

    @BeforeEach
    void setUp() {
        lookup = new InMemoryUserLookup();
        fixture = new AggregateTestFixture<>(User.class);
        fixture.registerInjectableResource(lookup);
        fixture.registerInjectableResource(HASHER);
    }

    @Nested
    class Register {

        @Test
        void registersAnAccountTheShopVouchesForAsVerified() {
            fixture.givenNoPriorActivity()
                    .when(RegisterUserCommand.verified(USER, EMAIL, PASSWORD_HASH, profile().build(), UserRole.ADMIN, NOW))
                    .expectEvents(new UserRegisteredEvent(USER, EMAIL, PASSWORD_HASH, profile().build(), UserRole.ADMIN,
                            null), new EmailVerifiedEvent(USER, NOW));
        }

        @Test
        void aRegistrationIsEitherToBeVerifiedOrVerified() {
            assertThatThrownBy(() -> new RegisterUserCommand(USER, EMAIL, PASSWORD_HASH, profile().build(), null, null,
                    null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new RegisterUserCommand(USER, EMAIL, PASSWORD_HASH, profile().build(), null,
                    token(VERIFICATION_TOKEN_HASH, VERIFICATION_EXPIRES_AT), NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void registersACustomer() {
            fixture.givenNoPriorActivity()
                    .when(registerUser())
                    .expectEvents(registered());
        }

        @Test
        void registeringClaimsTheEmail() {
            fixture.givenNoPriorActivity()
                    .when(registerUser())
                    .expectSuccessfulHandlerExecution();

            assertThat(lookup.emailOwner(EMAIL)).isEqualTo(USER);
        }

        @Test
        void keepsTheEmailTrimmedAndLowerCase() {
            fixture.givenNoPriorActivity()
                    .when(registerUser("  Sophea.Chan@Example.COM ", profile().build(), UserRole.CUSTOMER))
                    .expectEvents(registered());

            assertThat(lookup.emailOwner(EMAIL)).isEqualTo(USER);
        }

        @Test
        void anAbsentSkinTypeLanguageAndRoleTakeTheDocumentedDefaults() {
            UserProfile withoutChoices = profile().skinType(null).language(null).build();
            UserProfile withDefaults = profile().skinType(SkinType.NORMAL).language(Language.EN).build();

            fixture.givenNoPriorActivity()
                    .when(registerUser(EMAIL, withoutChoices, null))
                    .expectEvents(registered(withDefaults, UserRole.CUSTOMER));
        }

        @Test
        void registersAnAdminWhenTheCallerSaysSo() {
            fixture.givenNoPriorActivity()
                    .when(registerUser(EMAIL, profile().build(), UserRole.ADMIN))
                    .expectEvents(registered(profile().build(), UserRole.ADMIN));
        }

        @Test
        void cannotRegisterATakenEmail() {
            lookup.claimEmail(OTHER_USER, EMAIL);

            fixture.givenNoPriorActivity()
                    .when(registerUser())
                    .expectException(conflict("EMAIL_TAKEN", "email"))
                    .expectNoEvents();

            assertThat(lookup.emailOwner(EMAIL)).isEqualTo(OTHER_USER);
        }

        @Test
        void cannotRegisterATakenEmailInAnotherCase() {
            lookup.claimEmail(OTHER_USER, EMAIL);

            fixture.givenNoPriorActivity()
                    .when(registerUser("SOPHEA.CHAN@example.com", profile().build(), UserRole.CUSTOMER))
                    .expectException(conflict("EMAIL_TAKEN", "email"));
        }

        @Test
        void cannotRegisterWithoutEmail() {
            fixture.givenNoPriorActivity()
                    .when(registerUser(null, profile().build(), UserRole.CUSTOMER))
                    .expectException(invalid("email"));
        }

        @Test
        void cannotRegisterWithABlankEmail() {
            fixture.givenNoPriorActivity()
                    .when(registerUser("   ", profile().build(), UserRole.CUSTOMER))
                    .expectException(invalid("email"));
        }

        @Test
        void cannotRegisterSomethingThatIsNoEmail() {
            fixture.givenNoPriorActivity()
                    .when(registerUser("sophea.chan.example.com", profile().build(), UserRole.CUSTOMER))
                    .expectException(invalid("email"))
                    .expectNoEvents();
        }

        @Test
        void cannotRegisterWithoutFirstName() {
            fixture.givenNoPriorActivity()
                    .when(registerUser(EMAIL, profile().firstName(" ").build(), UserRole.CUSTOMER))
                    .expectException(invalid("first_name"))
                    .expectNoEvents();
        }

        @Test
        void cannotRegisterWithoutLastName() {
            fixture.givenNoPriorActivity()
                    .when(registerUser(EMAIL, profile().lastName(null).build(), UserRole.CUSTOMER))
                    .expectException(invalid("last_name"));
        }

        @Test
        void aRefusedRegistrationClaimsNothing() {
            fixture.givenNoPriorActivity()
                    .when(registerUser(EMAIL, profile().firstName("").build(), UserRole.CUSTOMER))
                    .expectException(invalid("first_name"));

            assertThat(lookup.emailOwner(EMAIL)).isNull();
        }
    }

    @Nested
    class VerifyEmail {

        @Test
        void verifiesWithTheMailedToken() {
            fixture.given(registered())
                    .when(new VerifyEmailCommand(USER, VERIFICATION_TOKEN_HASH, NOW))
                    .expectEvents(new EmailVerifiedEvent(USER, NOW));
        }

        @Test
        void verifiesUpToTheLastMomentBeforeExpiry() {
            fixture.given(registered())
                    .when(new VerifyEmailCommand(USER, VERIFICATION_TOKEN_HASH, VERIFICATION_EXPIRES_AT.minusMillis(1)))
                    .expectEvents(new EmailVerifiedEvent(USER, VERIFICATION_EXPIRES_AT.minusMillis(1)));
        }

        @Test
        void cannotVerifyWithAWrongToken() {
            fixture.given(registered())
                    .when(new VerifyEmailCommand(USER, NEW_VERIFICATION_TOKEN_HASH, NOW))
                    .expectException(ruleBroken("TOKEN_INVALID"))
                    .expectExceptionMessage(User.TOKEN_INVALID_MESSAGE)
                    .expectNoEvents();
        }

        @Test
        void cannotVerifyWithAnExpiredToken() {
            fixture.given(registered())
                    .when(new VerifyEmailCommand(USER, VERIFICATION_TOKEN_HASH, VERIFICATION_EXPIRES_AT.plusSeconds(1)))
                    .expectException(ruleBroken("TOKEN_INVALID"))
                    .expectExceptionMessage(User.TOKEN_INVALID_MESSAGE)
                    .expectNoEvents();
        }

        @Test
        void aTokenHasExpiredAtItsExpiryInstant() {
            fixture.given(registered())
                    .when(new VerifyEmailCommand(USER, VERIFICATION_TOKEN_HASH, VERIFICATION_EXPIRES_AT))
                    .expectException(ruleBroken("TOKEN_INVALID"));
        }

        @Test
        void cannotVerifyWithAReplacedToken() {
            fixture.given(registered(), verificationReissued(NEW_VERIFICATION_TOKEN_HASH, NOW.plus(Duration.ofHours(24))))
                    .when(new VerifyEmailCommand(USER, VERIFICATION_TOKEN_HASH, NOW))
                    .expectException(ruleBroken("TOKEN_INVALID"));
        }

        @Test
        void verifiesWithTheReissuedToken() {
            fixture.given(registered(), verificationReissued(NEW_VERIFICATION_TOKEN_HASH, NOW.plus(Duration.ofHours(24))))
                    .when(new VerifyEmailCommand(USER, NEW_VERIFICATION_TOKEN_HASH, NOW))
                    .expectEvents(new EmailVerifiedEvent(USER, NOW));
        }

        @Test
        void aSpentTokenIsRefusedLikeAWrongOne() {
            fixture.given(registered(), emailVerified())
                    .when(new VerifyEmailCommand(USER, VERIFICATION_TOKEN_HASH, NOW))
                    .expectException(ruleBroken("TOKEN_INVALID"))
                    .expectNoEvents();
        }

        @Test
        void cannotVerifyAnUnknownUser() {
            fixture.givenNoPriorActivity()
                    .when(new VerifyEmailCommand(USER, VERIFICATION_TOKEN_HASH, NOW))
                    .expectException(AggregateNotFoundException.class);
        }
    }

    @Nested
    class ResendVerification {

        private final ResendVerificationCommand resend = new ResendVerificationCommand(USER,
                token(NEW_VERIFICATION_TOKEN_HASH, NOW.plus(Duration.ofHours(24))), NOW);

        @Test
        void issuesANewToken() {
            fixture.given(registered())
                    .when(resend)
                    .expectEvents(verificationReissued(NEW_VERIFICATION_TOKEN_HASH, NOW.plus(Duration.ofHours(24))));
        }

        @Test
        void issuesANewTokenOnceTheFirstHasExpired() {
            ResendVerificationCommand later = new ResendVerificationCommand(USER,
                    token(NEW_VERIFICATION_TOKEN_HASH, VERIFICATION_EXPIRES_AT.plus(Duration.ofDays(3))),
                    VERIFICATION_EXPIRES_AT.plus(Duration.ofDays(2)));

            fixture.given(registered())
                    .when(later)
                    .expectEvents(verificationReissued(NEW_VERIFICATION_TOKEN_HASH, VERIFICATION_EXPIRES_AT.plus(Duration.ofDays(3))));
        }

        @Test
        void cannotResendOnceVerified() {
            fixture.given(registered(), emailVerified())
                    .when(resend)
                    .expectException(ruleBroken("ALREADY_VERIFIED"))
                    .expectNoEvents();
        }

        @Test
        void aNewTokenMustExpireAfterNow() {
            assertThatThrownBy(() -> new ResendVerificationCommand(USER, token(NEW_VERIFICATION_TOKEN_HASH, NOW), NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class RequestPasswordReset {

        @Test
        void issuesAResetToken() {
            fixture.given(registered())
                    .when(new RequestPasswordResetCommand(USER, token(RESET_TOKEN_HASH, RESET_EXPIRES_AT)))
                    .expectEvents(resetRequested(RESET_TOKEN_HASH));
        }

        @Test
        void aNewRequestReplacesTheEarlierToken() {
            fixture.given(registered(), resetRequested(RESET_TOKEN_HASH))
                    .when(new RequestPasswordResetCommand(USER, token(NEW_RESET_TOKEN_HASH, RESET_EXPIRES_AT)))
                    .expectEvents(resetRequested(NEW_RESET_TOKEN_HASH));
        }

        @Test
        void cannotRequestForASuspendedAccount() {
            fixture.given(registered(), suspended())
                    .when(new RequestPasswordResetCommand(USER, token(RESET_TOKEN_HASH, RESET_EXPIRES_AT)))
                    .expectException(ruleBroken("ACCOUNT_SUSPENDED"))
                    .expectNoEvents();
        }
    }

    @Nested
    class ResetPassword {

        @Test
        void resetsWithTheMailedToken() {
            fixture.given(registered(), resetRequested(RESET_TOKEN_HASH))
                    .when(new ResetPasswordCommand(USER, RESET_TOKEN_HASH, NEW_PASSWORD_HASH, NOW))
                    .expectEvents(new PasswordResetEvent(USER, NEW_PASSWORD_HASH));
        }

        @Test
        void cannotResetWithAWrongToken() {
            fixture.given(registered(), resetRequested(RESET_TOKEN_HASH))
                    .when(new ResetPasswordCommand(USER, NEW_RESET_TOKEN_HASH, NEW_PASSWORD_HASH, NOW))
                    .expectException(ruleBroken("TOKEN_INVALID"))
                    .expectExceptionMessage(User.TOKEN_INVALID_MESSAGE)
                    .expectNoEvents();
        }

        @Test
        void cannotResetWithAnExpiredToken() {
            fixture.given(registered(), resetRequested(RESET_TOKEN_HASH))
                    .when(new ResetPasswordCommand(USER, RESET_TOKEN_HASH, NEW_PASSWORD_HASH,
                            RESET_EXPIRES_AT.plusSeconds(1)))
                    .expectException(ruleBroken("TOKEN_INVALID"))
                    .expectExceptionMessage(User.TOKEN_INVALID_MESSAGE)
                    .expectNoEvents();
        }

        @Test
        void cannotResetWithoutARequest() {
            fixture.given(registered())
                    .when(new ResetPasswordCommand(USER, RESET_TOKEN_HASH, NEW_PASSWORD_HASH, NOW))
                    .expectException(ruleBroken("TOKEN_INVALID"));
        }

        @Test
        void cannotResetTwiceWithOneToken() {
            fixture.given(registered(), resetRequested(RESET_TOKEN_HASH),
                            new PasswordResetEvent(USER, NEW_PASSWORD_HASH))
                    .when(new ResetPasswordCommand(USER, RESET_TOKEN_HASH, HASHER.hash("Angkor-dawn-77"), NOW))
                    .expectException(ruleBroken("TOKEN_INVALID"))
                    .expectExceptionMessage(User.TOKEN_INVALID_MESSAGE);
        }

        @Test
        void cannotResetWithAReplacedToken() {
            fixture.given(registered(), resetRequested(RESET_TOKEN_HASH), resetRequested(NEW_RESET_TOKEN_HASH))
                    .when(new ResetPasswordCommand(USER, RESET_TOKEN_HASH, NEW_PASSWORD_HASH, NOW))
                    .expectException(ruleBroken("TOKEN_INVALID"));
        }

        @Test
        void resetsWithTheReplacingToken() {
            fixture.given(registered(), resetRequested(RESET_TOKEN_HASH), resetRequested(NEW_RESET_TOKEN_HASH))
                    .when(new ResetPasswordCommand(USER, NEW_RESET_TOKEN_HASH, NEW_PASSWORD_HASH, NOW))
                    .expectEvents(new PasswordResetEvent(USER, NEW_PASSWORD_HASH));
        }

        @Test
        void cannotResetOnceThePasswordWasChanged() {
            fixture.given(registered(), resetRequested(RESET_TOKEN_HASH),
                            new PasswordChangedEvent(USER, NEW_PASSWORD_HASH))
                    .when(new ResetPasswordCommand(USER, RESET_TOKEN_HASH, HASHER.hash("Angkor-dawn-77"), NOW))
                    .expectException(ruleBroken("TOKEN_INVALID"));
        }

        @Test
        void cannotResetASuspendedAccount() {
            fixture.given(registered(), resetRequested(RESET_TOKEN_HASH), suspended())
                    .when(new ResetPasswordCommand(USER, RESET_TOKEN_HASH, NEW_PASSWORD_HASH, NOW))
                    .expectException(ruleBroken("ACCOUNT_SUSPENDED"))
                    .expectNoEvents();
        }

        @Test
        void withoutAValidTokenASuspendedAccountIsNotRevealed() {
            fixture.given(registered(), resetRequested(RESET_TOKEN_HASH), suspended())
                    .when(new ResetPasswordCommand(USER, NEW_RESET_TOKEN_HASH, NEW_PASSWORD_HASH, NOW))
                    .expectException(ruleBroken("TOKEN_INVALID"));
        }
    }

    @Nested
    class ChangePassword {

        private final String thirdPasswordHash = HASHER.hash("Tonle-Sap-2026");

        @Test
        void changesWhenTheCurrentPasswordMatches() {
            fixture.given(registered())
                    .when(new ChangePasswordCommand(USER, PASSWORD, NEW_PASSWORD_HASH))
                    .expectEvents(new PasswordChangedEvent(USER, NEW_PASSWORD_HASH));
        }

        @Test
        void cannotChangeWithAWrongCurrentPassword() {
            fixture.given(registered())
                    .when(new ChangePasswordCommand(USER, "kampot-pepper-2025", NEW_PASSWORD_HASH))
                    .expectException(invalid("current_password"))
                    .expectNoEvents();
        }

        @Test
        void cannotChangeWithoutTheCurrentPassword() {
            fixture.given(registered())
                    .when(new ChangePasswordCommand(USER, null, NEW_PASSWORD_HASH))
                    .expectException(invalid("current_password"));
        }

        @Test
        void aResetPasswordIsTheCurrentOne() {
            fixture.given(registered(), resetRequested(RESET_TOKEN_HASH),
                            new PasswordResetEvent(USER, NEW_PASSWORD_HASH))
                    .when(new ChangePasswordCommand(USER, NEW_PASSWORD, thirdPasswordHash))
                    .expectEvents(new PasswordChangedEvent(USER, thirdPasswordHash));
        }

        @Test
        void aReplacedPasswordNoLongerCounts() {
            fixture.given(registered(), new PasswordChangedEvent(USER, NEW_PASSWORD_HASH))
                    .when(new ChangePasswordCommand(USER, PASSWORD, thirdPasswordHash))
                    .expectException(invalid("current_password"));
        }

        @Test
        void cannotChangeWhileSuspended() {
            fixture.given(registered(), suspended())
                    .when(new ChangePasswordCommand(USER, PASSWORD, NEW_PASSWORD_HASH))
                    .expectException(ruleBroken("ACCOUNT_SUSPENDED"))
                    .expectNoEvents();
        }

        @Test
        void theCommandNeverShowsAPassword() {
            String shown = new ChangePasswordCommand(USER, PASSWORD, NEW_PASSWORD_HASH).toString();

            assertThat(shown).contains("user-7").doesNotContain(PASSWORD).doesNotContain(NEW_PASSWORD_HASH);
        }
    }

    @Nested
    class UpdateProfile {

        private final UserProfile renamed = profile().lastName("Sok").skinType(SkinType.SENSITIVE).build();

        @Test
        void replacesTheProfile() {
            fixture.given(registered())
                    .when(new UpdateProfileCommand(USER, renamed))
                    .expectEvents(new ProfileUpdatedEvent(USER, renamed));
        }

        @Test
        void anAbsentSkinTypeAndLanguageTakeTheDocumentedDefaults() {
            fixture.given(registered())
                    .when(new UpdateProfileCommand(USER, profile().skinType(null).language(null).build()))
                    .expectEvents(new ProfileUpdatedEvent(USER,
                            profile().skinType(SkinType.NORMAL).language(Language.EN).build()));
        }

        @Test
        void cannotClearTheFirstName() {
            fixture.given(registered())
                    .when(new UpdateProfileCommand(USER, profile().firstName("").build()))
                    .expectException(invalid("first_name"))
                    .expectNoEvents();
        }

        @Test
        void cannotClearTheLastName() {
            fixture.given(registered())
                    .when(new UpdateProfileCommand(USER, profile().lastName(" ").build()))
                    .expectException(invalid("last_name"));
        }

        @Test
        void cannotUpdateWhileSuspended() {
            fixture.given(registered(), suspended())
                    .when(new UpdateProfileCommand(USER, renamed))
                    .expectException(ruleBroken("ACCOUNT_SUSPENDED"))
                    .expectNoEvents();
        }

        @Test
        void updatesAgainOnceActivated() {
            fixture.given(registered(), suspended(), new UserActivatedEvent(USER))
                    .when(new UpdateProfileCommand(USER, renamed))
                    .expectEvents(new ProfileUpdatedEvent(USER, renamed));
        }
    }

    @Nested
    class AddAddress {

        @Test
        void theFirstAddressBecomesTheDefault() {
            fixture.given(registered())
                    .when(addAddress(HOME, false))
                    .expectEvents(addressAdded(HOME), defaultAddressSet(HOME));
        }

        @Test
        void aLaterAddressLeavesTheDefaultAlone() {
            fixture.given(withAddresses(HOME))
                    .when(addAddress(WORK, false))
                    .expectEvents(addressAdded(WORK));
        }

        @Test
        void aLaterAddressBecomesTheDefaultWhenAsked() {
            fixture.given(withAddresses(HOME))
                    .when(addAddress(WORK, true))
                    .expectEvents(addressAdded(WORK), defaultAddressSet(WORK));
        }

        @Test
        void anAddressWithoutTypeIsForShipping() {
            AddAddressCommand untyped = new AddAddressCommand(USER, HOME, address().type(null).build(), false);

            fixture.given(registered())
                    .when(untyped)
                    .expectEvents(new AddressAddedEvent(USER, HOME, address().type(AddressType.SHIPPING).build()),
                            defaultAddressSet(HOME));
        }

        @Test
        void cannotAddAnEleventhAddress() {
            fixture.given(withAddresses(tenAddresses()))
                    .when(addAddress(GIFT + 100, false))
                    .expectException(ruleBroken("TOO_MANY_ADDRESSES"))
                    .expectNoEvents();
        }

        @Test
        void aRemovedAddressFreesItsPlace() {
            List<Object> history = withAddresses(tenAddresses());
            history.add(new AddressRemovedEvent(USER, WORK));

            fixture.given(history)
                    .when(addAddress(GIFT + 100, false))
                    .expectEvents(addressAdded(GIFT + 100));
        }

        @Test
        void cannotAddAnAddressIdTwice() {
            fixture.given(withAddresses(HOME))
                    .when(addAddress(HOME, false))
                    .expectException(conflict("ADDRESS_EXISTS", "address_id"))
                    .expectNoEvents();
        }

        @Test
        void cannotAddWithoutAddressLine1() {
            fixture.given(registered())
                    .when(new AddAddressCommand(USER, HOME, address().addressLine1(" ").build(), false))
                    .expectException(invalid("address_line1"))
                    .expectNoEvents();
        }

        @Test
        void cannotAddWithoutCity() {
            fixture.given(registered())
                    .when(new AddAddressCommand(USER, HOME, address().city(null).build(), false))
                    .expectException(invalid("city"));
        }

        @Test
        void cannotAddWithoutPostalCode() {
            fixture.given(registered())
                    .when(new AddAddressCommand(USER, HOME, address().postalCode("").build(), false))
                    .expectException(invalid("postal_code"));
        }

        @Test
        void cannotAddWithoutCountry() {
            fixture.given(registered())
                    .when(new AddAddressCommand(USER, HOME, address().country(null).build(), false))
                    .expectException(invalid("country"));
        }

        private long[] tenAddresses() {
            return LongStream.range(HOME, HOME + User.MAX_ADDRESSES).toArray();
        }
    }

    @Nested
    class UpdateAddress {

        @Test
        void replacesTheAddress() {
            fixture.given(withAddresses(HOME, WORK))
                    .when(new UpdateAddressCommand(USER, WORK, address().type(AddressType.BILLING).build()))
                    .expectEvents(new AddressUpdatedEvent(USER, WORK, address().type(AddressType.BILLING).build()));
        }

        @Test
        void theDefaultStaysTheDefault() {
            fixture.given(withAddresses(HOME, WORK))
                    .when(new UpdateAddressCommand(USER, HOME, address().city("Siem Reap").build()))
                    .expectEvents(new AddressUpdatedEvent(USER, HOME, address().city("Siem Reap").build()));
        }

        @Test
        void cannotUpdateAnUnknownAddress() {
            fixture.given(withAddresses(HOME))
                    .when(new UpdateAddressCommand(USER, WORK, address().build()))
                    .expectException(notFound("ADDRESS_NOT_FOUND"))
                    .expectNoEvents();
        }

        @Test
        void cannotUpdateARemovedAddress() {
            List<Object> history = withAddresses(HOME, WORK);
            history.add(new AddressRemovedEvent(USER, WORK));

            fixture.given(history)
                    .when(new UpdateAddressCommand(USER, WORK, address().build()))
                    .expectException(notFound("ADDRESS_NOT_FOUND"));
        }

        @Test
        void cannotClearTheCity() {
            fixture.given(withAddresses(HOME))
                    .when(new UpdateAddressCommand(USER, HOME, address().city(" ").build()))
                    .expectException(invalid("city"))
                    .expectNoEvents();
        }
    }

    @Nested
    class RemoveAddress {

        @Test
        void removesAnAddressThatIsNotTheDefault() {
            fixture.given(withAddresses(HOME, WORK))
                    .when(new RemoveAddressCommand(USER, WORK))
                    .expectEvents(new AddressRemovedEvent(USER, WORK));
        }

        @Test
        void removingTheDefaultMakesTheOldestRemainingAddressTheDefault() {
            fixture.given(withAddresses(PARENTS, WORK, HOME, GIFT))
                    .when(new RemoveAddressCommand(USER, PARENTS))
                    .expectEvents(new AddressRemovedEvent(USER, PARENTS), defaultAddressSet(WORK));
        }

        @Test
        void removingALaterDefaultAlsoFallsBackToTheOldest() {
            List<Object> history = withAddresses(HOME, WORK, GIFT);
            history.add(defaultAddressSet(GIFT));

            fixture.given(history)
                    .when(new RemoveAddressCommand(USER, GIFT))
                    .expectEvents(new AddressRemovedEvent(USER, GIFT), defaultAddressSet(HOME));
        }

        @Test
        void removingTheLastAddressLeavesNoDefault() {
            fixture.given(withAddresses(HOME))
                    .when(new RemoveAddressCommand(USER, HOME))
                    .expectEvents(new AddressRemovedEvent(USER, HOME));
        }

        @Test
        void theNextAddressAfterTheLastWasRemovedBecomesTheDefault() {
            List<Object> history = withAddresses(HOME);
            history.add(new AddressRemovedEvent(USER, HOME));

            fixture.given(history)
                    .when(addAddress(WORK, false))
                    .expectEvents(addressAdded(WORK), defaultAddressSet(WORK));
        }

        @Test
        void cannotRemoveAnUnknownAddress() {
            fixture.given(withAddresses(HOME))
                    .when(new RemoveAddressCommand(USER, WORK))
                    .expectException(notFound("ADDRESS_NOT_FOUND"))
                    .expectNoEvents();
        }

        @Test
        void cannotRemoveAnAddressTwice() {
            List<Object> history = withAddresses(HOME, WORK);
            history.add(new AddressRemovedEvent(USER, WORK));

            fixture.given(history)
                    .when(new RemoveAddressCommand(USER, WORK))
                    .expectException(notFound("ADDRESS_NOT_FOUND"));
        }
    }

    @Nested
    class SetDefaultAddress {

        @Test
        void makesTheAddressTheDefault() {
            fixture.given(withAddresses(HOME, WORK))
                    .when(new SetDefaultAddressCommand(USER, WORK))
                    .expectEvents(defaultAddressSet(WORK));
        }

        @Test
        void theCurrentDefaultRecordsNothing() {
            fixture.given(withAddresses(HOME, WORK))
                    .when(new SetDefaultAddressCommand(USER, HOME))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void cannotSetAnUnknownAddress() {
            fixture.given(withAddresses(HOME))
                    .when(new SetDefaultAddressCommand(USER, WORK))
                    .expectException(notFound("ADDRESS_NOT_FOUND"))
                    .expectNoEvents();
        }

        @Test
        void cannotSetARemovedAddress() {
            List<Object> history = withAddresses(HOME, WORK);
            history.add(new AddressRemovedEvent(USER, WORK));

            fixture.given(history)
                    .when(new SetDefaultAddressCommand(USER, WORK))
                    .expectException(notFound("ADDRESS_NOT_FOUND"));
        }
    }

    @Nested
    class Authenticate {

        @Test
        void theRightPasswordSignsInWithTheRole() {
            fixture.given(registered(profile().build(), UserRole.MODERATOR))
                    .when(new AuthenticateUserCommand(USER, PASSWORD))
                    .expectNoEvents()
                    .expectResultMessagePayload(new AuthenticatedAccount(USER, EMAIL, UserRole.MODERATOR, false, false));
        }

        @Test
        void saysWhetherTheEmailIsVerified() {
            fixture.given(registered(), emailVerified())
                    .when(new AuthenticateUserCommand(USER, PASSWORD))
                    .expectResultMessagePayload(new AuthenticatedAccount(USER, EMAIL, UserRole.CUSTOMER, true, false));
        }

        @Test
        void cannotSignInWithAWrongPassword() {
            fixture.given(registered())
                    .when(new AuthenticateUserCommand(USER, "kampot-pepper-2025"))
                    .expectException(ruleBroken("INVALID_CREDENTIALS"))
                    .expectNoEvents();
        }

        @Test
        void cannotSignInWithoutAPassword() {
            fixture.given(registered())
                    .when(new AuthenticateUserCommand(USER, null))
                    .expectException(ruleBroken("INVALID_CREDENTIALS"));
        }

        @Test
        void aChangedPasswordReplacesTheOldOne() {
            fixture.given(registered(), new PasswordChangedEvent(USER, NEW_PASSWORD_HASH))
                    .when(new AuthenticateUserCommand(USER, PASSWORD))
                    .expectException(ruleBroken("INVALID_CREDENTIALS"));
            fixture.given(registered(), new PasswordChangedEvent(USER, NEW_PASSWORD_HASH))
                    .when(new AuthenticateUserCommand(USER, NEW_PASSWORD))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aSuspendedUserWithTheRightPasswordLearnsOfTheSuspension() {
            fixture.given(registered(), suspended())
                    .when(new AuthenticateUserCommand(USER, PASSWORD))
                    .expectException(ruleBroken("ACCOUNT_SUSPENDED"));
        }

        @Test
        void aWrongPasswordSaysNothingOfASuspension() {
            fixture.given(registered(), suspended())
                    .when(new AuthenticateUserCommand(USER, "wrong-password-1"))
                    .expectException(ruleBroken("INVALID_CREDENTIALS"));
        }

        @Test
        void aDeletedUserCannotSignInAndIsNotToldWhy() {
            fixture.given(registered(), deleted())
                    .when(new AuthenticateUserCommand(USER, PASSWORD))
                    .expectException(ruleBroken("INVALID_CREDENTIALS"));
        }

        @Test
        void signsInWithTheRoleItWasLastGiven() {
            fixture.given(registered(), new UserRoleChangedEvent(USER, UserRole.ADMIN))
                    .when(new AuthenticateUserCommand(USER, PASSWORD))
                    .expectResultMessagePayload(new AuthenticatedAccount(USER, EMAIL, UserRole.ADMIN, false, false));
        }
    }

    @Nested
    class AnalyticsAccess {

        @Test
        void aGrantIsRecordedOnceAndCarriedAtSignIn() {
            fixture.given(registered())
                    .when(new GrantAnalyticsAccessCommand(USER))
                    .expectEvents(new AnalyticsAccessGrantedEvent(USER));
            fixture.given(registered(), new AnalyticsAccessGrantedEvent(USER))
                    .when(new GrantAnalyticsAccessCommand(USER))
                    .expectNoEvents();
            fixture.given(registered(), new AnalyticsAccessGrantedEvent(USER))
                    .when(new AuthenticateUserCommand(USER, PASSWORD))
                    .expectResultMessagePayload(new AuthenticatedAccount(USER, EMAIL, UserRole.CUSTOMER, false, true));
        }

        @Test
        void aRevokedGrantIsGoneAtSignIn() {
            fixture.given(registered(), new AnalyticsAccessGrantedEvent(USER))
                    .when(new RevokeAnalyticsAccessCommand(USER))
                    .expectEvents(new AnalyticsAccessRevokedEvent(USER));
            fixture.given(registered(), new AnalyticsAccessGrantedEvent(USER), new AnalyticsAccessRevokedEvent(USER))
                    .when(new AuthenticateUserCommand(USER, PASSWORD))
                    .expectResultMessagePayload(new AuthenticatedAccount(USER, EMAIL, UserRole.CUSTOMER, false, false));
        }

        @Test
        void revokingWhatWasNeverGrantedRecordsNothing() {
            fixture.given(registered())
                    .when(new RevokeAnalyticsAccessCommand(USER))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aDeletedUserGetsNoGrant() {
            fixture.given(registered(), deleted())
                    .when(new GrantAnalyticsAccessCommand(USER))
                    .expectException(notFound("USER_NOT_FOUND"))
                    .expectNoEvents();
        }
    }

    @Nested
    class UpdateByAnAdmin {

        @Test
        void replacesTheProfileAndMakesACustomerAModerator() {
            UserProfile edited = profile().firstName("Sreypov").build();

            fixture.given(registered())
                    .when(new UpdateUserCommand(USER, edited, UserRole.MODERATOR, ADMIN))
                    .expectEvents(new ProfileUpdatedEvent(USER, edited), new UserRoleChangedEvent(USER, UserRole.MODERATOR));
        }

        @Test
        void withoutARoleOrWithTheSameOneOnlyTheProfileChanges() {
            fixture.given(registered(), new UserRoleChangedEvent(USER, UserRole.MODERATOR))
                    .when(new UpdateUserCommand(USER, profile().build(), UserRole.MODERATOR, ADMIN))
                    .expectEvents(new ProfileUpdatedEvent(USER, profile().build()));
            fixture.given(registered())
                    .when(new UpdateUserCommand(USER, profile().build(), null, ADMIN))
                    .expectEvents(new ProfileUpdatedEvent(USER, profile().build()));
        }

        @Test
        void worksOnASuspendedAccount() {
            fixture.given(registered(), suspended())
                    .when(new UpdateUserCommand(USER, profile().lastName("Meas").build(), null, ADMIN))
                    .expectEvents(new ProfileUpdatedEvent(USER, profile().lastName("Meas").build()));
        }

        @Test
        void anAdminCannotChangeTheirOwnRoleAndThenNothingChanges() {
            fixture.given(registered(profile().build(), UserRole.ADMIN))
                    .when(new UpdateUserCommand(USER, profile().firstName("Renamed").build(), UserRole.CUSTOMER, USER))
                    .expectException(ruleBroken("SELF_ADMINISTRATION"))
                    .expectNoEvents();
        }

        @Test
        void anAdminEditsTheirOwnProfileRestatingTheirRole() {
            fixture.given(registered(profile().build(), UserRole.ADMIN))
                    .when(new UpdateUserCommand(USER, profile().firstName("Renamed").build(), UserRole.ADMIN, USER))
                    .expectEvents(new ProfileUpdatedEvent(USER, profile().firstName("Renamed").build()));
        }

        @Test
        void theProfileMustHaveAName() {
            fixture.given(registered())
                    .when(new UpdateUserCommand(USER, profile().firstName(" ").build(), UserRole.MODERATOR, ADMIN))
                    .expectException(invalid("first_name"))
                    .expectNoEvents();
        }
    }

    @Nested
    class MailsGoWhereAndHowTheUserWants {

        @Test
        void aResetMailFollowsTheLanguageOfTheLatestProfile() {
            UserProfile english = profile().language(Language.EN).build();

            fixture.given(registered(), new ProfileUpdatedEvent(USER, english))
                    .when(new RequestPasswordResetCommand(USER, token(RESET_TOKEN_HASH, RESET_EXPIRES_AT)))
                    .expectEvents(new PasswordResetRequestedEvent(USER, EMAIL, Language.EN,
                            token(RESET_TOKEN_HASH, RESET_EXPIRES_AT)));
        }

        @Test
        void aVerificationMailGoesInTheLanguageRegisteredWith() {
            fixture.given(registered())
                    .when(new ResendVerificationCommand(USER, token(NEW_VERIFICATION_TOKEN_HASH,
                            NOW.plus(Duration.ofHours(24))), NOW))
                    .expectEvents(new VerificationReissuedEvent(USER, EMAIL, Language.KH,
                            token(NEW_VERIFICATION_TOKEN_HASH, NOW.plus(Duration.ofHours(24)))));
        }
    }

    @Nested
    class SuspendAndActivate {

        @Test
        void suspendsWithAReason() {
            fixture.given(registered())
                    .when(new SuspendUserCommand(USER, "Repeated chargebacks", ADMIN))
                    .expectEvents(new UserSuspendedEvent(USER, "Repeated chargebacks"));
        }

        @Test
        void suspendsWithoutAReason() {
            fixture.given(registered())
                    .when(new SuspendUserCommand(USER, null, ADMIN))
                    .expectEvents(new UserSuspendedEvent(USER, null));
        }

        @Test
        void cannotSuspendTwice() {
            fixture.given(registered(), suspended())
                    .when(new SuspendUserCommand(USER, "Again", ADMIN))
                    .expectException(ruleBroken("ALREADY_SUSPENDED"))
                    .expectNoEvents();
        }

        @Test
        void activatesASuspendedUser() {
            fixture.given(registered(), suspended())
                    .when(new ActivateUserCommand(USER))
                    .expectEvents(new UserActivatedEvent(USER));
        }

        @Test
        void suspendsAgainAfterActivation() {
            fixture.given(registered(), suspended(), new UserActivatedEvent(USER))
                    .when(new SuspendUserCommand(USER, "Again", ADMIN))
                    .expectEvents(new UserSuspendedEvent(USER, "Again"));
        }

        @Test
        void anAdminCannotSuspendThemselves() {
            fixture.given(registered(profile().build(), UserRole.ADMIN))
                    .when(new SuspendUserCommand(USER, "Oops", USER))
                    .expectException(ruleBroken("SELF_ADMINISTRATION"))
                    .expectNoEvents();
        }

        @Test
        void cannotActivateAnActiveUser() {
            fixture.given(registered())
                    .when(new ActivateUserCommand(USER))
                    .expectException(ruleBroken("ALREADY_ACTIVE"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Delete {

        @Test
        void deletesAndReleasesTheEmail() {
            lookup.claimEmail(USER, EMAIL);

            fixture.given(registered())
                    .when(new DeleteUserCommand(USER, ADMIN))
                    .expectEvents(new UserDeletedEvent(USER));

            assertThat(lookup.emailOwner(EMAIL)).isNull();
            assertThat(lookup.claimEmail(OTHER_USER, EMAIL)).as("the email registers again").isTrue();
        }

        @Test
        void deletesASuspendedUser() {
            fixture.given(registered(), suspended())
                    .when(new DeleteUserCommand(USER, ADMIN))
                    .expectEvents(new UserDeletedEvent(USER));
        }

        @Test
        void anAdminCannotDeleteThemselves() {
            lookup.claimEmail(USER, EMAIL);

            fixture.given(registered(profile().build(), UserRole.ADMIN))
                    .when(new DeleteUserCommand(USER, USER))
                    .expectException(ruleBroken("SELF_ADMINISTRATION"))
                    .expectNoEvents();

            assertThat(lookup.emailOwner(EMAIL)).isEqualTo(USER);
        }

        @Test
        void cannotDeleteTwice() {
            fixture.given(registered(), deleted())
                    .when(new DeleteUserCommand(USER, ADMIN))
                    .expectException(notFound("USER_NOT_FOUND"))
                    .expectNoEvents();
        }

        @Test
        void deletingTwiceLeavesTheEmailsNewOwnerAlone() {
            lookup.claimEmail(OTHER_USER, EMAIL);

            fixture.given(registered(), deleted())
                    .when(new DeleteUserCommand(USER, ADMIN))
                    .expectException(notFound("USER_NOT_FOUND"));

            assertThat(lookup.emailOwner(EMAIL)).isEqualTo(OTHER_USER);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandButRegister")
    void aDeletedUserIsNotFoundByAnyCommand(String name, Object command) {
        List<Object> history = withAddresses(HOME);
        history.add(resetRequested(RESET_TOKEN_HASH));
        history.add(deleted());

        fixture.given(history)
                .when(command)
                .expectException(notFound("USER_NOT_FOUND"))
                .expectNoEvents();
    }

    static Stream<Arguments> everyCommandButRegister() {
        return Stream.of(
                new VerifyEmailCommand(USER, VERIFICATION_TOKEN_HASH, NOW),
                new ResendVerificationCommand(USER,
                token(NEW_VERIFICATION_TOKEN_HASH, NOW.plus(Duration.ofHours(24))), NOW),
                new RequestPasswordResetCommand(USER, token(NEW_RESET_TOKEN_HASH, RESET_EXPIRES_AT)),
                new ResetPasswordCommand(USER, RESET_TOKEN_HASH, NEW_PASSWORD_HASH, NOW),
                new ChangePasswordCommand(USER, PASSWORD, NEW_PASSWORD_HASH),
                new UpdateProfileCommand(USER, profile().build()),
                addAddress(WORK, false),
                new UpdateAddressCommand(USER, HOME, address().build()),
                new RemoveAddressCommand(USER, HOME),
                new SetDefaultAddressCommand(USER, HOME),
                new UpdateUserCommand(USER, profile().build(), UserRole.MODERATOR, ADMIN),
                new SuspendUserCommand(USER, "Too late", ADMIN),
                new ActivateUserCommand(USER),
                new DeleteUserCommand(USER, ADMIN)
        ).map(command -> Arguments.of(command.getClass().getSimpleName(), command));
    }

    /** What an order records of its customer: the name as the profile has it now, and the email. */
    @Nested
    class Contact {

        @Test
        void givesTheNameAndEmailOfTheLatestProfile() {
            fixture.given(registered(), new ProfileUpdatedEvent(USER, profile().firstName("Dara").lastName("Kim").build()))
                    .when(new UpdateProfileCommand(USER, profile().firstName("Dara").lastName("Kim").build()))
                    .expectState(user -> assertThat(user.contact()).contains(
                            new CustomerContact(USER, "Dara Kim", EMAIL)));
        }
    }
}
