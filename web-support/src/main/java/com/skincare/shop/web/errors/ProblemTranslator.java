package com.skincare.shop.web.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.skincare.shop.api.common.Rejection;
import com.skincare.shop.api.common.RejectedException;
import com.skincare.shop.web.envelope.ApiError.FieldProblem;
import jakarta.servlet.ServletException;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.lang.reflect.UndeclaredThrowableException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Decides the error answer for any exception, the single place where exceptions become status and code. Used by
 * the controller advice and by {@code /error}, so an exception is answered the same wherever it surfaces.
 * <p>
 * Refusals of the domain are looked for along the whole cause chain, since Axon and the futures of the gateways
 * wrap them ({@code CommandExecutionException}, {@code CompletionException}). Anything not recognised is a 500
 * with a fixed message; its text never reaches the client.
 */
public final class ProblemTranslator {

    private static final int MAX_CAUSE_DEPTH = 32;

    private final ValidationProblems validation;
    private final JsonBodyProblems jsonBody;
    private final Expectations expectations;

    public ProblemTranslator(ObjectMapper objectMapper) {
        FieldNames fieldNames = new FieldNames(objectMapper.getDeserializationConfig().getPropertyNamingStrategy());
        this.expectations = new Expectations(objectMapper);
        this.validation = new ValidationProblems(fieldNames, expectations::of);
        this.jsonBody = new JsonBodyProblems(expectations);
    }

    public ApiProblem translate(Throwable failure) {
        for (Throwable cause : causeChain(failure)) {
            ApiProblem problem = fromDomain(cause);
            if (problem != null) {
                return problem;
            }
        }
        ApiProblem problem = fromWeb(unwrap(failure));
        return problem != null ? problem : ApiProblem.of(ErrorCode.INTERNAL_ERROR);
    }

    /** How a {@link Rejection} is answered: its kind decides the status, its code and message are kept. */
    public static ApiProblem fromRejection(Rejection rejection) {
        Rejection.Kind kind = rejection.kind() == null ? Rejection.Kind.RULE : rejection.kind();
        ErrorCode generic = switch (kind) {
            case INVALID -> ErrorCode.VALIDATION_FAILED;
            case NOT_FOUND -> ErrorCode.NOT_FOUND;
            case CONFLICT -> ErrorCode.CONFLICT;
            case RULE -> ErrorCode.UNPROCESSABLE;
        };
        // Invalid input is always VALIDATION_FAILED so clients handle every field error alike.
        String code = kind == Rejection.Kind.INVALID || isBlank(rejection.code()) ? generic.name() : rejection.code();
        String message = isBlank(rejection.message()) ? generic.defaultMessage() : rejection.message();
        List<FieldProblem> details = rejection.field() == null
                ? List.of() : List.of(new FieldProblem(rejection.field(), message));
        return new ApiProblem(generic.status(), code, message, details, null);
    }

