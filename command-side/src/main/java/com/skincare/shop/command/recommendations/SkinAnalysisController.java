package com.skincare.shop.command.recommendations;

import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.recommendations.AnalyzeSkinCommand;
import com.skincare.shop.api.recommendations.RecordSkinAnalysisFeedbackCommand;
import com.skincare.shop.api.recommendations.SkinAnalysesId;
import com.skincare.shop.api.recommendations.SkinAnalysisView;
import com.skincare.shop.api.recommendations.SkinQuestionnaire;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.AuthenticatedUser;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signed-in user's skin analyses: a questionnaire in, its skin type and concerns out; feedback on one. The
 * routine of products for it is read on the query side, at {@code GET /ml/v1/skin-analysis/recommendations/{id}}.
 */
@RestController
public class SkinAnalysisController {

    static final String NO_IMAGE_MODEL = "Assessed from the questionnaire alone: no image model is available";

    private final CommandGateway commands;

    public SkinAnalysisController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/ml/v1/skin-analysis/analyze")
    public ResponseEntity<ApiResponse<Map<String, Object>>> analyze(@AuthenticationPrincipal AuthenticatedUser user,
                                                                    @Valid @RequestBody SkinQuestionnaireRequest request) {
        SkinQuestionnaire questionnaire = request.toQuestionnaire();
        int number = commands.sendAndWait(new AnalyzeSkinCommand(SkinAnalysesId.of(UserId.of(user.userId())),
                questionnaire));
        SkinQuestionnaire.SkinAssessment assessment = questionnaire.assess();
        String routine = "/ml/v1/skin-analysis/recommendations/" + user.userId();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("analysis_id", number);
        answer.put("method", SkinAnalysisView.METHOD);
        answer.put("note", NO_IMAGE_MODEL);
        answer.put("skin_type", assessment.skinType().code());
        answer.put("concerns", assessment.concerns());
        answer.put("age_range", questionnaire.ageRange() == null ? null : questionnaire.ageRange().code());
        answer.put("routine_url", routine);
        return ResponseEntity.created(URI.create(routine)).body(ApiResponse.ok("Skin analysed", answer));
    }

    @PostMapping("/ml/v1/skin-analysis/feedback")
    public ApiResponse<Map<String, Object>> feedback(@AuthenticationPrincipal AuthenticatedUser user,
                                                     @Valid @RequestBody SkinFeedbackRequest request) {
        commands.sendAndWait(new RecordSkinAnalysisFeedbackCommand(SkinAnalysesId.of(UserId.of(user.userId())),
                request.analysisId(), request.rating(), request.accurate(), request.comment()));
        return ApiResponse.ok("Thank you for the feedback", Map.of("analysis_id", request.analysisId()));
    }
}
