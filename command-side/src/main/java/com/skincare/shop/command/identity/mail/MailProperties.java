package com.skincare.shop.command.identity.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code shop.mail.*}, bound by the command side's defaults to the seed's variables ({@code SMTP_HOST},
 * {@code SMTP_PORT}, {@code SMTP_USERNAME}, {@code SMTP_PASSWORD}, {@code FROM_EMAIL}, {@code FROM_NAME}) and
 * {@code SHOP_PUBLIC_URL}. Without an SMTP host, mails go to the dev mailbox instead.
 *
 * @param smtpHost     the SMTP server; blank for the dev mailbox
 * @param smtpPort     587 (submission with STARTTLS) by default
 * @param smtpStarttls require STARTTLS; off only for a local test server
 * @param from         the sender's address
 * @param fromName     the sender's name
 * @param linkBaseUrl  where the shop's pages are: links in mails open {@code <base>/verify-email?token=…}
 * @param pollInterval how often the dispatcher looks for due mails
 * @param maxAttempts  after this many failed sends a mail is given up
 */
@ConfigurationProperties("shop.mail")
public record MailProperties(String smtpHost, Integer smtpPort, String smtpUsername, String smtpPassword,
                             Boolean smtpStarttls, String from, String fromName, String linkBaseUrl,
                             Duration pollInterval, Integer maxAttempts) {

    public MailProperties {
        smtpHost = smtpHost == null || smtpHost.isBlank() ? null : smtpHost.strip();
        smtpPort = smtpPort == null ? 587 : smtpPort;
        smtpStarttls = smtpStarttls == null || smtpStarttls;
        from = from == null || from.isBlank() ? "noreply@skincare.local" : from.strip();
        fromName = fromName == null || fromName.isBlank() ? "Skincare Store" : fromName.strip();
        linkBaseUrl = linkBaseUrl == null || linkBaseUrl.isBlank() ? "http://localhost:8080"
                : linkBaseUrl.strip().replaceAll("/+$", "");
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        maxAttempts = maxAttempts == null ? 10 : maxAttempts;
    }

    public boolean usesSmtp() {
        return smtpHost != null;
    }

    @Override
    public String toString() {
        return "MailProperties[smtpHost=" + smtpHost + ", smtpPort=" + smtpPort + ", from=" + from + "]";
    }
}
