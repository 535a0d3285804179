package com.skincare.shop.eventstore;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Adds a module's defaults file as the lowest-precedence property source, so an app's own configuration, system
 * properties and the environment always win. Each module names its own file: Spring Boot reads only one
 * {@code application.yml} from the classpath, and the launcher holds several modules.
 */
public abstract class ModuleDefaults implements EnvironmentPostProcessor {

    private final String resource;

    protected ModuleDefaults(String resource) {
        this.resource = resource;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(resource)) {
            return;
        }
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource(resource,
                    new ClassPathResource(resource, getClass().getClassLoader())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
