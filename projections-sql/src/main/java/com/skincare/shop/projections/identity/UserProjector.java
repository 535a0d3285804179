package com.skincare.shop.projections.identity;

import com.skincare.shop.api.identity.Address;
import com.skincare.shop.api.identity.AddressAddedEvent;
import com.skincare.shop.api.identity.AddressRemovedEvent;
import com.skincare.shop.api.identity.AddressUpdatedEvent;
import com.skincare.shop.api.identity.DefaultAddressSetEvent;
import com.skincare.shop.api.identity.EmailVerifiedEvent;
import com.skincare.shop.api.identity.PasswordChangedEvent;
import com.skincare.shop.api.identity.PasswordResetEvent;
import com.skincare.shop.api.identity.PasswordResetRequestedEvent;
import com.skincare.shop.api.identity.ProfileUpdatedEvent;
import com.skincare.shop.api.identity.UserActivatedEvent;
import com.skincare.shop.api.identity.UserDeletedEvent;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.identity.UserProfile;
import com.skincare.shop.api.identity.UserRegisteredEvent;
import com.skincare.shop.api.identity.UserRoleChangedEvent;
import com.skincare.shop.api.identity.UserSuspendedEvent;
import com.skincare.shop.api.identity.VerificationReissuedEvent;
import com.skincare.shop.projections.CustomerProcessing;
import com.skincare.shop.projections.EventTime;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Instant;

/**
 * Writes {@code users} and {@code user_addresses} from the user events, every value from an event: ids from the
 * payload, times from the timestamp ({@code email_verified_at} and {@code password_reset_expires} from the
 * payload, where the command put them). The password, verification and reset columns hold hashes, as the
 * events do; no query ever reads them back out.
 * <p>
 * The statistics columns ({@code total_orders}, {@code total_spent}, {@code avg_rating}) belong to the order and
 * review projections: this projector only ever inserts their defaults and never updates them.
 */
@ProcessingGroup(CustomerProcessing.GROUP)
public class UserProjector {

    private static final String UPSERT_USER = """
            INSERT INTO users (id, email, password, first_name, last_name, phone, date_of_birth, gender, skin_type,
                               language, role, is_active, email_verified, email_verification_token, email_verified_at,
                               password_reset_token, password_reset_expires, created_at, updated_at)
            VALUES (:id, :email, :password, :firstName, :lastName, :phone, :dateOfBirth, :gender,
                    CAST(:skinType AS skin_type), CAST(:language AS user_language), CAST(:role AS user_role), true,
                    false, :verificationToken, NULL, NULL, NULL, :timestamp, :timestamp)
            ON CONFLICT (id) DO UPDATE SET
                email = EXCLUDED.email, password = EXCLUDED.password, first_name = EXCLUDED.first_name,
                last_name = EXCLUDED.last_name, phone = EXCLUDED.phone, date_of_birth = EXCLUDED.date_of_birth,
                gender = EXCLUDED.gender, skin_type = EXCLUDED.skin_type, language = EXCLUDED.language,
                role = EXCLUDED.role, is_active = true, email_verified = false,
                email_verification_token = EXCLUDED.email_verification_token, email_verified_at = NULL,
                password_reset_token = NULL, password_reset_expires = NULL, created_at = EXCLUDED.created_at,
                updated_at = EXCLUDED.updated_at
            """;

    private static final String UPDATE_PROFILE = """
            UPDATE users SET first_name = :firstName, last_name = :lastName, phone = :phone,
                             date_of_birth = :dateOfBirth, gender = :gender, skin_type = CAST(:skinType AS skin_type),
                             language = CAST(:language AS user_language), updated_at = :timestamp
            WHERE id = :id
            """;

    private static final String UPSERT_ADDRESS = """
            INSERT INTO user_addresses (id, user_id, type, first_name, last_name, company, address_line1,
                                        address_line2, city, state, postal_code, country, phone, is_default, created_at)
            SELECT :addressId, u.id, :type, :firstName, :lastName, :company, :addressLine1, :addressLine2, :city,
                   :state, :postalCode, :country, :phone, false, :timestamp
            FROM users u WHERE u.id = :id
            ON CONFLICT (id) DO UPDATE SET
                user_id = EXCLUDED.user_id, type = EXCLUDED.type, first_name = EXCLUDED.first_name,
                last_name = EXCLUDED.last_name, company = EXCLUDED.company, address_line1 = EXCLUDED.address_line1,
                address_line2 = EXCLUDED.address_line2, city = EXCLUDED.city, state = EXCLUDED.state,
                postal_code = EXCLUDED.postal_code, country = EXCLUDED.country, phone = EXCLUDED.phone,
                is_default = false, created_at = EXCLUDED.created_at
            """;

    private static final String UPDATE_ADDRESS = """
            UPDATE user_addresses SET type = :type, first_name = :firstName, last_name = :lastName,
                                      company = :company, address_line1 = :addressLine1,
                                      address_line2 = :addressLine2, city = :city, state = :state,
                                      postal_code = :postalCode, country = :country, phone = :phone
            WHERE id = :addressId AND user_id = :id
            """;

