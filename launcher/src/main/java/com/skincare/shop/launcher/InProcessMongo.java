package com.skincare.shop.launcher;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The analytics store of the embedded default: an in-process server speaking the Mongo wire protocol, reached
 * through the real Mongo driver, unless {@code MONGO_URI} names a MongoDB. The analytics projections take this
 * client in place of the one they would make from {@code MONGO_URI}.
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
}
