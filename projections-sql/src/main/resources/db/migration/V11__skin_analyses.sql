-- Every skin analysis a user took (a questionnaire: no image model exists here), what it said and the user's
-- feedback on it, kept by the skin analysis projector in the customers' stream. Beside the documented schema,
-- like product_ratings: the documented skin_profile lives in Mongo's product_recommendations, which is derived.
CREATE TABLE skin_analyses (
    user_id           INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    analysis_id       INTEGER NOT NULL CHECK (analysis_id > 0),
    skin_type         skin_type NOT NULL,
    concerns          TEXT[] NOT NULL,
    age_range         VARCHAR(20),
    answers           JSONB NOT NULL,
    feedback_rating   INTEGER CHECK (feedback_rating BETWEEN 1 AND 5),
    feedback_accurate BOOLEAN,
    feedback_comment  TEXT,
    feedback_at       TIMESTAMP,
    created_at        TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, analysis_id)
);
