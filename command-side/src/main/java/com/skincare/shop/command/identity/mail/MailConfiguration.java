package com.skincare.shop.command.identity.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.Properties;

/**
 * The mail transport: SMTP when {@code SMTP_HOST} is set, else the {@link DevMailbox} and its admin endpoint.
 * Declared here rather than through Spring Boot's mail auto-configuration, so that the seed's variable names
 * decide and a blank host means "no SMTP" instead of a sender that fails on every mail.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
@EnableScheduling
public class MailConfiguration {

    static final String WITH_SMTP = "!'${shop.mail.smtp-host:}'.isBlank()";
    static final String WITHOUT_SMTP = "'${shop.mail.smtp-host:}'.isBlank()";

    /** Long enough for a slow server, short enough that a dead one does not hold the dispatcher for minutes. */
    static final String TIMEOUT_MILLIS = "10000";
    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    @ConditionalOnExpression(WITHOUT_SMTP)
    DevMailbox devMailbox() {
        log.info("No SMTP_HOST configured: mails go to the log and to GET /api/v1/admin/dev/mailbox");
        return new DevMailbox();
    }

    @Bean
    @ConditionalOnExpression(WITH_SMTP)
    SmtpMailTransport smtpMailTransport(MailProperties properties) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(properties.smtpHost());
        sender.setPort(properties.smtpPort());
        sender.setDefaultEncoding("UTF-8");
        Properties smtp = sender.getJavaMailProperties();
        if (properties.smtpUsername() != null && !properties.smtpUsername().isBlank()) {
            sender.setUsername(properties.smtpUsername());
            sender.setPassword(properties.smtpPassword());
            smtp.put("mail.smtp.auth", "true");
        }
        smtp.put("mail.smtp.starttls.enable", Boolean.toString(properties.smtpStarttls()));
        smtp.put("mail.smtp.starttls.required", Boolean.toString(properties.smtpStarttls()));
        smtp.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        smtp.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        smtp.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        log.info("Mails go out through SMTP at {}:{}", properties.smtpHost(), properties.smtpPort());
        return new SmtpMailTransport(sender, properties);
    }
}
