package com.skincare.shop.launcher;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

import java.util.Map;
import java.util.Set;

/**
 * The embedded default's Redis: when the environment names none, sessions, refresh tokens and rate-limit
 * counters stay in this process, which is right for a shop of one JVM. Only the launcher does this; a deployed
 * side without Redis settings uses Redis on localhost and fails loudly if there is none.
 */
public class SharedStateChoice implements EnvironmentPostProcessor, Ordered {

    private static final Set<String> REDIS_SETTINGS = Set.of("REDIS_HOST", "SPRING_DATA_REDIS_HOST",
            "spring.data.redis.host", "SHOP_REDIS_ENABLED", "shop.redis.enabled");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!application.getAllSources().contains(ShopApplication.class) || redisConfigured(environment)) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("embedded-shared-state", Map.of(
                "shop.redis.enabled", "false",
                "shop.shared-state.description", "in this process (set REDIS_HOST to use Redis)")));
    }

    private static boolean redisConfigured(ConfigurableEnvironment environment) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable && !source.getName().contains("efaults")) {
                for (String name : REDIS_SETTINGS) {
                    if (enumerable.containsProperty(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
