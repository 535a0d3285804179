package com.skincare.shop.command;

import com.skincare.shop.eventstore.SchemaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** Migrates the {@value #SCHEMA} schema at startup, before any bean that uses it. */
@Configuration(proxyBeanMethods = false)
public class CommandSchemaConfiguration {

    public static final String SCHEMA = "command";

    @Bean
    public CommandSchema commandSchema(DataSource dataSource) {
        SchemaMigration.migrate(dataSource, SCHEMA, "classpath:db/command");
        return new CommandSchema(SCHEMA);
    }
}
