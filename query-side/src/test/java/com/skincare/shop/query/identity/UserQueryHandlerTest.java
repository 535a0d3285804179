package com.skincare.shop.query.identity;

import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.ResultPage;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.common.SortDirection;
import com.skincare.shop.api.identity.Address;
import com.skincare.shop.api.identity.AddressAddedEvent;
import com.skincare.shop.api.identity.AddressType;
import com.skincare.shop.api.identity.AddressView;
import com.skincare.shop.api.identity.CustomerFilter;
import com.skincare.shop.api.identity.CustomerSort;
import com.skincare.shop.api.identity.DefaultAddressSetEvent;
import com.skincare.shop.api.identity.EmailToken;
import com.skincare.shop.api.identity.EmailVerifiedEvent;
import com.skincare.shop.api.identity.FindAddressesQuery;
import com.skincare.shop.api.identity.FindCustomersQuery;
import com.skincare.shop.api.identity.FindUserQuery;
import com.skincare.shop.api.identity.Gender;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.identity.UserProfile;
import com.skincare.shop.api.identity.UserRegisteredEvent;
import com.skincare.shop.api.identity.UserRole;
import com.skincare.shop.api.identity.UserSuspendedEvent;
import com.skincare.shop.api.identity.UserView;
import com.skincare.shop.projections.ScratchDatabase;
import com.skincare.shop.projections.identity.UserProjector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UserQueryHandlerTest {

    private static ScratchDatabase database;
    private static UserQueryHandler handler;

    @BeforeAll
    static void projectTheUsers() {
        database = ScratchDatabase.fresh("query_side_identity_test");
        handler = new UserQueryHandler(database.jdbc());
        UserProjector users = new UserProjector(database.jdbc());
        users.on(registered(1, "admin@shop.test", "Shop", "Admin", UserRole.ADMIN, SkinType.NORMAL, Language.EN),
                Instant.parse("2025-01-01T00:00:00Z"));
        users.on(registered(2, "sophea@example.com", "Sophea", "Chan", UserRole.CUSTOMER, SkinType.DRY, Language.KH),
                Instant.parse("2025-01-02T00:00:00Z"));
        users.on(registered(3, "dara_50%@example.com", "Dara", "Kim", UserRole.CUSTOMER, SkinType.OILY, Language.EN),
                Instant.parse("2025-01-03T00:00:00Z"));
        users.on(registered(4, "vanna@example.com", "Vanna", "Sok", UserRole.MODERATOR, SkinType.DRY, Language.KH),
                Instant.parse("2025-01-04T00:00:00Z"));
        users.on(new EmailVerifiedEvent(UserId.of(2), Instant.parse("2025-01-02T01:00:00Z")),
                Instant.parse("2025-01-02T01:00:00Z"));
        users.on(new UserSuspendedEvent(UserId.of(3), null), Instant.parse("2025-01-05T00:00:00Z"));
        users.on(new AddressAddedEvent(UserId.of(2), 11, address("Street 240")), Instant.parse("2025-01-06T00:00:00Z"));
        users.on(new AddressAddedEvent(UserId.of(2), 12, address("Street 51")), Instant.parse("2025-01-07T00:00:00Z"));
        users.on(new DefaultAddressSetEvent(UserId.of(2), 12));
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    private static UserRegisteredEvent registered(long id, String email, String first, String last, UserRole role,
                                                  SkinType skinType, Language language) {
        return new UserRegisteredEvent(UserId.of(id), email, "$2a$12$secret-hash",
                new UserProfile(first, last, "+855 12 000 00" + id, LocalDate.of(1990, 1, (int) id), Gender.OTHER,
                        skinType, language),
                role, new EmailToken("f".repeat(64), "sealed", Instant.parse("2025-02-01T00:00:00Z")));
    }

    private static Address address(String line1) {
        return new Address(AddressType.SHIPPING, "Sophea", "Chan", null, line1, null, "Phnom Penh", null, "12000",
                "Cambodia", null);
    }

    private static List<Long> ids(ResultPage<UserView> page) {
        return page.items().stream().map(UserView::id).toList();
    }

    private static ResultPage<UserView> find(CustomerFilter filter, CustomerSort sort, SortDirection direction) {
        return handler.page(new FindCustomersQuery(filter, sort, direction, new PageRequest(1, 20)));
    }

    @Test
    void oneUserWithEveryValueOfTheRowButTheSecrets() {
        UserView sophea = handler.handle(new FindUserQuery(2)).orElseThrow();

        assertThat(sophea).isEqualTo(new UserView(2, "sophea@example.com", "Sophea", "Chan", "+855 12 000 002",
                LocalDate.of(1990, 1, 2), Gender.OTHER, SkinType.DRY, Language.KH, UserRole.CUSTOMER, true, true,
                Instant.parse("2025-01-02T01:00:00Z"), 0, new BigDecimal("0.00"), new BigDecimal("0.00"),
                Instant.parse("2025-01-02T00:00:00Z"), Instant.parse("2025-01-02T01:00:00Z")));
        assertThat(handler.handle(new FindUserQuery(99))).isEmpty();
    }

    @Test
    void listsNewestFirstAndFilters() {
        assertThat(ids(find(CustomerFilter.none(), CustomerSort.CREATED_AT, SortDirection.DESC)))
                .containsExactly(4L, 3L, 2L, 1L);
        assertThat(ids(find(new CustomerFilter(null, UserRole.CUSTOMER, null, null, null, null),
                CustomerSort.CREATED_AT, SortDirection.DESC))).containsExactly(3L, 2L);
        assertThat(ids(find(new CustomerFilter(null, null, false, null, null, null),
                CustomerSort.CREATED_AT, SortDirection.DESC))).containsExactly(3L);
        assertThat(ids(find(new CustomerFilter(null, null, null, true, null, null),
                CustomerSort.CREATED_AT, SortDirection.DESC))).containsExactly(2L);
        assertThat(ids(find(new CustomerFilter(null, null, null, null, SkinType.DRY, Language.KH),
                CustomerSort.CREATED_AT, SortDirection.DESC))).containsExactly(4L, 2L);
    }

    @Test
    void searchFindsASubstringOfEmailNamesOrPhoneWithoutRegardToCase() {
        assertThat(ids(find(new CustomerFilter("SOPHEA", null, null, null, null, null), null, null)))
                .containsExactly(2L);
        assertThat(ids(find(new CustomerFilter("sophea chan", null, null, null, null, null), null, null)))
                .containsExactly(2L);
        assertThat(ids(find(new CustomerFilter("000 004", null, null, null, null, null), null, null)))
                .containsExactly(4L);
        assertThat(ids(find(new CustomerFilter("50%", null, null, null, null, null), null, null)))
                .as("a % in the search is a percent sign").containsExactly(3L);
        assertThat(ids(find(new CustomerFilter("_", null, null, null, null, null), null, null)))
                .as("an _ in the search is an underscore").containsExactly(3L);
    }

    @Test
    void sortsByNameAndPages() {
        assertThat(ids(find(CustomerFilter.none(), CustomerSort.NAME, SortDirection.ASC))).containsExactly(1L, 2L, 3L, 4L);
        ResultPage<UserView> second = handler.page(new FindCustomersQuery(CustomerFilter.none(), CustomerSort.EMAIL,
                SortDirection.ASC, new PageRequest(2, 3)));
        assertThat(ids(second)).containsExactly(4L);
        assertThat(second.totalItems()).isEqualTo(4);
        assertThat(second.totalPages()).isEqualTo(2);
    }

    @Test
    void addressesListTheDefaultFirst() {
        List<AddressView> addresses = handler.handle(new FindAddressesQuery(2));

        assertThat(addresses).extracting(AddressView::id).containsExactly(12L, 11L);
        assertThat(addresses.get(0).defaultAddress()).isTrue();
        assertThat(addresses.get(0).createdAt()).isEqualTo(Instant.parse("2025-01-07T00:00:00Z"));
        assertThat(handler.handle(new FindAddressesQuery(3))).isEmpty();
    }
}
