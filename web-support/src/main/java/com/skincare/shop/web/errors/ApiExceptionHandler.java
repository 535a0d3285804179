package com.skincare.shop.web.errors;

import com.skincare.shop.web.envelope.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Answers every exception a controller lets escape with the error envelope (see {@link ProblemTranslator}).
 * Ordered last, so a module's own advice for its own exceptions takes precedence.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler {

    private final ProblemTranslator translator;

    public ApiExceptionHandler(ProblemTranslator translator) {
        this.translator = translator;
    }

    /**
     * Security exceptions from method security go back to Spring Security's filter, which alone knows whether
     * the caller is anonymous (401) or lacks a role (403). Rethrowing the very exception is how an exception
     * handler declines to handle it.
     */
    @ExceptionHandler({AuthenticationException.class, AccessDeniedException.class})
    public void declineSecurityException(Exception exception) throws Exception {
        throw exception;
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ApiResponse<Void>> handle(Exception exception, HttpServletRequest request) throws Exception {
        if (DisconnectedClientHelper.isClientDisconnectedException(exception)) {
            // Nobody is listening; Spring MVC's default resolver closes the exchange quietly.
            throw exception;
        }
        ApiProblem problem = translator.translate(exception);
        ProblemLog.record(problem, exception, request);
        return problem.toResponseEntity();
    }
}
