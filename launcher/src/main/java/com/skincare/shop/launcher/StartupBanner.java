package com.skincare.shop.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the shop where it answers. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    @EventListener
    void onReady(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        Environment env = ready.getApplicationContext().getEnvironment();
        String base = "http://localhost:" + web.getWebServer().getPort();
        log.info("""

                  Skincare shop is up: {}
                  Swagger UI:          {}/swagger-ui.html
                  Health:              {}/health
                  Database:            {}
                  Sessions and limits: {}
                  Mail:                {}
                """, base, base, base, env.getProperty("shop.database.description", "configured through DB_HOST"),
                env.getProperty("shop.shared-state.description", "Redis at " + env.getProperty("spring.data.redis.host")
                        + ":" + env.getProperty("spring.data.redis.port")),
                env.getProperty("shop.mail.smtp-host", "").isBlank()
                        ? "dev mailbox, " + base + "/api/v1/admin/dev/mailbox (admin)"
                        : "SMTP at " + env.getProperty("shop.mail.smtp-host"));
    }
}
