package com.skincare.shop.web.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The error envelope on every path: the controller advice, {@code /error} in place of Spring Boot's whitelabel
 * controller, and the writer the security filters use. Bean names carry a {@code webSupport} prefix where an
 * application's own class of the same simple name is likely, so the two cannot clash.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ErrorHandlingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ProblemTranslator problemTranslator(ObjectMapper objectMapper) {
        return new ProblemTranslator(objectMapper);
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemResponseWriter problemResponseWriter(ObjectMapper objectMapper) {
        return new ProblemResponseWriter(objectMapper);
    }

    @Bean
    @ConditionalOnMissingBean
    public ApiExceptionHandler webSupportExceptionHandler(ProblemTranslator translator) {
        return new ApiExceptionHandler(translator);
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    public ApiErrorController webSupportErrorController(ProblemTranslator translator,
                                                 ObjectProvider<ErrorAttributes> errorAttributes) {
        return new ApiErrorController(translator, errorAttributes.getIfAvailable());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatErrorReport {

        @Bean
        @ConditionalOnMissingBean
        TomcatErrorReportCustomizer tomcatErrorReportCustomizer() {
            return new TomcatErrorReportCustomizer();
        }
    }
}
