package com.skincare.shop.web.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Adds the module's defaults ({@value #RESOURCE}) as the lowest-precedence property source, so every application
 * property, system property and environment variable wins over them.
 */
public class WebSupportDefaults implements EnvironmentPostProcessor, Ordered {

    /** Name of the property source, to find it in the environment. */
    public static final String PROPERTY_SOURCE_NAME = "skincareWebSupportDefaults";

    static final String RESOURCE = "META-INF/skincare-web-support-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // A launcher may run several applications on one environment; adding twice would be harmless but untidy.
        if (environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
            return;
        }
        try {
            environment.getPropertySources().addLast(
                    new ResourcePropertySource(PROPERTY_SOURCE_NAME, new ClassPathResource(RESOURCE, getClass().getClassLoader())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    @Override
    public int getOrder() {
        // After Spring Boot has loaded the application's config data, so that "last" really is last.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
