package com.skincare.shop.web.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthComponent;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code data} of {@code GET /health}: the status of the application and of each component, and nothing of
 * the components' details (disk paths, database names), which are no business of an anonymous caller.
 */
public record HealthSummary(String status, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, HealthSummary> components) {

    public HealthSummary {
        components = components == null ? Map.of() : Map.copyOf(components);
    }

    static HealthSummary of(HealthComponent health) {
        Map<String, HealthSummary> components = new LinkedHashMap<>();
        if (health instanceof CompositeHealth composite && composite.getComponents() != null) {
            composite.getComponents().forEach((name, component) -> components.put(name, of(component)));
        }
        return new HealthSummary(health.getStatus().getCode(), components);
    }
}
