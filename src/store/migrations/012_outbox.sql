-- The durable queue of outgoing e-mail and SMS (store/outbox_store.h): every message is
-- committed here before the first attempt to send it, retried with backoff, and kept for
-- an administrator when it cannot be delivered. Recipient and body are sealed with the
-- server key and deleted once they are no longer needed; the row stays as a record.
CREATE TABLE outbox (
  id BIGINT PRIMARY KEY,
  channel TEXT NOT NULL,                  -- mail | sms
  topic TEXT NOT NULL DEFAULT '',         -- sign_in_code, appeal_answer, deadline_reminder, …
  state TEXT NOT NULL DEFAULT 'pending',  -- pending | sent | dead | expired | superseded
  recipient_enc TEXT,                     -- sealed; NULL once deleted
  body_enc TEXT,                          -- sealed; NULL once deleted
  supersede_key TEXT,                     -- a keyed hash: a newer message with it replaces this one
  attempts INTEGER NOT NULL DEFAULT 0,    -- failed attempts
  last_error TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  next_attempt_at TEXT NOT NULL,
  expires_at TEXT,                        -- dropped, not sent, after this
  claim BIGINT,                           -- the sender holding it …
  claimed_until TEXT,                     -- … until then
  finished_at TEXT                        -- sent, dead, expired or superseded at
);
-- What senders take next, and the waiting count.
CREATE INDEX outbox_due ON outbox(next_attempt_at, id) WHERE state = 'pending';
-- The administrator's list of dead messages, their count and their deletion.
CREATE INDEX outbox_dead ON outbox(finished_at) WHERE state = 'dead';
CREATE INDEX outbox_supersede ON outbox(supersede_key) WHERE state = 'pending';
