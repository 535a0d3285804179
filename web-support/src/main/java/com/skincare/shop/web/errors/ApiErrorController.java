package com.skincare.shop.web.errors;

import com.skincare.shop.web.envelope.ApiResponse;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * {@code /error}: the envelope for whatever did not pass through Spring MVC's exception handling, i.e. exceptions
 * thrown by servlet filters and errors the servlet container answers itself. Replaces Spring Boot's
 * {@code BasicErrorController} and its whitelabel page.
 */
@Hidden
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ApiErrorController implements ErrorController {

    private final ProblemTranslator translator;
    private final ErrorAttributes errorAttributes;

    /**
     * @param errorAttributes Spring Boot's, to find an exception a handler resolver recorded; may be null
     */
    public ApiErrorController(ProblemTranslator translator, ErrorAttributes errorAttributes) {
        this.translator = translator;
        this.errorAttributes = errorAttributes;
    }

    @RequestMapping
    public ResponseEntity<ApiResponse<Void>> error(HttpServletRequest request) {
        Throwable failure = errorAttributes != null
                ? errorAttributes.getError(new ServletWebRequest(request))
                : (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        ApiProblem problem;
        if (failure != null) {
            problem = translator.translate(failure);
            ProblemLog.record(problem, failure, request);
        } else if (request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status && status >= 400) {
            problem = ApiProblem.forStatus(status);
        } else {
            // Someone asked for /error directly.
            problem = ApiProblem.of(ErrorCode.NOT_FOUND, "No such endpoint");
        }
        return problem.toResponseEntity();
    }
}
