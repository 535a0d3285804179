package com.skincare.shop.query.dashboard;

import com.skincare.shop.api.dashboard.Granularity;
import com.skincare.shop.api.dashboard.ReportRange;
import com.skincare.shop.web.errors.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportInputTest {

    /** 18:00 UTC on December 1 is already December 2 in Phnom Penh. */
    private static final Clock EVENING_UTC = Clock.fixed(Instant.parse("2026-12-01T18:00:00Z"), ZoneOffset.UTC);

    @Test
    void withoutDatesTheLastThirtyDaysUpToTodayInPhnomPenh() {
        assertThat(ReportInput.range(null, " ", EVENING_UTC))
                .isEqualTo(new ReportRange(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 2)));
        assertThat(ReportInput.range(null, "2026-06-30", EVENING_UTC))
                .isEqualTo(new ReportRange(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)));
        assertThat(ReportInput.range("2026-12-02", null, EVENING_UTC).days()).isEqualTo(1);
        assertThat(ReportInput.range(null, "2000-01-05", EVENING_UTC).from()).isEqualTo(LocalDate.of(2000, 1, 1));
    }

    @Test
    void aRangeOfThreeYearsIsTheLongest() {
        assertThat(ReportInput.range("2024-01-01", "2026-12-31", EVENING_UTC).days()).isEqualTo(1096);
        assertThatThrownBy(() -> ReportInput.range("2024-01-01", "2027-01-01", EVENING_UTC))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("to");
    }

    @ParameterizedTest(name = "from={0} to={1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "2026-12-05, 2026-12-01, from",
            "2026-12-03, -, from",
            "1999-12-31, 2000-01-10, from",
            "2100-12-01, 2101-01-01, to",
            "2026-13-01, -, from",
            "2026-02-30, -, from",
            "-, 01/12/2026, to",
            "-, 2026-12-01T10:00:00Z, to",
            "yesterday, -, from"})
    void badDatesAreRefusedNamingTheParameter(String from, String to, String field) {
        assertThatThrownBy(() -> ReportInput.range(from, to, EVENING_UTC))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo(field);
    }

    @Test
    void granularityOrPeriodAnyCaseDayUnlessTold() {
        assertThat(ReportInput.granularity(null, null)).isEqualTo(Granularity.DAY);
        assertThat(ReportInput.granularity("Week", null)).isEqualTo(Granularity.WEEK);
        assertThat(ReportInput.granularity(null, "month")).isEqualTo(Granularity.MONTH);
        assertThat(ReportInput.granularity("month", "MONTH")).isEqualTo(Granularity.MONTH);
        assertThatThrownBy(() -> ReportInput.granularity("hour", null)).extracting("field").isEqualTo("granularity");
        assertThatThrownBy(() -> ReportInput.granularity(null, "year")).extracting("field").isEqualTo("period");
        assertThatThrownBy(() -> ReportInput.granularity("day", "week")).extracting("field").isEqualTo("period");
    }

    @Test
    void limitsFromOneToAHundredTenUnlessTold() {
        assertThat(ReportInput.limit(null)).isEqualTo(10);
        assertThat(ReportInput.limit("100")).isEqualTo(100);
        for (String bad : new String[]{"0", "101", "-1", "ten", "1.5"}) {
            assertThatThrownBy(() -> ReportInput.limit(bad)).extracting("field").isEqualTo("limit");
        }
    }
}
