-- What the user's command handlers must know beyond one aggregate: which user owns an email. Rows are written in
-- the transaction that appends the events they guard, so a refused or failed command leaves nothing behind, and
-- the primary key serialises concurrent registrations of one email across nodes. Emails are stored lower-case
-- (the register command normalises them), so the key ignores case. Not a read model: no query reads it.

CREATE TABLE user_emails (
    email   VARCHAR(255) PRIMARY KEY,
    user_id BIGINT       NOT NULL
);

-- The documented integer ids of users and their addresses, allocated before the creating command is sent and
-- carried in its events.
CREATE SEQUENCE user_id_seq;
CREATE SEQUENCE user_address_id_seq;
