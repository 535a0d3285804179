package com.skincare.shop.projections.identity;

import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.identity.Address;
import com.skincare.shop.api.identity.AddressAddedEvent;
import com.skincare.shop.api.identity.AddressRemovedEvent;
import com.skincare.shop.api.identity.AddressType;
import com.skincare.shop.api.identity.AddressUpdatedEvent;
import com.skincare.shop.api.identity.DefaultAddressSetEvent;
import com.skincare.shop.api.identity.EmailToken;
import com.skincare.shop.api.identity.EmailVerifiedEvent;
import com.skincare.shop.api.identity.Gender;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.identity.PasswordChangedEvent;
import com.skincare.shop.api.identity.PasswordResetEvent;
import com.skincare.shop.api.identity.PasswordResetRequestedEvent;
import com.skincare.shop.api.identity.ProfileUpdatedEvent;
import com.skincare.shop.api.identity.UserActivatedEvent;
import com.skincare.shop.api.identity.UserDeletedEvent;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.identity.UserProfile;
import com.skincare.shop.api.identity.UserRegisteredEvent;
import com.skincare.shop.api.identity.UserRole;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import com.skincare.shop.api.identity.UserRoleChangedEvent;
import com.skincare.shop.api.identity.UserSuspendedEvent;
import com.skincare.shop.api.identity.VerificationReissuedEvent;
import com.skincare.shop.projections.CustomerStream;
import com.skincare.shop.projections.ScratchDatabase;
import com.skincare.shop.projections.ordering.OrderEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UserProjectorTest {

    private static final UserId SOPHEA = UserId.of(7);
    private static final UserId DARA = UserId.of(8);
    private static final String EMAIL = "sophea.chan@example.com";
    private static final EmailToken VERIFICATION = new EmailToken("a".repeat(64), "sealed-1",
            Instant.parse("2025-06-04T08:30:00Z"));

    private static ScratchDatabase database;
    private static JdbcTemplate sql;
    private CustomerStream stream;

    @BeforeAll
    static void createDatabase() {
        database = ScratchDatabase.fresh("identity_projection_test");
        sql = database.jdbc().getJdbcTemplate();
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void emptyTables() {
        sql.execute("DELETE FROM orders; DELETE FROM wishlists; DELETE FROM product_ratings; DELETE FROM reviews; DELETE FROM products;"
                + " DELETE FROM user_addresses; DELETE FROM users");
        stream = new CustomerStream(database.jdbc());
    }

    private static UserProfile profile(String firstName, Language language) {
        return new UserProfile(firstName, "Chan", "+855 12 345 678", LocalDate.of(1994, 3, 15), Gender.FEMALE,
                SkinType.COMBINATION, language);
    }

    private static UserRegisteredEvent registered(UserId user, String email) {
        return new UserRegisteredEvent(user, email, "$2a$12$hash-of-the-password", profile("Sophea", Language.KH),
                UserRole.CUSTOMER, VERIFICATION);
    }

    private static Address home(String line1) {
        return new Address(AddressType.SHIPPING, "Sophea", "Chan", null, line1, null, "Phnom Penh", null, "12207",
                "Cambodia", null);
    }

    private static Map<String, Object> user(UserId user) {
        return sql.queryForMap("SELECT * FROM users WHERE id = ?", user.value());
    }

    private static LocalDateTime utc(String instant) {
        return LocalDateTime.ofInstant(Instant.parse(instant), java.time.ZoneOffset.UTC);
    }

    @Test
    void aRegistrationWritesTheEventsValuesAndTime() {
        stream.deliver(registered(SOPHEA, EMAIL), "2025-06-02T08:30:00.123Z");

        Map<String, Object> row = user(SOPHEA);
        assertThat(row).containsEntry("id", 7)
                .containsEntry("email", EMAIL)
                .containsEntry("password", "$2a$12$hash-of-the-password")
                .containsEntry("first_name", "Sophea")
                .containsEntry("last_name", "Chan")
                .containsEntry("phone", "+855 12 345 678")
                .containsEntry("date_of_birth", Date.valueOf("1994-03-15"))
                .containsEntry("gender", "female")
                .containsEntry("is_active", true)
                .containsEntry("email_verified", false)
                .containsEntry("email_verification_token", VERIFICATION.hash())
                .containsEntry("total_orders", 0)
                .containsEntry("total_spent", new BigDecimal("0.00"))
                .containsEntry("created_at", Timestamp.valueOf(utc("2025-06-02T08:30:00.123Z")))
                .containsEntry("updated_at", Timestamp.valueOf(utc("2025-06-02T08:30:00.123Z")));
        assertThat(sql.queryForObject("SELECT skin_type::text || '/' || language::text || '/' || role::text FROM users",
                String.class)).isEqualTo("combination/kh/customer");
    }

    @Test
    void verificationSpendsTheTokenAndKeepsTheTimeOfThePayload() {
        stream.deliver(registered(SOPHEA, EMAIL), "2025-06-02T08:30:00Z")
                .deliver(new VerificationReissuedEvent(SOPHEA, EMAIL, Language.KH,
                        new EmailToken("b".repeat(64), "sealed-2", Instant.parse("2025-06-05T00:00:00Z"))),
                        "2025-06-02T09:00:00Z");
        assertThat(user(SOPHEA)).containsEntry("email_verification_token", "b".repeat(64));

        stream.deliver(new EmailVerifiedEvent(SOPHEA, Instant.parse("2025-06-02T09:15:00Z")), "2025-06-02T09:15:00.5Z");

        assertThat(user(SOPHEA)).containsEntry("email_verified", true)
                .containsEntry("email_verified_at", Timestamp.valueOf(utc("2025-06-02T09:15:00Z")))
                .containsEntry("email_verification_token", null)
                .containsEntry("updated_at", Timestamp.valueOf(utc("2025-06-02T09:15:00.5Z")));
    }

    @Test
    void aResetKeepsItsTokenHashAndExpiryUntilThePasswordChanges() {
        Instant expires = Instant.parse("2025-06-02T10:30:00Z");
        stream.deliver(registered(SOPHEA, EMAIL), "2025-06-02T08:30:00Z")
                .deliver(new PasswordResetRequestedEvent(SOPHEA, EMAIL, Language.KH,
                        new EmailToken("c".repeat(64), "sealed-3", expires)), "2025-06-02T09:30:00Z");

        assertThat(user(SOPHEA)).containsEntry("password_reset_token", "c".repeat(64))
                .containsEntry("password_reset_expires", Timestamp.valueOf(utc("2025-06-02T10:30:00Z")));

        stream.deliver(new PasswordResetEvent(SOPHEA, "$2a$12$new-hash"), "2025-06-02T09:40:00Z");

        assertThat(user(SOPHEA)).containsEntry("password", "$2a$12$new-hash")
                .containsEntry("password_reset_token", null)
                .containsEntry("password_reset_expires", null);

        stream.deliver(new PasswordChangedEvent(SOPHEA, "$2a$12$third-hash"), "2025-06-03T09:40:00Z");

        assertThat(user(SOPHEA)).containsEntry("password", "$2a$12$third-hash")
                .containsEntry("updated_at", Timestamp.valueOf(utc("2025-06-03T09:40:00Z")));
    }

    @Test
    void profileRoleAndSuspensionFollowTheEvents() {
        stream.deliver(registered(SOPHEA, EMAIL), "2025-06-02T08:30:00Z")
                .deliver(new ProfileUpdatedEvent(SOPHEA, new UserProfile("Sophea", "Kim", null, null, null,
                        SkinType.OILY, Language.EN)), "2025-06-03T00:00:00Z")
                .deliver(new UserRoleChangedEvent(SOPHEA, UserRole.MODERATOR), "2025-06-04T00:00:00Z")
                .deliver(new UserSuspendedEvent(SOPHEA, "chargebacks"), "2025-06-05T00:00:00Z");

        assertThat(user(SOPHEA)).containsEntry("last_name", "Kim")
                .containsEntry("phone", null)
                .containsEntry("gender", null)
                .containsEntry("is_active", false)
                .containsEntry("email", EMAIL);
        assertThat(sql.queryForObject("SELECT skin_type::text || '/' || language::text || '/' || role::text FROM users",
                String.class)).isEqualTo("oily/en/moderator");

        stream.deliver(new UserActivatedEvent(SOPHEA), "2025-06-06T00:00:00Z");

        assertThat(user(SOPHEA)).containsEntry("is_active", true)
                .containsEntry("updated_at", Timestamp.valueOf(utc("2025-06-06T00:00:00Z")));
    }

    @Test
    void addressesHaveOneDefaultAndKeepItWhenEdited() {
        stream.deliver(registered(SOPHEA, EMAIL), "2025-06-02T08:30:00Z")
                .deliver(new AddressAddedEvent(SOPHEA, 301, home("No. 12, Street 240")), "2025-06-02T08:31:00Z")
                .deliver(new DefaultAddressSetEvent(SOPHEA, 301), "2025-06-02T08:31:00Z")
                .deliver(new AddressAddedEvent(SOPHEA, 302, home("No. 5, Street 51")), "2025-06-02T08:32:00Z")
                .deliver(new DefaultAddressSetEvent(SOPHEA, 302), "2025-06-02T08:32:00Z")
                .deliver(new AddressUpdatedEvent(SOPHEA, 302, home("No. 7, Street 51")), "2025-06-02T08:33:00Z");

        assertThat(sql.queryForList("SELECT id, address_line1, is_default, created_at FROM user_addresses ORDER BY id"))
                .containsExactly(
                        Map.of("id", 301, "address_line1", "No. 12, Street 240", "is_default", false,
                                "created_at", Timestamp.valueOf(utc("2025-06-02T08:31:00Z"))),
                        Map.of("id", 302, "address_line1", "No. 7, Street 51", "is_default", true,
                                "created_at", Timestamp.valueOf(utc("2025-06-02T08:32:00Z"))));

        stream.deliver(new AddressRemovedEvent(SOPHEA, 302), "2025-06-02T08:34:00Z")
                .deliver(new DefaultAddressSetEvent(SOPHEA, 301), "2025-06-02T08:34:00Z");

        assertThat(sql.queryForList("SELECT id, is_default FROM user_addresses"))
                .containsExactly(Map.of("id", 301, "is_default", true));
    }

    @Test
    void aDeletedUserGoesWithTheirAddressesAndTheirEmailRegistersAgain() {
        stream.deliver(registered(SOPHEA, EMAIL), "2025-06-02T08:30:00Z")
                .deliver(new AddressAddedEvent(SOPHEA, 301, home("No. 12, Street 240")), "2025-06-02T08:31:00Z")
                .deliver(new UserDeletedEvent(SOPHEA), "2025-06-03T00:00:00Z")
                .deliver(registered(DARA, EMAIL), "2025-06-04T00:00:00Z");

        assertThat(sql.queryForList("SELECT id, email FROM users")).containsExactly(Map.of("id", 8, "email", EMAIL));
        assertThat(sql.queryForObject("SELECT count(*) FROM user_addresses", Long.class)).isZero();
    }

    @Test
    void anEventDeliveredTwiceChangesNothingTheSecondTime() {
        stream.deliver(registered(SOPHEA, EMAIL), "2025-06-02T08:30:00Z")
                .deliver(new AddressAddedEvent(SOPHEA, 301, home("No. 12, Street 240")), "2025-06-02T08:31:00Z");
        List<Map<String, Object>> before = sql.queryForList("SELECT * FROM users u JOIN user_addresses a ON a.user_id = u.id");

        stream.redeliverLast();

        assertThat(sql.queryForList("SELECT * FROM users u JOIN user_addresses a ON a.user_id = u.id"))
                .isEqualTo(before);
    }

    @Test
    void aReplayRebuildsTheSameRowsAndTheStatisticsTheOrdersGive() {
        sql.update("INSERT INTO products (id, name_en, slug, sku, price, category) VALUES (5, 'Serum', 'serum', 'S-5',"
                + " 9.5, 'serums')");
        OrderPlacedEvent order = OrderEvents.placed(12, DARA.value(), EMAIL, List.of(OrderEvents.item(5, 4, "10.00")));
        stream.deliver(registered(SOPHEA, EMAIL), "2025-06-02T08:30:00Z")
                .deliver(new AddressAddedEvent(SOPHEA, 301, home("No. 12, Street 240")), "2025-06-02T08:31:00Z")
                .deliver(new DefaultAddressSetEvent(SOPHEA, 301), "2025-06-02T08:31:00Z")
                .deliver(new EmailVerifiedEvent(SOPHEA, Instant.parse("2025-06-02T09:00:00Z")), "2025-06-02T09:00:00Z")
                .deliver(new UserDeletedEvent(SOPHEA), "2025-06-03T00:00:00Z")
                .deliver(registered(DARA, EMAIL), "2025-06-04T00:00:00Z")
                .deliver(new AddressAddedEvent(DARA, 302, home("No. 5, Street 51")), "2025-06-04T00:01:00Z")
                .deliver(order, "2025-06-04T00:02:00Z")
                .deliver(OrderEvents.confirmed(order, "0.00"), "2025-06-04T00:02:01Z")
                .deliver(new UserSuspendedEvent(DARA, null), "2025-06-05T00:00:00Z");
        String before = checksum();

        stream.reset();
        stream.replay();

        assertThat(checksum()).isEqualTo(before);
        assertThat(user(DARA)).containsEntry("total_orders", 1).containsEntry("total_spent", new BigDecimal("42.50"));
    }

    private static String checksum() {
        return sql.queryForObject("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "
                + "(SELECT u::text AS t FROM users u UNION ALL SELECT a::text FROM user_addresses a) rows", String.class);
    }
}
