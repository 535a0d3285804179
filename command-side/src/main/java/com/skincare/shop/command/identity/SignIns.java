package com.skincare.shop.command.identity;

import com.skincare.shop.api.common.RejectedException;
import com.skincare.shop.api.identity.AuthenticateUserCommand;
import com.skincare.shop.api.identity.AuthenticatedAccount;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.identity.UserRole;
import com.skincare.shop.command.identity.SignInRefusedException.Reason;
import com.skincare.shop.web.security.AccessTokenIssuer;
import com.skincare.shop.web.security.IssuedToken;
import com.skincare.shop.web.security.JwtProperties;
import com.skincare.shop.web.security.ShopAccessRules;
import com.skincare.shop.web.sessions.Rotation;
import com.skincare.shop.web.sessions.Session;
import com.skincare.shop.web.sessions.SessionStore;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Signing in, refreshing and signing out. The password is checked by the user's aggregate, which alone knows
 * the current hash and whether the account is suspended; the session then opens in the shared
 * {@link SessionStore}, and each access token names its session, so ending the session ends the tokens.
 * <p>
 * Failed attempts are counted by the {@link LoginThrottle}. An unknown email costs a BCrypt check all the same,
 * so the time of the answer does not tell whether the account exists.
 */
@Service
public class SignIns {

    static final int SESSION_ID_BYTES = 16;
    static final int REFRESH_TOKEN_BYTES = 32;
    /** The token role that opens the event feed; granted on the User aggregate, never a {@code users.role}. */
    static final String ANALYTICS_GRANT = ShopAccessRules.ANALYTICS_ROLE.toLowerCase(Locale.ROOT);

    private final CommandGateway commands;
    private final UserLookup lookup;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final SessionStore sessions;
    private final AccessTokenIssuer tokens;
    private final JwtProperties lifetimes;
    private final Clock clock;
    private volatile String decoyHash;

    public SignIns(CommandGateway commands, UserLookup lookup, PasswordHasher hasher, LoginThrottle throttle,
                   SessionStore sessions, AccessTokenIssuer tokens, JwtProperties lifetimes, Clock clock) {
        this.commands = commands;
        this.lookup = lookup;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessions = sessions;
        this.tokens = tokens;
        this.lifetimes = lifetimes;
        this.clock = clock;
    }

    /**
     * @param address   the client's address, for the per-address failure count
     * @param adminOnly the admin sign-in: a correct password of a non-admin is refused with 403
     */
    public SignedIn signIn(String email, String password, String address, boolean adminOnly) {
        throttle.check(address, email);
        AuthenticatedAccount account = authenticate(email, password).orElseGet(() -> {
            throttle.failed(address, email);
            throw new SignInRefusedException(Reason.INVALID_CREDENTIALS);
        });
        throttle.succeeded(email);
        if (adminOnly && account.role() != UserRole.ADMIN) {
            throw new SignInRefusedException(Reason.NOT_AN_ADMIN);
        }
        Session session = new Session(Randoms.token(SESSION_ID_BYTES), Long.toString(account.userId().value()),
                account.email(), account.role().code(), clock.instant(),
                account.analyticsAccess() ? Set.of(ANALYTICS_GRANT) : Set.of());
        String refreshToken = Randoms.token(REFRESH_TOKEN_BYTES);
        if (!sessions.open(session, Randoms.sha256(refreshToken), lifetimes.refreshExpiresIn())) {
            // Suspended between the password check and now.
            throw new SignInRefusedException(Reason.ACCOUNT_SUSPENDED);
        }
        return answer(session, refreshToken);
    }

    /** Spends the refresh token for a new pair; a token presented twice ends its session for both holders. */
    public SignedIn refresh(String refreshToken) {
        String next = Randoms.token(REFRESH_TOKEN_BYTES);
        Rotation rotation = sessions.rotate(Randoms.sha256(refreshToken.strip()), Randoms.sha256(next),
                lifetimes.refreshExpiresIn(), clock.instant());
        if (rotation.outcome() != Rotation.Outcome.ROTATED) {
            throw new SignInRefusedException(Reason.INVALID_REFRESH_TOKEN);
        }
        return answer(rotation.session(), next);
    }

    public void signOut(String sessionId) {
        sessions.close(sessionId);
    }

    private Optional<AuthenticatedAccount> authenticate(String email, String password) {
        Optional<UserId> user = lookup.findUser(email);
        if (user.isEmpty()) {
            hasher.matches(password, decoyHash());
            return Optional.empty();
        }
        try {
            AuthenticatedAccount account = commands.sendAndWait(new AuthenticateUserCommand(user.get(), password));
            return Optional.of(account);
        } catch (RejectedException refused) {
            if ("ACCOUNT_SUSPENDED".equals(refused.rejection().code())) {
                throw new SignInRefusedException(Reason.ACCOUNT_SUSPENDED);
            }
            return Optional.empty();
        }
    }

    private SignedIn answer(Session session, String refreshToken) {
        IssuedToken access = tokens.issue(session.userId(), session.email(), session.roles(), session.id());
        UserRole role = UserRole.fromCode(session.role()).orElse(UserRole.CUSTOMER);
        return new SignedIn(access.accessToken(), refreshToken, access.tokenType(), access.expiresIn(),
                lifetimes.refreshExpiresIn().toSeconds(),
                new SignedIn.Account(Long.parseLong(session.userId()), session.email(), role));
    }

    /** A hash of nothing anyone knows, made once, so unknown emails cost what known ones do. */
    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash(Randoms.token(24));
            decoyHash = hash;
        }
        return hash;
    }
}