    /**
     * Users are parked rather than deleted, so that what refers to them from outside this group's replay
     * survives it, and the statistics columns other projectors write keep their values until those projectors
     * write them again ({@code total_orders} and {@code total_spent} are zeroed by the order projection's own
     * reset and recounted by the replay): the email is moved aside, so the replay can give it to whoever holds
     * it in the events, and every identity column is written again by the user's registration. A user deleted in
     * the events is deleted again by the replay, as it was the first time.
     */
    private static final String PARK_USERS = """
            UPDATE users SET email = 'parked-' || id || '@replay.invalid', password = '', is_active = false,
                             email_verification_token = NULL, password_reset_token = NULL,
                             password_reset_expires = NULL
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public UserProjector(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(UserRegisteredEvent event, @Timestamp Instant timestamp) {
        jdbc.update(UPSERT_USER, profile(event.userId(), event.profile(), timestamp)
                .addValue("email", event.email())
                .addValue("password", event.passwordHash())
                .addValue("role", event.role().code())
                .addValue("verificationToken", event.verification() == null ? null : event.verification().hash()));
    }

    @EventHandler
    public void on(EmailVerifiedEvent event, @Timestamp Instant timestamp) {
        update("email_verified = true, email_verified_at = :verifiedAt, email_verification_token = NULL",
                user(event.userId(), timestamp).addValue("verifiedAt", EventTime.utcTimestamp(event.verifiedAt())));
    }

    @EventHandler
    public void on(VerificationReissuedEvent event, @Timestamp Instant timestamp) {
        update("email_verification_token = :token", user(event.userId(), timestamp)
                .addValue("token", event.token().hash()));
    }

    @EventHandler
    public void on(PasswordResetRequestedEvent event, @Timestamp Instant timestamp) {
        update("password_reset_token = :token, password_reset_expires = :expires", user(event.userId(), timestamp)
                .addValue("token", event.token().hash())
                .addValue("expires", EventTime.utcTimestamp(event.token().expiresAt())));
    }

    @EventHandler
    public void on(PasswordResetEvent event, @Timestamp Instant timestamp) {
        newPassword(event.userId(), event.newPasswordHash(), timestamp);
    }

    @EventHandler
    public void on(PasswordChangedEvent event, @Timestamp Instant timestamp) {
        newPassword(event.userId(), event.newPasswordHash(), timestamp);
    }

    @EventHandler
    public void on(ProfileUpdatedEvent event, @Timestamp Instant timestamp) {
        jdbc.update(UPDATE_PROFILE, profile(event.userId(), event.profile(), timestamp));
    }

    @EventHandler
    public void on(UserRoleChangedEvent event, @Timestamp Instant timestamp) {
        update("role = CAST(:role AS user_role)", user(event.userId(), timestamp).addValue("role", event.role().code()));
    }

    @EventHandler
    public void on(UserSuspendedEvent event, @Timestamp Instant timestamp) {
        update("is_active = false", user(event.userId(), timestamp));
    }

    @EventHandler
    public void on(UserActivatedEvent event, @Timestamp Instant timestamp) {
        update("is_active = true", user(event.userId(), timestamp));
    }

    /** The row goes, and its addresses with it: a later registration of the same email must find it free. */
    @EventHandler
    public void on(UserDeletedEvent event) {
        jdbc.update("DELETE FROM users WHERE id = :id", new MapSqlParameterSource("id", event.userId().value()));
    }

    @EventHandler
    public void on(AddressAddedEvent event, @Timestamp Instant timestamp) {
        jdbc.update(UPSERT_ADDRESS, address(event.userId(), event.addressId(), event.address(), timestamp));
    }

    @EventHandler
    public void on(AddressUpdatedEvent event, @Timestamp Instant timestamp) {
        jdbc.update(UPDATE_ADDRESS, address(event.userId(), event.addressId(), event.address(), timestamp));
    }

    @EventHandler
    public void on(AddressRemovedEvent event) {
        jdbc.update("DELETE FROM user_addresses WHERE id = :addressId AND user_id = :id", new MapSqlParameterSource()
                .addValue("id", event.userId().value())
                .addValue("addressId", event.addressId()));
    }

    @EventHandler
    public void on(DefaultAddressSetEvent event) {
        jdbc.update("UPDATE user_addresses SET is_default = (id = :addressId) WHERE user_id = :id",
                new MapSqlParameterSource()
                        .addValue("id", event.userId().value())
                        .addValue("addressId", event.addressId()));
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().update("DELETE FROM user_addresses");
        jdbc.getJdbcOperations().update(PARK_USERS);
    }

    private void newPassword(UserId userId, String hash, Instant timestamp) {
        update("password = :password, password_reset_token = NULL, password_reset_expires = NULL",
                user(userId, timestamp).addValue("password", hash));
    }

    private void update(String assignments, MapSqlParameterSource parameters) {
        jdbc.update("UPDATE users SET " + assignments + ", updated_at = :timestamp WHERE id = :id", parameters);
    }

    private static MapSqlParameterSource user(UserId userId, Instant timestamp) {
        return new MapSqlParameterSource()
                .addValue("id", userId.value())
                .addValue("timestamp", EventTime.utcTimestamp(timestamp));
    }

    private static MapSqlParameterSource profile(UserId userId, UserProfile profile, Instant timestamp) {
        return user(userId, timestamp)
                .addValue("firstName", profile.firstName())
                .addValue("lastName", profile.lastName())
                .addValue("phone", profile.phone())
                .addValue("dateOfBirth", profile.dateOfBirth())
                .addValue("gender", profile.gender() == null ? null : profile.gender().code())
                .addValue("skinType", profile.skinType().code())
                .addValue("language", profile.language().code());
    }

    private static MapSqlParameterSource address(UserId userId, long addressId, Address address, Instant timestamp) {
        return user(userId, timestamp)
                .addValue("addressId", addressId)
                .addValue("type", address.type().code())
                .addValue("firstName", address.firstName())
                .addValue("lastName", address.lastName())
                .addValue("company", address.company())
                .addValue("addressLine1", address.addressLine1())
                .addValue("addressLine2", address.addressLine2())
                .addValue("city", address.city())
                .addValue("state", address.state())
                .addValue("postalCode", address.postalCode())
                .addValue("country", address.country())
                .addValue("phone", address.phone());
    }
}
