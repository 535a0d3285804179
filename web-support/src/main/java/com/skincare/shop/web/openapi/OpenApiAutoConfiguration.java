package com.skincare.shop.web.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.skincare.shop.web.security.ShopAccessRules;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The OpenAPI document ({@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui.html}): title, version, the
 * {@value #BEARER_AUTH} scheme, required on the admin operations, and schemas named as the JSON is.
 */
@AutoConfiguration
@ConditionalOnClass({OpenAPI.class, OpenApiCustomizer.class})
public class OpenApiAutoConfiguration {

    /** Name of the HTTP bearer (JWT) security scheme, for {@code @SecurityRequirement(name = BEARER_AUTH)}. */
    public static final String BEARER_AUTH = "bearerAuth";

    private static final String ADMIN_PREFIX = "/api/v1/admin/";

    @Bean
    @ConditionalOnMissingBean
    public OpenAPI shopOpenApi(@Value("${shop.api.version:v1}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title("Skincare shop API")
                        .version(version)
                        .description("Event-sourced backend of an online skincare shop. Every answer is the "
                                + "{success, message, data | error} envelope."))
                .components(new Components().addSecuritySchemes(BEARER_AUTH, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")));
    }

    /** Marks the admin operations (all but the login) as needing the bearer token, without an annotation each. */
    @Bean
    public OpenApiCustomizer adminOperationsNeedBearerToken() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith(ADMIN_PREFIX) && !path.equals(ShopAccessRules.ADMIN_LOGIN)) {
                    item.readOperations().forEach(operation -> operation.addSecurityItem(
                            new SecurityRequirement().addList(BEARER_AUTH)));
                }
            });
        };
    }

    /**
     * Swagger introspects models with its own ObjectMapper, which knows nothing of snake_case; with (a copy of)
     * the application's mapper the documented properties are the ones the API reads and writes. A copy, because
     * Swagger registers its own annotation introspector on the mapper it is given.
     */
    @Bean
    @ConditionalOnMissingBean
    public ModelResolver snakeCaseModelResolver(ObjectMapper objectMapper) {
        return new ModelResolver(objectMapper.copy());
    }
}
