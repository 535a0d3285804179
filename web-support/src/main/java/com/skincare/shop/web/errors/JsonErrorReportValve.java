package com.skincare.shop.web.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's last resort, in the envelope instead of an HTML page: answers requests Tomcat refuses before any
 * application code runs (an undecodable URI, oversized headers) and failures of {@code /error} itself. Says only
 * the generic code and message of the status.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    // Not the application's mapper: the envelope's own field names need no configuration, and Tomcat creates
    // this valve outside the Spring context.
    private static final ObjectMapper JSON = new ObjectMapper();

    public JsonErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(ApiProblem.forStatus(status).body()));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is failing already; there is nobody left to tell.
        }
    }
}
