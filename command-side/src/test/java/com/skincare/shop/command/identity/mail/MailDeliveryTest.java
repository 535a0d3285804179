package com.skincare.shop.command.identity.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.skincare.shop.api.identity.EmailToken;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.command.CommandDatabase;
import com.skincare.shop.command.identity.MailedTokens;
import com.skincare.shop.command.identity.TokenSealer;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail outbox and its dispatcher on a real PostgreSQL, sending through a real SMTP server (GreenMail, in
 * this JVM): a mail goes out once, in the user's language, with a link that carries the token; a failing server
 * is retried with growing pauses; expired links and tokens sealed under another key are given up.
 */
class MailDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private static CommandDatabase database;
    private static JdbcTemplate sql;
    private static GreenMail smtp;

    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final TokenSealer sealer = new TokenSealer(KEY);
    private final MailedTokens tokens = new MailedTokens(sealer);
    private MailOutbox outbox;
    private MailProperties properties;

    @BeforeAll
    static void start() {
        database = CommandDatabase.fresh("command_mail_test");
        sql = database.jdbc();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterAll
    static void stop() throws Exception {
        smtp.stop();
        database.close();
    }

    @BeforeEach
    void emptyOutbox() throws Exception {
        sql.update("DELETE FROM command.mail_outbox");
        smtp.purgeEmailFromAllMailboxes();
        outbox = new MailOutbox(sql, database.schema());
        properties = new MailProperties("127.0.0.1", smtp.getSmtp().getPort(), null, null, false,
                "shop@skincare.test", "Skincare Store", "https://shop.example.kh/", Duration.ofSeconds(1), 3);
    }

    @AfterEach
    void noLeftovers() {
        now.set(NOW);
    }

    private MailDispatcher dispatcher(MailTransport transport) {
        return new MailDispatcher(outbox, new MailTemplates(properties), transport, sealer,
                new TransactionTemplate(new DataSourceTransactionManager(database.dataSource())), properties, clock);
    }

    private MailTransport smtpTransport() {
        return new MailConfiguration().smtpMailTransport(properties);
    }

    private MailedTokens.Issued queueReset(String eventId, String email, Language language) {
        MailedTokens.Issued issued = tokens.issue(UserId.of(7), NOW, Duration.ofHours(1));
        outbox.queue(eventId, MailKind.RESET_PASSWORD, email, language, issued.stored(), NOW);
        return issued;
    }

    private Map<String, Object> row(String eventId) {
        return sql.queryForMap("SELECT * FROM command.mail_outbox WHERE event_id = ?", eventId);
    }

    @Test
    void aQueuedMailGoesOutThroughSmtpInTheUsersLanguageWithTheTokenInItsLink() throws Exception {
        MailedTokens.Issued issued = queueReset("event-1", "sophea@example.com", Language.KH);

        dispatcher(smtpTransport()).sendDue();

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(mail.getSubject()).isEqualTo("កំណត់ពាក្យសម្ងាត់របស់អ្នកឡើងវិញ");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("shop@skincare.test");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Skincare Store");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("sophea@example.com");
        assertThat(body).contains("https://shop.example.kh/reset-password?token=" + issued.token())
                .contains("2026-12-01 10:00 (UTC)")
                .contains("សួស្តី");
        assertThat(MailedTokens.hash(issued.token())).isEqualTo(issued.stored().hash());
        assertThat(row("event-1")).containsEntry("status", "sent").containsEntry("sealed_token", null)
                .containsEntry("attempts", 1);
    }

    @Test
    void anEventQueuesOneMailHoweverOftenItIsDelivered() throws Exception {
        queueReset("event-1", "sophea@example.com", Language.EN);
        queueReset("event-1", "sophea@example.com", Language.EN);

        dispatcher(smtpTransport()).sendDue();
        dispatcher(smtpTransport()).sendDue();

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Reset your password");
    }

    @Test
    void aFailedSendIsRetriedLaterWithGrowingPausesThenGivenUp() {
        queueReset("event-1", "sophea@example.com", Language.EN);
        List<OutgoingMail> attempts = new ArrayList<>();
        MailDispatcher failing = dispatcher(mail -> {
            attempts.add(mail);
            throw new IllegalStateException("421 try again later");
        });

        failing.sendDue();
        assertThat(row("event-1")).containsEntry("status", "pending").containsEntry("attempts", 1);
        failing.sendDue();
        assertThat(attempts).as("not due again before the pause").hasSize(1);

        now.set(NOW.plusSeconds(5));
        failing.sendDue();
        now.set(NOW.plusSeconds(5 + 10));
        failing.sendDue();

        assertThat(attempts).hasSize(3);
        assertThat(row("event-1")).containsEntry("status", "failed").containsEntry("sealed_token", null)
                .containsEntry("last_error", "IllegalStateException: 421 try again later");
        assertThat(MailDispatcher.backoff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(MailDispatcher.backoff(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(MailDispatcher.backoff(30)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aLinkThatExpiredWhileWaitingIsNotSent() {
        queueReset("event-1", "sophea@example.com", Language.EN);
        List<OutgoingMail> sent = new ArrayList<>();
        now.set(NOW.plus(Duration.ofHours(2)));

        dispatcher(sent::add).sendDue();

        assertThat(sent).isEmpty();
        assertThat(row("event-1")).containsEntry("status", "expired").containsEntry("sealed_token", null);
    }

    @Test
    void aTokenSealedUnderAnotherKeyIsGivenUpNotSentGarbled() {
        MailedTokens.Issued issued = new MailedTokens(new TokenSealer("")).issue(UserId.of(7), NOW, Duration.ofHours(1));
        outbox.queue("event-1", MailKind.VERIFY_EMAIL, "sophea@example.com", Language.EN, issued.stored(), NOW);
        List<OutgoingMail> sent = new ArrayList<>();

        dispatcher(sent::add).sendDue();

        assertThat(sent).isEmpty();
        assertThat(row("event-1")).containsEntry("status", "failed");
    }

    @Test
    void theDevMailboxKeepsTheNewestMailsForOneRecipient() {
        DevMailbox mailbox = new DevMailbox();
        queueReset("event-1", "sophea@example.com", Language.EN);
        queueReset("event-2", "dara@example.com", Language.EN);

        dispatcher(mailbox).sendDue();

        assertThat(mailbox.mails("SOPHEA@example.com")).extracting(OutgoingMail::to).containsExactly("sophea@example.com");
        assertThat(mailbox.mails(null)).hasSize(2);
        assertThat(mailbox.mails("sophea@example.com").get(0).link()).startsWith("https://shop.example.kh/reset-password?token=7.");
    }

    @Test
    void aVerificationMailInEnglish() {
        List<OutgoingMail> sent = new ArrayList<>();
        EmailToken token = tokens.issue(UserId.of(9), NOW, Duration.ofHours(48)).stored();
        outbox.queue("event-9", MailKind.VERIFY_EMAIL, "dara@example.com", Language.EN, token, NOW);

        dispatcher(sent::add).sendDue();

        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Confirm your email address");
            assertThat(mail.body()).contains("Please confirm the email address of your Skincare Store account")
                    .contains("https://shop.example.kh/verify-email?token=9.")
                    .contains("2026-12-03 09:00 (UTC)");
        });
    }
}
