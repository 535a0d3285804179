package com.skincare.shop.command.identity;

import com.skincare.shop.web.envelope.ApiError;
import com.skincare.shop.web.envelope.ApiResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a failed login with 401 in the documented envelope. Scoped to the login endpoint and ordered first, so
 * web-support's general error mapping neither sees nor overrides it.
 */
@RestControllerAdvice(assignableTypes = AdminLoginController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class InvalidCredentialsAdvice {

    @ExceptionHandler(InvalidCredentialsException.class)
    @ResponseStatus(HttpStatus.UNAUTHORIZED)
    public ApiResponse<Void> invalidCredentials(InvalidCredentialsException exception) {
        return ApiResponse.failure(exception.getMessage(), ApiError.of("INVALID_CREDENTIALS"));
    }
}
