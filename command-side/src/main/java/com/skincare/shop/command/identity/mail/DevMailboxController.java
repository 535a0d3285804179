package com.skincare.shop.command.identity.mail;

import com.skincare.shop.web.envelope.ApiResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code GET /api/v1/admin/dev/mailbox[?to=]}: what the shop would have mailed, for admins, when no SMTP server
 * is configured. It exists only then (see {@link MailConfiguration}); it lives on the command side, where the
 * mails are sent, so a gateway sends {@code /api/v1/admin/dev/**} there whatever the method.
 */
@RestController
@ConditionalOnExpression(MailConfiguration.WITHOUT_SMTP)
public class DevMailboxController {

    private final DevMailbox mailbox;

    public DevMailboxController(DevMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/api/v1/admin/dev/mailbox")
    public ApiResponse<List<OutgoingMail>> mails(@RequestParam(name = "to", required = false) String to) {
        return ApiResponse.ok("Mails the shop would have sent", mailbox.mails(to));
    }
}
