package com.skincare.shop.web.health;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** {@code GET /health}, wherever Actuator's health endpoint is available. */
@AutoConfiguration(after = HealthEndpointAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(HealthEndpoint.class)
public class HealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public HealthController webSupportHealthController(HealthEndpoint healthEndpoint, ObjectProvider<HttpCodeStatusMapper> statusMapper) {
        return new HealthController(healthEndpoint, statusMapper.getIfAvailable(() -> HttpCodeStatusMapper.DEFAULT));
    }
}
