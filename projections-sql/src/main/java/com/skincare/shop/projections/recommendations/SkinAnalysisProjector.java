package com.skincare.shop.projections.recommendations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.skincare.shop.api.recommendations.SkinAnalysisFeedbackRecordedEvent;
import com.skincare.shop.api.recommendations.SkinAnalyzedEvent;
import com.skincare.shop.api.recommendations.SkinQuestionnaire;
import com.skincare.shop.projections.CustomerProcessing;
import com.skincare.shop.projections.EventTime;
import com.skincare.shop.projections.SqlArrays;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes {@code skin_analyses} from the skin analysis events, keyed by the user and the analysis's number, its
 * times from the events. In the customers' stream, since a row refers to its user; a deleted user's analyses go
 * with their {@code users} row.
 */
@ProcessingGroup(CustomerProcessing.GROUP)
public class SkinAnalysisProjector {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private final NamedParameterJdbcTemplate jdbc;

    public SkinAnalysisProjector(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(SkinAnalyzedEvent event, @Timestamp Instant timestamp) {
        SkinQuestionnaire answers = event.questionnaire();
        jdbc.update("""
                INSERT INTO skin_analyses (user_id, analysis_id, skin_type, concerns, age_range, answers, created_at)
                SELECT :userId, :analysisId, CAST(:skinType AS skin_type), :concerns, :ageRange,
                       CAST(:answers AS jsonb), :createdAt
                WHERE EXISTS (SELECT 1 FROM users WHERE id = :userId)
                ON CONFLICT (user_id, analysis_id) DO UPDATE SET skin_type = EXCLUDED.skin_type,
                    concerns = EXCLUDED.concerns, age_range = EXCLUDED.age_range, answers = EXCLUDED.answers,
                    created_at = EXCLUDED.created_at
                """, new MapSqlParameterSource()
                .addValue("userId", event.skinAnalysesId().value())
                .addValue("analysisId", event.analysisId())
                .addValue("skinType", event.skinType().code())
                .addValue("concerns", SqlArrays.text(event.concerns()))
                .addValue("ageRange", answers.ageRange() == null ? null : answers.ageRange().code())
                .addValue("answers", json(answers))
                .addValue("createdAt", EventTime.utcTimestamp(timestamp)));
    }

    @EventHandler
    public void on(SkinAnalysisFeedbackRecordedEvent event, @Timestamp Instant timestamp) {
        jdbc.update("""
                UPDATE skin_analyses SET feedback_rating = :rating, feedback_accurate = :accurate,
                                         feedback_comment = :comment, feedback_at = :at
                WHERE user_id = :userId AND analysis_id = :analysisId
                """, new MapSqlParameterSource()
                .addValue("userId", event.skinAnalysesId().value())
                .addValue("analysisId", event.analysisId())
                .addValue("rating", event.rating())
                .addValue("accurate", event.accurate())
                .addValue("comment", event.comment())
                .addValue("at", EventTime.utcTimestamp(timestamp)));
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().update("DELETE FROM skin_analyses");
    }

    /** The answers as the API names them, so a reader can hand them back as they came. */
    private static String json(SkinQuestionnaire answers) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("oiliness", answers.oiliness());
        fields.put("dryness", answers.dryness());
        fields.put("sensitivity", answers.sensitivity());
        fields.put("breakouts", answers.breakouts());
        fields.put("t_zone_oily", answers.tZoneOily());
        fields.put("age_range", answers.ageRange() == null ? null : answers.ageRange().code());
        fields.put("concerns", answers.concerns());
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
