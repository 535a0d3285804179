package com.skincare.shop.launcher;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The analytics store of the embedded default: an in-process server speaking the Mongo wire protocol, reached
 * through the real Mongo driver, unless {@code MONGO_URI} names a MongoDB.
 */
@Configuration(proxyBeanMethods = false)
public class InProcessMongo {

    @Bean(destroyMethod = "shutdownNow")
    @ConditionalOnExpression("'${MONGO_URI:}'.isEmpty()")
    MongoServer inProcessMongoServer() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient analyticsMongoClient(@Value("${MONGO_URI:}") String uri, ObjectProvider<MongoServer> inProcess) {
        return MongoClients.create(uri.isEmpty() ? inProcess.getObject().getConnectionString() : uri);
    }

    @Bean
    HealthIndicator analyticsStoreHealthIndicator(MongoClient client, @Value("${MONGO_DATABASE:skincare_analytics}") String db) {
        return () -> {
            try {
                client.getDatabase(db).runCommand(new Document("ping", 1));
                return Health.up().withDetail("database", db).build();
            } catch (RuntimeException e) {
                return Health.down().withDetail("database", db).build();
            }
        };
    }
}
