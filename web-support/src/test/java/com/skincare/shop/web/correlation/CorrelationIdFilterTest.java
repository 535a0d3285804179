package com.skincare.shop.web.correlation;

import com.skincare.shop.web.HttpTestBase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdFilterTest extends HttpTestBase {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aSaneIdIsEchoed() {
        Answer answer = get("/health", CorrelationIdFilter.HEADER, "req-42.a:b_C");

        assertThat(answer.header(CorrelationIdFilter.HEADER)).contains("req-42.a:b_C");
    }

    @Test
    void withoutAnIdTheAnswerGetsANewOne() {
        Answer answer = get("/health");

        assertThat(answer.header(CorrelationIdFilter.HEADER)).hasValueSatisfying(id -> assertThat(id).matches(UUID));
    }

    @Test
    void anIdOnAnErrorAnswerToo() {
        Answer answer = get("/no-such-path", CorrelationIdFilter.HEADER, "lost-1");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header(CorrelationIdFilter.HEADER)).contains("lost-1");
    }

    @Test
    void insaneIdsAreReplaced() {
        assertThat(CorrelationIdFilter.correlationId("a".repeat(65))).matches(UUID);
        assertThat(CorrelationIdFilter.correlationId("two words")).matches(UUID);
        assertThat(CorrelationIdFilter.correlationId("line\nbreak")).matches(UUID);
        assertThat(CorrelationIdFilter.correlationId("{\"json\":1}")).matches(UUID);
        assertThat(CorrelationIdFilter.correlationId("")).matches(UUID);
        assertThat(CorrelationIdFilter.correlationId(null)).matches(UUID);
        assertThat(CorrelationIdFilter.correlationId("a".repeat(64))).isEqualTo("a".repeat(64));
    }
}
