package com.skincare.shop.command.identity.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/** Sends mails through the configured SMTP server, as UTF-8 plain text so Khmer arrives intact. */
public class SmtpMailTransport implements MailTransport {

    private final JavaMailSender sender;
    private final MailProperties properties;

    public SmtpMailTransport(JavaMailSender sender, MailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    @Override
    public void send(OutgoingMail mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from(), properties.fromName());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            helper.setSentDate(java.util.Date.from(mail.sentAt()));
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailSendException("The mail could not be composed", e);
        }
        sender.send(message);
    }
}
