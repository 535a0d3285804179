package com.skincare.shop.command.identity;

import com.skincare.shop.api.identity.ChangePasswordCommand;
import com.skincare.shop.api.identity.RequestPasswordResetCommand;
import com.skincare.shop.api.identity.ResetPasswordCommand;
import com.skincare.shop.api.common.UserId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import java.time.Clock;

/** Forgetting, resetting and changing a password. Every change ends the user's sessions (see {@code SessionGuard}). */
@Service
public class Passwords {

    private final CommandGateway commands;
    private final BackgroundCommands background;
    private final Accounts accounts;
    private final UserLookup lookup;
    private final PasswordHasher hasher;
    private final MailedTokens tokens;
    private final IdentityProperties properties;
    private final Clock clock;

    public Passwords(CommandGateway commands, BackgroundCommands background, Accounts accounts, UserLookup lookup,
                     PasswordHasher hasher, MailedTokens tokens, IdentityProperties properties, Clock clock) {
        this.commands = commands;
        this.background = background;
        this.accounts = accounts;
        this.lookup = lookup;
        this.hasher = hasher;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    /** Answers the same, and as fast, whether or not the email is registered. */
    public void forgot(String email) {
        lookup.findUser(email).ifPresent(user -> background.send(new RequestPasswordResetCommand(user,
                tokens.issue(user, clock.instant(), properties.resetTokenLifetime()).stored())));
    }

    public void reset(String token, String newPassword) {
        PasswordPolicy.check("password", newPassword, null);
        UserId user = MailedTokens.userOf(token).orElseThrow(TokenLinkRefusedException::new);
        accounts.sendWithToken(new ResetPasswordCommand(user, MailedTokens.hash(token), hasher.hash(newPassword),
                clock.instant()));
    }

    public void change(UserId user, String email, String currentPassword, String newPassword) {
        PasswordPolicy.check("new_password", newPassword, email);
        commands.sendAndWait(new ChangePasswordCommand(user, currentPassword, hasher.hash(newPassword)));
    }
}