    /**
     * 429 with {@code Retry-After} in whole seconds, rounded up and at least one: "0" would invite an immediate
     * retry that is refused again.
     */
    public static ApiProblem rateLimited(Duration retryAfter) {
        long millis = Math.max(retryAfter == null ? 0 : retryAfter.toMillis(), 1);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString((millis + 999) / 1000));
        return ApiProblem.of(ErrorCode.RATE_LIMITED).withHeaders(headers);
    }

    private ApiProblem fromDomain(Throwable failure) {
        if (failure instanceof RejectedException rejected && rejected.rejection() != null) {
            return fromRejection(rejected.rejection());
        }
        if (failure instanceof HandlerExecutionException execution
                && execution.getDetails().orElse(null) instanceof Rejection rejection) {
            return fromRejection(rejection);
        }
        if (failure instanceof NotFoundException) {
            return ApiProblem.of(ErrorCode.NOT_FOUND, failure.getMessage());
        }
        if (failure instanceof InvalidRequestException invalid) {
            return fromInvalidRequest(invalid);
        }
        if (failure instanceof RateLimitedException limited) {
            return rateLimited(limited.retryAfter());
        }
        if (failure instanceof ServiceUnavailableException) {
            return ApiProblem.of(ErrorCode.SERVICE_UNAVAILABLE);
        }
        if (failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException) {
            // No database connection (the pool ran dry under load, or PostgreSQL is gone): the request did nothing
            // and may be sent again, which a 500 would not say.
            return ApiProblem.of(ErrorCode.SERVICE_UNAVAILABLE);
        }
        if (failure instanceof AggregateNotFoundException) {
            return ApiProblem.of(ErrorCode.NOT_FOUND);
        }
        if (failure instanceof ConcurrencyException) {
            return ApiProblem.of(ErrorCode.CONCURRENT_MODIFICATION);
        }
        if (failure instanceof ConstraintViolationException violations && violations.getConstraintViolations() != null) {
            return validation.fromViolations(violations.getConstraintViolations());
        }
        if (failure instanceof JSR303ViolationException violations) {
            return validation.fromViolations(violations.getViolations());
        }
        if (failure instanceof NoHandlerForCommandException || failure instanceof NoHandlerForQueryException) {
            // Nobody serves this right now (e.g. the other side is down): retryable, not our bug per se.
            return ApiProblem.of(ErrorCode.SERVICE_UNAVAILABLE);
        }
        return null;
    }

    /**
     * The message may or may not start with the field's name ("limit must be at most 100" or "must be at most
     * 100"); either way the answer's message names the field and the detail's message does not, like every
     * other field detail.
     */
    private static ApiProblem fromInvalidRequest(InvalidRequestException invalid) {
        String field = invalid.field();
        String message = isBlank(invalid.getMessage()) ? Expectations.INVALID_VALUE : invalid.getMessage().strip();
        if (field == null) {
            return ApiProblem.of(ErrorCode.BAD_REQUEST, message);
        }
        String prefix = field + " ";
        String detail = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        return ApiProblem.of(ErrorCode.BAD_REQUEST, prefix + detail)
                .withDetails(List.of(new FieldProblem(field, detail)));
    }

    private ApiProblem fromWeb(Throwable failure) {
        if (failure instanceof HttpMessageNotReadableException unreadable) {
            return jsonBody.from(unreadable);
        }
        if (failure instanceof HandlerMethodValidationException invalid) {
            return validation.fromMethodValidation(invalid);
        }
        if (failure instanceof BindException binding) {
            // Also MethodArgumentNotValidException, which is a BindException.
            return validation.fromBindingResult(binding.getBindingResult());
        }
        if (failure instanceof MethodArgumentTypeMismatchException mismatch) {
            return ApiProblem.ofField(ErrorCode.BAD_REQUEST, mismatch.getName(), expectations.of(mismatch.getRequiredType()));
        }
        if (failure instanceof MissingServletRequestParameterException missing) {
            return ApiProblem.ofField(ErrorCode.BAD_REQUEST, missing.getParameterName(), "is required");
        }
        if (failure instanceof MissingPathVariableException missing) {
            // Only a value that converted to null is the client's doing; a variable the route template lacks is
            // a bug in the controller, answered 500 and logged.
            return missing.isMissingAfterConversion()
                    ? ApiProblem.ofField(ErrorCode.BAD_REQUEST, missing.getVariableName(), "is required")
                    : null;
        }
        if (failure instanceof MissingRequestHeaderException missing) {
            return ApiProblem.ofField(ErrorCode.BAD_REQUEST, missing.getHeaderName(), "is required");
        }
        if (failure instanceof MissingServletRequestPartException missing) {
            return ApiProblem.ofField(ErrorCode.BAD_REQUEST, missing.getRequestPartName(), "is required");
        }
        if (failure instanceof HttpRequestMethodNotSupportedException notSupported) {
            return ApiProblem.of(ErrorCode.METHOD_NOT_ALLOWED, "Method " + notSupported.getMethod() + " is not allowed here")
                    .withHeaders(notSupported.getHeaders());
        }
        if (failure instanceof HttpMediaTypeNotSupportedException notSupported) {
            return ApiProblem.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE).withHeaders(notSupported.getHeaders());
        }
        if (failure instanceof HttpMediaTypeNotAcceptableException) {
            return ApiProblem.of(ErrorCode.NOT_ACCEPTABLE);
        }
        if (failure instanceof NoResourceFoundException || failure instanceof NoHandlerFoundException) {
            return ApiProblem.of(ErrorCode.NOT_FOUND, "No such endpoint");
        }
        if (failure instanceof MaxUploadSizeExceededException) {
            return ApiProblem.of(ErrorCode.PAYLOAD_TOO_LARGE);
        }
        if (failure instanceof MultipartException) {
            return ApiProblem.of(ErrorCode.BAD_REQUEST, "The multipart request is not valid");
        }
        if (failure instanceof CredentialsExpiredException) {
            return ApiProblem.of(ErrorCode.TOKEN_EXPIRED);
        }
        if (failure instanceof AuthenticationException) {
            return ApiProblem.of(ErrorCode.UNAUTHORIZED);
        }
        if (failure instanceof AccessDeniedException) {
            return ApiProblem.of(ErrorCode.FORBIDDEN);
        }
        if (failure instanceof ErrorResponse response) {
            return fromErrorResponse(response);
        }
        return null;
    }

    /**
     * Any other Spring MVC exception and {@code ResponseStatusException}: the status they carry decides. A client
     * error keeps its detail, which Spring and our controllers write for the caller; a server error says nothing.
     */
    private static ApiProblem fromErrorResponse(ErrorResponse response) {
        HttpStatusCode status = response.getStatusCode();
        ApiProblem generic = ApiProblem.forStatus(status.value());
        if (!status.is4xxClientError()) {
            return generic.code().equals(ErrorCode.INTERNAL_ERROR.name()) ? null : generic;
        }
        String detail = response.getBody().getDetail();
        String message = isBlank(detail) ? generic.message() : detail;
        return new ApiProblem(status, generic.code(), message, List.of(), response.getHeaders());
    }

    /** Containers that only carry the real failure: servlet and future wrappers. */
    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; depth < MAX_CAUSE_DEPTH && current.getCause() != null; depth++) {
            if (current instanceof ServletException || current instanceof CompletionException
                    || current instanceof ExecutionException || current instanceof UndeclaredThrowableException) {
                current = current.getCause();
            } else {
                break;
            }
        }
        return current;
    }

    private static List<Throwable> causeChain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable current = failure; current != null && chain.size() < MAX_CAUSE_DEPTH; current = current.getCause()) {
            Throwable candidate = current;
            if (chain.stream().anyMatch(seen -> seen == candidate)) {
                break;
            }
            chain.add(current);
        }
        return chain;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
