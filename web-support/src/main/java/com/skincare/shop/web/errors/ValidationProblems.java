package com.skincare.shop.web.errors;

import com.skincare.shop.web.envelope.ApiError.FieldProblem;
import jakarta.validation.ConstraintViolation;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.MatrixVariable;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Bean Validation and data binding failures as {@code VALIDATION_FAILED} (or {@code BAD_REQUEST} when a value
 * could not even be converted), one detail per field with the constraint's message.
 */
final class ValidationProblems {

    private final FieldNames fieldNames;
    private final Function<Class<?>, String> expectation;

    /**
     * @param expectation what a value of a type must look like, for values that failed conversion
     */
    ValidationProblems(FieldNames fieldNames, Function<Class<?>, String> expectation) {
        this.fieldNames = fieldNames;
        this.expectation = expectation;
    }

    static ApiProblem validationFailed(List<FieldProblem> details) {
        if (details.size() == 1 && details.get(0).field() != null) {
            FieldProblem only = details.get(0);
            return ApiProblem.ofField(ErrorCode.VALIDATION_FAILED, only.field(), only.message());
        }
        return ApiProblem.of(ErrorCode.VALIDATION_FAILED).withDetails(details);
    }

    /**
     * A body or model attribute that failed validation or binding. Binding failures (a query value that is not a
     * number, say) make the whole answer {@code BAD_REQUEST}, as for a plain query parameter of the wrong type.
     */
    ApiProblem fromBindingResult(BindingResult result) {
        List<FieldProblem> details = new ArrayList<>();
        addErrors(result, details);
        boolean conversionFailed = result.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure);
        if (conversionFailed) {
            return ApiProblem.of(ErrorCode.BAD_REQUEST).withDetails(details);
        }
        return validationFailed(details);
    }

    ApiProblem fromMethodValidation(HandlerMethodValidationException exception) {
        List<FieldProblem> details = new ArrayList<>();
        exception.visitResults(new HandlerMethodValidationException.Visitor() {
            @Override
            public void cookieValue(CookieValue cookieValue, ParameterValidationResult result) {
                addParameter(cookieValue != null ? either(cookieValue.name(), cookieValue.value()) : "", result, details);
            }

            @Override
            public void matrixVariable(MatrixVariable matrixVariable, ParameterValidationResult result) {
                addParameter(matrixVariable != null ? either(matrixVariable.name(), matrixVariable.value()) : "", result, details);
            }

            @Override
            public void modelAttribute(ModelAttribute modelAttribute, ParameterErrors errors) {
                addErrors(errors, details);
            }

            @Override
            public void pathVariable(PathVariable pathVariable, ParameterValidationResult result) {
                addParameter(pathVariable != null ? either(pathVariable.name(), pathVariable.value()) : "", result, details);
            }

            @Override
            public void requestBody(RequestBody requestBody, ParameterErrors errors) {
                addErrors(errors, details);
            }

            @Override
            public void requestBodyValidationResult(RequestBody requestBody, ParameterValidationResult result) {
                // A constraint on a body that is a list or a scalar: report items by index only.
                addParameter(null, result, details);
            }

            @Override
            public void requestHeader(RequestHeader requestHeader, ParameterValidationResult result) {
                addParameter(requestHeader != null ? either(requestHeader.name(), requestHeader.value()) : "", result, details);
            }

            @Override
            public void requestParam(RequestParam requestParam, ParameterValidationResult result) {
                addParameter(requestParam != null ? either(requestParam.name(), requestParam.value()) : "", result, details);
            }

            @Override
            public void requestPart(RequestPart requestPart, ParameterErrors errors) {
                addErrors(errors, details);
            }

            @Override
            public void other(ParameterValidationResult result) {
                addParameter("", result, details);
            }
        });
        for (MessageSourceResolvable crossParameter : exception.getCrossParameterValidationResults()) {
            details.add(new FieldProblem(null, message(crossParameter)));
        }
        return validationFailed(details);
    }

    ApiProblem fromViolations(Collection<? extends ConstraintViolation<?>> violations) {
        List<FieldProblem> details = violations.stream()
                .map(v -> new FieldProblem(fieldNames.fromViolationPath(v.getPropertyPath()), v.getMessage()))
                .toList();
        return validationFailed(details);
    }

    private void addErrors(Errors errors, List<FieldProblem> details) {
        for (ObjectError error : errors.getAllErrors()) {
            if (error instanceof FieldError fieldError) {
                String field = fieldNames.fromPropertyPath(fieldError.getField());
                details.add(new FieldProblem(field, fieldError.isBindingFailure()
                        ? expectation.apply(errors.getFieldType(fieldError.getField()))
                        : message(fieldError)));
            } else {
                details.add(new FieldProblem(null, message(error)));
            }
        }
    }

    /**
     * @param declaredName the name given in the binding annotation, as the client sends it; {@code null} for a
     *                     request body, whose own name the client never sees; empty to use the Java name
     */
    private void addParameter(String declaredName, ParameterValidationResult result, List<FieldProblem> details) {
        String name = declaredName == null ? "" : parameterName(declaredName, result.getMethodParameter());
        if (result.getContainerIndex() != null) {
            name = name + "[" + result.getContainerIndex() + "]";
        } else if (result.getContainerKey() != null) {
            name = name + "[" + result.getContainerKey() + "]";
        }
        String field = name.isEmpty() ? null : name;
        for (MessageSourceResolvable error : result.getResolvableErrors()) {
            details.add(new FieldProblem(field, message(error)));
        }
    }

    /** {@code name} and {@code value} are aliases, but only a synthesized annotation fills both. */
    private static String either(String name, String value) {
        return name.isEmpty() ? value : name;
    }

    private static String parameterName(String declaredName, MethodParameter parameter) {
        if (!declaredName.isEmpty()) {
            return declaredName;
        }
        String javaName = parameter.getParameterName();
        return javaName == null ? "" : javaName;
    }

    private static String message(MessageSourceResolvable error) {
        String message = error.getDefaultMessage();
        return message == null || message.isBlank() ? Expectations.INVALID_VALUE : message;
    }
}
