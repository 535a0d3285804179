package com.skincare.shop.command.identity.mail;

import com.skincare.shop.api.identity.Language;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The shop's mails in English and Khmer, in the language the user chose. */
@Component
public class MailTemplates {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private final MailProperties properties;

    public MailTemplates(MailProperties properties) {
        this.properties = properties;
    }

    OutgoingMail render(MailKind kind, Language language, String recipient, String token, Instant expiresAt,
                        Instant now) {
        String link = properties.linkBaseUrl() + kind.page() + "?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        String expiry = EXPIRY.format(expiresAt);
        String shop = properties.fromName();
        boolean khmer = language == Language.KH;
        String subject;
        String body;
        if (kind == MailKind.VERIFY_EMAIL) {
            subject = khmer ? "សូមបញ្ជាក់អាសយដ្ឋានអ៊ីមែលរបស់អ្នក" : "Confirm your email address";
            body = khmer ? """
                    សួស្តី,

                    សូមបញ្ជាក់អាសយដ្ឋានអ៊ីមែលសម្រាប់គណនី %s របស់អ្នក ដោយបើកតំណនេះ៖

                    %s

                    តំណនេះប្រើបានតែម្តង ហើយផុតកំណត់នៅ %s (UTC)។
                    ប្រសិនបើអ្នកមិនបានបង្កើតគណនីទេ សូមមិនអើពើអ៊ីមែលនេះ។
                    """ : """
                    Hello,

                    Please confirm the email address of your %s account by opening this link:

                    %s

                    The link works once and expires at %s (UTC).
                    If you did not create an account, you can ignore this mail.
                    """;
        } else {
            subject = khmer ? "កំណត់ពាក្យសម្ងាត់របស់អ្នកឡើងវិញ" : "Reset your password";
            body = khmer ? """
                    សួស្តី,

                    មាននរណាម្នាក់បានស្នើសុំកំណត់ពាក្យសម្ងាត់នៃគណនី %s របស់អ្នកឡើងវិញ។ ដើម្បីជ្រើសរើសពាក្យសម្ងាត់ថ្មី សូមបើកតំណនេះ៖

                    %s

                    តំណនេះប្រើបានតែម្តង ហើយផុតកំណត់នៅ %s (UTC)។
                    ប្រសិនបើមិនមែនជាអ្នកទេ សូមមិនអើពើអ៊ីមែលនេះ៖ ពាក្យសម្ងាត់របស់អ្នកនៅតែដដែល។
                    """ : """
                    Hello,

                    Someone asked to reset the password of your %s account. To choose a new password, open this link:

                    %s

                    The link works once and expires at %s (UTC).
                    If it was not you, ignore this mail: your password stays as it is.
                    """;
        }
        return new OutgoingMail(recipient, subject, body.formatted(shop, link, expiry), link, now);
    }
}
