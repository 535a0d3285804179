package com.skincare.shop.command.identity;

import com.skincare.shop.api.common.RejectedException;
import com.skincare.shop.api.common.Rejection;
import com.skincare.shop.api.identity.RegisterUserCommand;
import com.skincare.shop.api.identity.ResendVerificationCommand;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.identity.UserRole;
import com.skincare.shop.api.identity.VerifyEmailCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;

/**
 * Signing up and confirming the email: what a request needs before it becomes a command (the password checked
 * and hashed, an id, a token) and what a refusal means to the caller.
 */
@Service
public class Accounts {

    private final CommandGateway commands;
    private final BackgroundCommands background;
    private final UserIdAllocator ids;
    private final UserLookup lookup;
    private final PasswordHasher hasher;
    private final MailedTokens tokens;
    private final IdentityProperties properties;
    private final Clock clock;

    public Accounts(CommandGateway commands, BackgroundCommands background, UserIdAllocator ids, UserLookup lookup,
                    PasswordHasher hasher, MailedTokens tokens, IdentityProperties properties, Clock clock) {
        this.commands = commands;
        this.background = background;
        this.ids = ids;
        this.lookup = lookup;
        this.hasher = hasher;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new customer, not verified yet; the verification mail goes out from the outbox. */
    public RegisterUserCommand register(RegisterRequest request) {
        PasswordPolicy.check("password", request.password(), request.email());
        UserId user = ids.nextUserId();
        RegisterUserCommand command = RegisterUserCommand.unverified(user, request.email(),
                hasher.hash(request.password()), request.profile(), UserRole.CUSTOMER,
                tokens.issue(user, clock.instant(), properties.verificationTokenLifetime()).stored());
        commands.sendAndWait(command);
        return command;
    }

    public void verifyEmail(String token) {
        UserId user = MailedTokens.userOf(token).orElseThrow(TokenLinkRefusedException::new);
        sendWithToken(new VerifyEmailCommand(user, MailedTokens.hash(token), clock.instant()));
    }

    /** Answers the same, and as fast, whether or not the email is registered or already verified. */
    public void resendVerification(String email) {
        Instant now = clock.instant();
        lookup.findUser(email).ifPresent(user -> background.send(new ResendVerificationCommand(user,
                tokens.issue(user, now, properties.verificationTokenLifetime()).stored(), now)));
    }

    /**
     * Sends a command that presents a mailed token; every way it can fail for want of a good token (an unknown
     * or deleted user included) becomes the one answer of {@link TokenLinkRefusedException}. Other refusals, a
     * weak password say, keep their own answer.
     */
    void sendWithToken(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw new TokenLinkRefusedException();
        } catch (RejectedException e) {
            Rejection rejection = e.rejection();
            if ("TOKEN_INVALID".equals(rejection.code()) || rejection.kind() == Rejection.Kind.NOT_FOUND) {
                throw new TokenLinkRefusedException();
            }
            throw e;
        }
    }
}
