package com.skincare.shop.command.identity;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.identity.ActivateUserCommand;
import com.skincare.shop.api.identity.AddAddressCommand;
import com.skincare.shop.api.identity.Address;
import com.skincare.shop.api.identity.AddressAddedEvent;
import com.skincare.shop.api.identity.AddressRemovedEvent;
import com.skincare.shop.api.identity.AddressUpdatedEvent;
import com.skincare.shop.api.identity.AnalyticsAccessGrantedEvent;
import com.skincare.shop.api.identity.AnalyticsAccessRevokedEvent;
import com.skincare.shop.api.identity.AuthenticateUserCommand;
import com.skincare.shop.api.identity.AuthenticatedAccount;
import com.skincare.shop.api.identity.ChangePasswordCommand;
import com.skincare.shop.api.identity.DefaultAddressSetEvent;
import com.skincare.shop.api.identity.DeleteUserCommand;
import com.skincare.shop.api.identity.EmailVerifiedEvent;
import com.skincare.shop.api.identity.GrantAnalyticsAccessCommand;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.identity.PasswordChangedEvent;
import com.skincare.shop.api.identity.PasswordResetEvent;
import com.skincare.shop.api.identity.PasswordResetRequestedEvent;
import com.skincare.shop.api.identity.ProfileUpdatedEvent;
import com.skincare.shop.api.identity.RegisterUserCommand;
import com.skincare.shop.api.identity.RemoveAddressCommand;
import com.skincare.shop.api.identity.RequestPasswordResetCommand;
import com.skincare.shop.api.identity.ResendVerificationCommand;
import com.skincare.shop.api.identity.ResetPasswordCommand;
import com.skincare.shop.api.identity.RevokeAnalyticsAccessCommand;
import com.skincare.shop.api.identity.SetDefaultAddressCommand;
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
import com.skincare.shop.command.CustomerContact;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import static com.skincare.shop.command.Refusals.conflict;
import static com.skincare.shop.command.Refusals.invalid;
import static com.skincare.shop.command.Refusals.notFound;
import static com.skincare.shop.command.Refusals.require;
import static com.skincare.shop.command.Refusals.rule;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A user account: customer, admin or moderator. It keeps only what its rules and its orders need: the email it
 * owns, its name (which an order records), its role and language, the password hash, the hashes of its pending verification and reset tokens, whether it is
 * verified, suspended or deleted, and its addresses' ids; the rest of the profile and the addresses travel in
 * the events for the projectors. Time and tokens come in the commands, so the rules are the same on every replay.
 * <p>
 * Snapshots are JSON through the event store's plain Jackson mapper, hence the field visibility.
 */
