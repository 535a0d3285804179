package com.skincare.shop.command.identity;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AdminCredentialsTest {

    private final AdminCredentials credentials = new AdminCredentials("Admin@Skincare.local", "correct horse");

    @Test
    void acceptsTheConfiguredPairWithTheEmailInAnyCase() {
        assertThat(credentials.matches("admin@skincare.local", "correct horse")).isTrue();
        assertThat(credentials.matches(" ADMIN@skincare.LOCAL ", "correct horse")).isTrue();
    }

    @Test
    void refusesAWrongPasswordAndAnUnknownEmailAlike() {
        assertThat(credentials.matches("admin@skincare.local", "Correct horse")).isFalse();
        assertThat(credentials.matches("someone@skincare.local", "correct horse")).isFalse();
        assertThat(credentials.matches(null, null)).isFalse();
    }

    @Test
    void refusesAPasswordLongerThanBcryptReads() {
        AdminCredentials longPassword = new AdminCredentials("admin@skincare.local", "p".repeat(72));

        assertThat(longPassword.matches("admin@skincare.local", "p".repeat(72))).isTrue();
        assertThat(longPassword.matches("admin@skincare.local", "p".repeat(73))).isFalse();
    }

    @Test
    void generatesAPasswordAndLogsItOnceWhenNoneIsConfigured() {
        Logger logger = (Logger) LoggerFactory.getLogger(AdminCredentials.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            AdminCredentials generated = new AdminCredentials(AdminCredentials.DEFAULT_EMAIL, "");

            List<ILoggingEvent> lines = appender.list;
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).getLevel()).isEqualTo(Level.WARN);
            assertThat(lines.get(0).getFormattedMessage()).contains("embedded demo only; set ADMIN_PASSWORD");
            String password = (String) lines.get(0).getArgumentArray()[1];
            assertThat(password).hasSize(AdminCredentials.GENERATED_PASSWORD_LENGTH);
            assertThat(generated.matches(AdminCredentials.DEFAULT_EMAIL, password)).isTrue();
            assertThat(generated.matches(AdminCredentials.DEFAULT_EMAIL, "")).isFalse();
        } finally {
            logger.detachAppender(appender);
        }
    }
}
