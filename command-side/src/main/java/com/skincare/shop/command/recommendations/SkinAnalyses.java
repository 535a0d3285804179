package com.skincare.shop.command.recommendations;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.skincare.shop.api.recommendations.AnalyzeSkinCommand;
import com.skincare.shop.api.recommendations.RecordSkinAnalysisFeedbackCommand;
import com.skincare.shop.api.recommendations.SkinAnalysesId;
import com.skincare.shop.api.recommendations.SkinAnalysisFeedbackRecordedEvent;
import com.skincare.shop.api.recommendations.SkinAnalyzedEvent;
import com.skincare.shop.api.recommendations.SkinQuestionnaire;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static com.skincare.shop.command.Refusals.invalid;
import static com.skincare.shop.command.Refusals.notFound;
import static com.skincare.shop.command.Refusals.rule;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A user's skin analyses, numbered from 1 in the order taken. It comes into being with the first analysis; the
 * assessment is the questionnaire's own deterministic rules, so the event carries what a replay would compute.
 * <p>
 * Snapshots are JSON through the event store's plain Jackson mapper, hence the field visibility.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class SkinAnalyses {

    /** A diary of the skin, not a log: keeps the aggregate's stream short. */
    static final int MAX_ANALYSES = 500;
    static final int MAX_COMMENT = 1000;

    @AggregateIdentifier
    private SkinAnalysesId skinAnalysesId;
    private int analyses;

    protected SkinAnalyses() {
        // for Axon and for snapshots
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(AnalyzeSkinCommand command) {
        if (analyses >= MAX_ANALYSES) {
            throw rule("TOO_MANY_ANALYSES", "A user keeps at most " + MAX_ANALYSES + " skin analyses");
        }
        SkinQuestionnaire answers = command.questionnaire();
        SkinQuestionnaire.SkinAssessment assessment = answers.assess();
        int number = analyses + 1;
        apply(new SkinAnalyzedEvent(command.skinAnalysesId(), number, answers, assessment.skinType(),
                assessment.concerns()));
        return number;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordSkinAnalysisFeedbackCommand command) {
        if (command.analysisId() < 1 || command.analysisId() > analyses) {
            throw notFound("ANALYSIS_NOT_FOUND", "You have no skin analysis " + command.analysisId());
        }
        if (command.rating() < 1 || command.rating() > 5) {
            throw invalid("rating", "must be from 1 to 5");
        }
        if (command.comment() != null && command.comment().length() > MAX_COMMENT) {
            throw invalid("comment", "must be at most " + MAX_COMMENT + " characters");
        }
        apply(new SkinAnalysisFeedbackRecordedEvent(skinAnalysesId, command.analysisId(), command.rating(),
                command.accurate(), command.comment()));
    }

    @EventSourcingHandler
    void on(SkinAnalyzedEvent event) {
        skinAnalysesId = event.skinAnalysesId();
        analyses = event.analysisId();
    }
}