@Revision(User.SNAPSHOT_REVISION)
@Aggregate(snapshotTriggerDefinition = IdentityAxonConfiguration.SNAPSHOT_TRIGGER)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class User {

    /**
     * Moves on whenever the aggregate keeps something new, so a snapshot of an older shape is passed over and the
     * user is rebuilt from their events instead (2: the name, for orders).
     */
    static final String SNAPSHOT_REVISION = "2";

    /** Home, work and a few gift addresses; keeps the aggregate and its snapshot small. */
    static final int MAX_ADDRESSES = 10;

    /** The one answer to every token that does not work, whatever the reason. */
    static final String TOKEN_INVALID_MESSAGE = "The link is invalid or has expired";

    /** The one answer to every sign-in that fails before the password is proven, whatever the reason. */
    static final String INVALID_CREDENTIALS_MESSAGE = "Invalid email or password";

    /** Only what makes it an address at all; the request layer checks the full syntax before a command is sent. */
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+");

    @AggregateIdentifier
    private UserId userId;
    private String email;
    private String firstName;
    private String lastName;
    private UserRole role;
    private Language language;
    private String passwordHash;
    private boolean emailVerified;
    private String verificationTokenHash;
    private Instant verificationExpiresAt;
    private String resetTokenHash;
    private Instant resetExpiresAt;
    private boolean suspended;
    private boolean deleted;
    /** The event feed, granted apart from the documented role, whose values must not change. */
    private boolean analyticsAccess;
    /** In the order they were added: when the default goes, the oldest remaining one takes over. */
    private List<Long> addressIds = new ArrayList<>();
    private Long defaultAddressId;

    protected User() {
        // for Axon and for snapshots
    }

    @CommandHandler
    public User(RegisterUserCommand command, UserLookup lookup) {
        checkEmail(command.email());
        checkProfile(command.profile());
        if (!lookup.claimEmail(command.userId(), command.email())) {
            throw conflict("EMAIL_TAKEN", "email", "The email is already registered");
        }
        apply(new UserRegisteredEvent(command.userId(), command.email(), command.passwordHash(), command.profile(),
                command.role(), command.verification()));
        if (command.verifiedAt() != null) {
            apply(new EmailVerifiedEvent(command.userId(), command.verifiedAt()));
        }
    }

    /**
     * Signs nothing and records nothing: it answers whether the password is right and the account may sign in.
     * The hash is checked before anything else is told, so only someone who knows the password learns that the
     * account is suspended.
     */
    @CommandHandler
    public AuthenticatedAccount handle(AuthenticateUserCommand command, PasswordHasher hasher) {
        boolean passwordMatches = hasher.matches(command.password(), passwordHash);
        if (deleted || !passwordMatches) {
            throw rule("INVALID_CREDENTIALS", INVALID_CREDENTIALS_MESSAGE);
        }
        checkNotSuspended();
        return new AuthenticatedAccount(userId, email, role, emailVerified, analyticsAccess);
    }

    /** Verifying spends the token, so a second try with it is refused like any wrong token, and tells as little. */
    @CommandHandler
    public void handle(VerifyEmailCommand command) {
        checkNotDeleted();
        checkToken(verificationTokenHash, verificationExpiresAt, command.tokenHash(), command.now());
        apply(new EmailVerifiedEvent(userId, command.now()));
    }

    @CommandHandler
    public void handle(ResendVerificationCommand command) {
        checkNotDeleted();
        checkNotVerified();
        apply(new VerificationReissuedEvent(userId, email, language, command.token()));
    }

    @CommandHandler
    public void handle(RequestPasswordResetCommand command) {
        checkNotDeleted();
        checkNotSuspended();
        apply(new PasswordResetRequestedEvent(userId, email, language, command.token()));
    }

    @CommandHandler
    public void handle(ResetPasswordCommand command) {
        checkNotDeleted();
        // The token first: without a valid one, the answer says nothing about the account.
        checkToken(resetTokenHash, resetExpiresAt, command.tokenHash(), command.now());
        checkNotSuspended();
        apply(new PasswordResetEvent(userId, command.newPasswordHash()));
    }

    @CommandHandler
    public void handle(ChangePasswordCommand command, PasswordHasher hasher) {
        checkNotDeleted();
        checkNotSuspended();
        if (!hasher.matches(command.currentPassword(), passwordHash)) {
            throw invalid("current_password", "is not the current password");
        }
        apply(new PasswordChangedEvent(userId, command.newPasswordHash()));
    }

    @CommandHandler
    public void handle(UpdateProfileCommand command) {
        checkNotDeleted();
        checkNotSuspended();
        checkProfile(command.profile());
        apply(new ProfileUpdatedEvent(userId, command.profile()));
    }

    @CommandHandler
    public void handle(AddAddressCommand command) {
        checkNotDeleted();
        checkAddress(command.address());
        long addressId = command.addressId();
        if (addressIds.contains(addressId)) {
            throw conflict("ADDRESS_EXISTS", "address_id", "The user already has address " + addressId);
        }
        if (addressIds.size() >= MAX_ADDRESSES) {
            throw rule("TOO_MANY_ADDRESSES", "A user has at most " + MAX_ADDRESSES + " addresses");
        }
        boolean becomesDefault = command.makeDefault() || addressIds.isEmpty();
        apply(new AddressAddedEvent(userId, addressId, command.address()));
        if (becomesDefault) {
            apply(new DefaultAddressSetEvent(userId, addressId));
        }
    }

    @CommandHandler
    public void handle(UpdateAddressCommand command) {
        checkNotDeleted();
        checkAddressExists(command.addressId());
        checkAddress(command.address());
        apply(new AddressUpdatedEvent(userId, command.addressId(), command.address()));
    }

    @CommandHandler
    public void handle(RemoveAddressCommand command) {
        checkNotDeleted();
        long addressId = command.addressId();
        checkAddressExists(addressId);
        boolean wasDefault = Objects.equals(defaultAddressId, addressId);
        Optional<Long> oldestRemaining = addressIds.stream().filter(id -> id != addressId).findFirst();
        apply(new AddressRemovedEvent(userId, addressId));
        if (wasDefault && oldestRemaining.isPresent()) {
            apply(new DefaultAddressSetEvent(userId, oldestRemaining.get()));
        }
    }

    /** Setting the default is declarative: when the address already is the default, there is nothing to record. */
    @CommandHandler
    public void handle(SetDefaultAddressCommand command) {
        checkNotDeleted();
        checkAddressExists(command.addressId());
        if (!Objects.equals(defaultAddressId, command.addressId())) {
            apply(new DefaultAddressSetEvent(userId, command.addressId()));
        }
    }

    /**
     * Every check before the first event, so the role and the profile change together or not at all. The role
     * is declarative: restating the current one records nothing, and is allowed to an admin editing themselves.
     */
    @CommandHandler
    public void handle(UpdateUserCommand command) {
        checkNotDeleted();
        checkProfile(command.profile());
        boolean newRole = command.role() != null && command.role() != role;
        if (newRole) {
            checkNotSelf(command.requestedBy(), "change their own role");
        }
        apply(new ProfileUpdatedEvent(userId, command.profile()));
        if (newRole) {
            apply(new UserRoleChangedEvent(userId, command.role()));
        }
    }

    @CommandHandler
    public void handle(GrantAnalyticsAccessCommand command) {
        checkNotDeleted();
        if (!analyticsAccess) {
            apply(new AnalyticsAccessGrantedEvent(userId));
        }
    }

    @CommandHandler
    public void handle(RevokeAnalyticsAccessCommand command) {
        checkNotDeleted();
        if (analyticsAccess) {
            apply(new AnalyticsAccessRevokedEvent(userId));
        }
    }

    @CommandHandler
    public void handle(SuspendUserCommand command) {
        checkNotDeleted();
        checkNotSelf(command.requestedBy(), "suspend themselves");
        if (suspended) {
            throw rule("ALREADY_SUSPENDED", "The account is already suspended");
        }
        apply(new UserSuspendedEvent(userId, command.reason()));
    }

    @CommandHandler
    public void handle(ActivateUserCommand command) {
        checkNotDeleted();
        if (!suspended) {
            throw rule("ALREADY_ACTIVE", "The account is already active");
        }
        apply(new UserActivatedEvent(userId));
    }

    /**
     * Releases the email, so the address may register again. That is safe: a new registration gets a new id and
     * so a new event stream, nothing of this account (password, addresses, orders) is reachable through it, and
     * this stream refuses every later command. Holding the email forever would punish the person for leaving.
     */
    @CommandHandler
    public void handle(DeleteUserCommand command, UserLookup lookup) {
        checkNotDeleted();
        checkNotSelf(command.requestedBy(), "delete themselves");
        lookup.releaseEmail(userId, email);
        apply(new UserDeletedEvent(userId));
    }

    @EventSourcingHandler
    void on(UserRegisteredEvent event) {
        userId = event.userId();
        email = event.email();
        role = event.role();
        firstName = event.profile().firstName();
        lastName = event.profile().lastName();
        language = event.profile().language();
        passwordHash = event.passwordHash();
        if (event.verification() != null) {
            verificationTokenHash = event.verification().hash();
            verificationExpiresAt = event.verification().expiresAt();
        }
    }

    @EventSourcingHandler
    void on(EmailVerifiedEvent event) {
        emailVerified = true;
        verificationTokenHash = null;
        verificationExpiresAt = null;
    }

    @EventSourcingHandler
    void on(VerificationReissuedEvent event) {
        verificationTokenHash = event.token().hash();
        verificationExpiresAt = event.token().expiresAt();
    }

    @EventSourcingHandler
    void on(PasswordResetRequestedEvent event) {
        resetTokenHash = event.token().hash();
        resetExpiresAt = event.token().expiresAt();
    }

    @EventSourcingHandler
    void on(ProfileUpdatedEvent event) {
        firstName = event.profile().firstName();
        lastName = event.profile().lastName();
        language = event.profile().language();
    }

    @EventSourcingHandler
    void on(UserRoleChangedEvent event) {
        role = event.role();
    }

    @EventSourcingHandler
    void on(AnalyticsAccessGrantedEvent event) {
        analyticsAccess = true;
    }

    @EventSourcingHandler
    void on(AnalyticsAccessRevokedEvent event) {
        analyticsAccess = false;
    }

    @EventSourcingHandler
    void on(PasswordResetEvent event) {
        passwordHash = event.newPasswordHash();
        resetTokenHash = null;
        resetExpiresAt = null;
    }

    @EventSourcingHandler
    void on(PasswordChangedEvent event) {
        passwordHash = event.newPasswordHash();
        resetTokenHash = null;
        resetExpiresAt = null;
    }

    @EventSourcingHandler
    void on(AddressAddedEvent event) {
        addressIds.add(event.addressId());
    }

    @EventSourcingHandler
    void on(AddressRemovedEvent event) {
        addressIds.remove(Long.valueOf(event.addressId()));
        if (Objects.equals(defaultAddressId, event.addressId())) {
            defaultAddressId = null;
        }
    }

    @EventSourcingHandler
    void on(DefaultAddressSetEvent event) {
        defaultAddressId = event.addressId();
    }

    @EventSourcingHandler
    void on(UserSuspendedEvent event) {
        suspended = true;
    }

    @EventSourcingHandler
    void on(UserActivatedEvent event) {
        suspended = false;
    }

    @EventSourcingHandler
    void on(UserDeletedEvent event) {
        deleted = true;
    }

    /** Empty for a deleted account, which places no orders; the name is null in a snapshot older than it. */
    Optional<CustomerContact> contact() {
        if (deleted) {
            return Optional.empty();
        }
        String name = firstName == null ? null : (firstName + " " + Objects.requireNonNullElse(lastName, "")).strip();
        return Optional.of(new CustomerContact(userId, name, email));
    }

    /** The events stay in the store for replays, so a deleted user still loads; to clients it is gone. */
    private void checkNotDeleted() {
        if (deleted) {
            throw notFound("USER_NOT_FOUND", "No user has id " + userId.value());
        }
    }

    private void checkNotSuspended() {
        if (suspended) {
            throw rule("ACCOUNT_SUSPENDED", "The account is suspended");
        }
    }

    /** An admin who suspends, deletes or demotes themselves could lock the shop out of its own back office. */
    private void checkNotSelf(UserId requestedBy, String action) {
        if (userId.equals(requestedBy)) {
            throw rule("SELF_ADMINISTRATION", "An admin cannot " + action);
        }
    }

    private void checkNotVerified() {
        if (emailVerified) {
            throw rule("ALREADY_VERIFIED", "The email is already verified");
        }
    }

    private void checkAddressExists(long addressId) {
        if (!addressIds.contains(addressId)) {
            throw notFound("ADDRESS_NOT_FOUND", "The user has no address " + addressId);
        }
    }

    /**
     * A wrong, expired, spent or never issued token all get the same answer, so trying tokens tells a guesser
     * nothing. The comparison takes the same time wherever the hashes differ.
     */
    private static void checkToken(String expectedHash, Instant expiresAt, String presentedHash, Instant now) {
        boolean valid = expectedHash != null
                && now.isBefore(expiresAt)
                && MessageDigest.isEqual(expectedHash.getBytes(StandardCharsets.UTF_8),
                presentedHash.getBytes(StandardCharsets.UTF_8));
        if (!valid) {
            throw rule("TOKEN_INVALID", TOKEN_INVALID_MESSAGE);
        }
    }

    private static void checkEmail(String email) {
        require(email, "email");
        if (!EMAIL_SHAPE.matcher(email).matches()) {
            throw invalid("email", "must be an email address");
        }
    }

    private static void checkProfile(UserProfile profile) {
        require(profile.firstName(), "first_name");
        require(profile.lastName(), "last_name");
    }

    private static void checkAddress(Address address) {
        require(address.addressLine1(), "address_line1");
        require(address.city(), "city");
        require(address.postalCode(), "postal_code");
        require(address.country(), "country");
    }
}
