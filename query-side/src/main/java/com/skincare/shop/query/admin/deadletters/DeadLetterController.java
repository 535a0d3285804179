package com.skincare.shop.query.admin.deadletters;

import com.skincare.shop.query.PageParameters;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.envelope.PageResponse;
import com.skincare.shop.web.errors.InvalidRequestException;
import com.skincare.shop.web.errors.NotFoundException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The projections' dead letters for an admin: list them, retry a sequence or all of them, drop a sequence or one
 * letter. Under {@code /api/v1/admin/projections/**}, which the gateway sends to a query node and only admins may
 * call.
 */
@RestController
@RequestMapping("/api/v1/admin/projections/{name}/dead-letters")
class DeadLetterController {

    /** Aggregate ids ({@code product-42}) and event ids (UUIDs), the sequence identifiers Axon's policy gives. */
    private static final Pattern SEQUENCE = Pattern.compile("[A-Za-z0-9._:@-]{1,255}");
    private static final Pattern LETTER_ID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int DEFAULT_LIMIT = 20;

    private final ProjectionDeadLetterQueues queues;

    DeadLetterController(ProjectionDeadLetterQueues queues) {
        this.queues = queues;
    }

    @GetMapping
    ApiResponse<PageResponse<DeadLetterView>> list(@PathVariable String name,
                                                   @ParameterObject PageParameters parameters) {
        return ApiResponse.ok("Dead letters retrieved", PageResponse.of(
                queues.page(name, parameters.toPageRequest(DEFAULT_LIMIT)).orElseThrow(() -> unknown(name))));
    }

    @GetMapping("/{sequence}")
    ApiResponse<List<DeadLetterView>> sequence(@PathVariable String name, @PathVariable String sequence) {
        return ApiResponse.ok("Dead letters retrieved",
                queues.sequence(name, checked(sequence)).orElseThrow(() -> noSequence(name, sequence)));
    }

    @PostMapping("/retry")
    ApiResponse<RetryOutcome> retryAll(@PathVariable String name) {
        RetryOutcome outcome = queues.retryAll(name).orElseThrow(() -> unknown(name));
        return ApiResponse.ok(outcome.sequencesCleared() == outcome.sequencesTried()
                ? "Dead letters retried" : "Dead letters retried; some failed again", outcome);
    }

    @PostMapping("/{sequence}/retry")
    ApiResponse<RetryOutcome> retry(@PathVariable String name, @PathVariable String sequence) {
        RetryOutcome outcome = queues.retry(name, checked(sequence)).orElseThrow(() -> noSequence(name, sequence));
        return ApiResponse.ok(outcome.sequencesCleared() == 1
                ? "Sequence retried" : "Sequence retried; it failed again or is being retried elsewhere", outcome);
    }

    @DeleteMapping("/{sequence}")
    ApiResponse<Map<String, Object>> drop(@PathVariable String name, @PathVariable String sequence) {
        int dropped = queues.drop(name, checked(sequence)).orElseThrow(() -> noSequence(name, sequence));
        return ApiResponse.ok("Dead letters dropped", Map.of("sequence_identifier", sequence, "dropped", dropped));
    }

    @DeleteMapping("/{sequence}/letters/{letterId}")
    ApiResponse<Map<String, Object>> dropLetter(@PathVariable String name, @PathVariable String sequence,
                                                @PathVariable String letterId) {
        if (!LETTER_ID.matcher(letterId).matches()) {
            throw new InvalidRequestException("letter_id", "must be a letter id (a UUID)");
        }
        if (!queues.dropLetter(name, checked(sequence), letterId)) {
            throw new NotFoundException("No dead letter " + letterId + " in sequence " + sequence + " of " + name);
        }
        return ApiResponse.ok("Dead letter dropped", Map.of("sequence_identifier", sequence, "letter_id", letterId));
    }

    private static String checked(String sequence) {
        if (!SEQUENCE.matcher(sequence).matches()) {
            throw new InvalidRequestException("sequence",
                    "must be 1 to 255 letters, digits or . _ : @ - (an aggregate or event id)");
        }
        return sequence;
    }

    private static NotFoundException unknown(String name) {
        return new NotFoundException("No projection named " + name);
    }

    private static NotFoundException noSequence(String name, String sequence) {
        return new NotFoundException("No dead letters for " + sequence + " in projection " + name);
    }
}
