package com.skincare.shop.command.identity;

import com.skincare.shop.web.envelope.ApiError;
import com.skincare.shop.web.envelope.ApiResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The answers of refused sign-ins and token links, in the documented envelope. Scoped to this package's
 * controllers and ordered first, so web-support's general mapping neither sees nor overrides them.
 */
@RestControllerAdvice(basePackageClasses = IdentityAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class IdentityAdvice {

    @ExceptionHandler(SignInRefusedException.class)
    public ResponseEntity<ApiResponse<Void>> signInRefused(SignInRefusedException refused) {
        HttpStatus status = refused.reason().status().status();
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
        if (status == HttpStatus.UNAUTHORIZED) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return answer.body(ApiResponse.failure(refused.getMessage(), ApiError.of(refused.reason().name())));
    }

    @ExceptionHandler(TokenLinkRefusedException.class)
    public ResponseEntity<ApiResponse<Void>> tokenRefused(TokenLinkRefusedException refused) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).contentType(MediaType.APPLICATION_JSON)
                .body(ApiResponse.failure(refused.getMessage(), ApiError.of("TOKEN_INVALID")));
    }
}
