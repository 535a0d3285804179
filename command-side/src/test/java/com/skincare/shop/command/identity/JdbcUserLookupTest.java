package com.skincare.shop.command.identity;

import com.skincare.shop.command.CommandDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.skincare.shop.command.identity.IdentityFixtures.EMAIL;
import static com.skincare.shop.command.identity.IdentityFixtures.OTHER_USER;
import static com.skincare.shop.command.identity.IdentityFixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;

/** The email claims against the real PostgreSQL, where their transactions and locks are the point. */
class JdbcUserLookupTest {

    private static CommandDatabase database;
    private static JdbcUserLookup lookup;
    private static DataSourceTransactionManager transactions;

    @BeforeAll
    static void createDatabase() {
        database = CommandDatabase.fresh("command_user_lookup_test");
        lookup = new JdbcUserLookup(database.jdbc(), database.schema());
        transactions = new DataSourceTransactionManager(database.dataSource());
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void forgetEveryEmail() {
        database.jdbc().update("TRUNCATE " + database.schema().qualify("user_emails"));
    }

    @Test
    void claimsAFreeEmail() {
        assertThat(lookup.claimEmail(USER, EMAIL)).isTrue();
        assertThat(owner(EMAIL)).isEqualTo(USER.value());
    }

    @Test
    void claimingItsOwnEmailAgainIsNoConflict() {
        lookup.claimEmail(USER, EMAIL);

        assertThat(lookup.claimEmail(USER, EMAIL)).isTrue();
    }

    @Test
    void cannotClaimAnotherUsersEmail() {
        lookup.claimEmail(USER, EMAIL);

        assertThat(lookup.claimEmail(OTHER_USER, EMAIL)).isFalse();
        assertThat(owner(EMAIL)).isEqualTo(USER.value());
    }

    @Test
    void aReleasedEmailIsFreeForAnotherUser() {
        lookup.claimEmail(USER, EMAIL);

        lookup.releaseEmail(USER, EMAIL);

        assertThat(lookup.claimEmail(OTHER_USER, EMAIL)).isTrue();
    }

    @Test
    void releasingAnotherUsersEmailChangesNothing() {
        lookup.claimEmail(USER, EMAIL);

        lookup.releaseEmail(OTHER_USER, EMAIL);

        assertThat(owner(EMAIL)).isEqualTo(USER.value());
    }

    @Test
    void aClaimRolledBackWithItsCommandLeavesNothing() {
        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            assertThat(lookup.claimEmail(USER, EMAIL)).isTrue();
            transaction.setRollbackOnly();
        });

        assertThat(lookup.claimEmail(OTHER_USER, EMAIL)).isTrue();
    }

    @Test
    void aConcurrentClaimWaitsForTheFirstAndLosesWhenItCommits() throws Exception {
        TransactionStatus first = transactions.getTransaction(new DefaultTransactionDefinition());
        assertThat(lookup.claimEmail(USER, EMAIL)).isTrue();

        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() ->
                new TransactionTemplate(transactions).execute(transaction -> lookup.claimEmail(OTHER_USER, EMAIL)));
        Thread.sleep(300);
        assertThat(second).as("waits on the first claim's uncommitted row").isNotDone();

        transactions.commit(first);

        assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(owner(EMAIL)).isEqualTo(USER.value());
    }

    private static Long owner(String email) {
        return database.jdbc().queryForObject("SELECT user_id FROM " + database.schema().qualify("user_emails")
                + " WHERE email = ?", Long.class, email);
    }
}
