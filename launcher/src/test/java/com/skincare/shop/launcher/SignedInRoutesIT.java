package com.skincare.shop.launcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the shop that acts for the signed-in caller (it takes an {@code @AuthenticationPrincipal})
 * answers 401 to a request without a token, found from the application's own handler mappings rather than from
 * a list, so a new endpoint whose path the security rules forgot cannot answer a 500 for want of a caller.
 */
class SignedInRoutesIT extends ShopIT {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointThatActsForTheCallerRefusesAnAnonymousRequest() {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            boolean forTheCaller = Arrays.stream(mapping.getValue().getMethodParameters())
                    .anyMatch(parameter -> parameter.hasParameterAnnotation(AuthenticationPrincipal.class));
            if (!forTheCaller) {
                continue;
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
                    Http.Answer answer = anonymous().send(method.name(), path, method == RequestMethod.GET ? null : "{}");
                    assertThat(answer.status()).as(method + " " + path + " " + answer).isEqualTo(401);
                    checked.add(method + " " + path);
                }
            }
        }
        assertThat(checked).as("the endpoints found").contains("GET /api/v1/auth/me", "POST /api/v1/reviews",
                "POST /api/v1/user/addresses", "PUT /api/v1/admin/reviews/1/status").hasSizeGreaterThan(20);
    }
}
