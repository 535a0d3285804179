package com.skincare.shop.command.identity;

import com.skincare.shop.api.common.RejectedException;
import com.skincare.shop.api.identity.RegisterUserCommand;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.identity.UserProfile;
import com.skincare.shop.api.identity.UserRole;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * The first admin: at start, when {@code ADMIN_EMAIL} is not registered, it is registered through a command as
 * an admin whose email the shop vouches for, with {@code ADMIN_PASSWORD}. Without a password one is generated
 * and printed once, which suits only the embedded demo. When the email is already registered nothing changes,
 * whatever {@code ADMIN_PASSWORD} says now: the password is then the admin's own business, changed through
 * {@code POST /api/v1/auth/change-password}. A weak configured password stops the start.
 */
@Component
public class AdminBootstrap {

    static final int GENERATED_PASSWORD_LENGTH = 20;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final CommandGateway commands;
    private final UserLookup lookup;
    private final UserIdAllocator ids;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final String email;
    private final String password;

    public AdminBootstrap(CommandGateway commands, UserLookup lookup, UserIdAllocator ids, PasswordHasher hasher,
                          Clock clock, @Value("${shop.admin.email:admin@skincare.local}") String email,
                          @Value("${shop.admin.password:}") String password) {
        this.commands = commands;
        this.lookup = lookup;
        this.ids = ids;
        this.hasher = hasher;
        this.clock = clock;
        this.email = email.strip();
        this.password = password;
        if (password != null && !password.isEmpty()) {
            PasswordPolicy.problemWith(password, this.email).ifPresent(problem -> {
                throw new IllegalStateException("ADMIN_PASSWORD (shop.admin.password) " + problem);
            });
        }
    }

    /** Before anything else that starts with the shop (the demo catalog), so the admin exists first. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void ensureAdmin() {
        Optional<UserId> existing = lookup.findUser(email);
        if (existing.isPresent()) {
            log.info("Admin {} is registered (user {})", email, existing.get().value());
            return;
        }
        boolean generate = password == null || password.isEmpty();
        String effective = generate ? generatePassword() : password;
        UserId admin = ids.nextUserId();
        try {
            commands.sendAndWait(RegisterUserCommand.verified(admin, email, hasher.hash(effective),
                    new UserProfile("Shop", "Admin", null, null, null, null, null), UserRole.ADMIN, clock.instant()));
        } catch (RejectedException taken) {
            // Nodes starting together: the first one registers the admin, the others meet its email claim.
            log.info("Admin {} was registered meanwhile by another node", email);
            return;
        }
        if (generate) {
            log.warn("No ADMIN_PASSWORD configured; registered admin {} with the generated password {} "
                    + "(shown once; embedded demo only)", email, effective);
        } else {
            log.info("Registered admin {} (user {})", email, admin.value());
        }
    }

    private static String generatePassword() {
        StringBuilder generated = new StringBuilder(GENERATED_PASSWORD_LENGTH);
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            generated.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return generated.toString();
    }
}
