package com.skincare.shop.launcher;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The Redis service the suite runs against (127.0.0.1:6379, as on CI). Every run writes under a key prefix of
 * its own and removes its keys when it ends, so a shared Redis does not collect sessions of old runs.
 */
final class RedisService {

    private RedisService() {
    }

    static void deleteKeys(String prefix) {
        LettuceConnectionFactory connections = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", 6379));
        connections.afterPropertiesSet();
        connections.start();
        try {
            StringRedisTemplate redis = new StringRedisTemplate(connections);
            List<String> keys = new ArrayList<>();
            try (var cursor = redis.scan(ScanOptions.scanOptions().match(prefix + "*").count(500).build())) {
                cursor.forEachRemaining(keys::add);
            }
            if (!keys.isEmpty()) {
                redis.delete(keys);
            }
        } finally {
            connections.destroy();
        }
    }
}
