-- Mails waiting to go out. The mail outbox's event processor queues one row per event (event_id is unique, so
-- a redelivered event queues nothing twice) in the transaction that advances its token; the dispatcher sends
-- due rows, several nodes at once without meeting (FOR UPDATE SKIP LOCKED), and retries with backoff. The token
-- stays sealed here, as in the event, and is cleared once the mail is sent or given up. Not a read model: no
-- query reads it, and no replay rebuilds it.

CREATE TABLE mail_outbox (
    id              BIGSERIAL    PRIMARY KEY,
    event_id        VARCHAR(255) NOT NULL UNIQUE,
    kind            VARCHAR(20)  NOT NULL CHECK (kind IN ('verify_email', 'reset_password')),
    recipient       VARCHAR(255) NOT NULL,
    language        VARCHAR(2)   NOT NULL CHECK (language IN ('en', 'kh')),
    sealed_token    TEXT,
    expires_at      TIMESTAMPTZ  NOT NULL,
    queued_at       TIMESTAMPTZ  NOT NULL,
    status          VARCHAR(10)  NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'sent', 'failed', 'expired')),
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    sent_at         TIMESTAMPTZ,
    last_error      VARCHAR(500)
);

CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'pending';
