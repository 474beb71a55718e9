-- An idempotency key is the sender's own: unique per citizen (010) or per collector among
-- operators' entries, not across everyone.
ALTER TABLE responses DROP CONSTRAINT responses_idempotency_key_key;
