-- An idempotency key is the sender's own: unique per citizen (010) or per collector among
-- operators' entries, not across everyone. SQLite cannot drop the column's UNIQUE
-- constraint, so the table is rebuilt without it (nothing refers to responses); 010
-- creates its indexes again.
CREATE TABLE responses_rebuilt (
  id BIGINT PRIMARY KEY,
  cycle_id BIGINT REFERENCES cycles(id),
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  channel TEXT NOT NULL,
  collected_at TEXT NOT NULL,
  questionnaire TEXT NOT NULL,
  answers TEXT NOT NULL,
  suggestions TEXT NOT NULL DEFAULT '',
  sex TEXT,
  age INTEGER,
  citizen_id BIGINT REFERENCES citizens(id),
  operator_id BIGINT REFERENCES operators(id),
  idempotency_key TEXT,
  status TEXT NOT NULL DEFAULT 'counted',   -- counted | moderation | replaced | excluded
  replaces_id BIGINT,
  received_at TEXT NOT NULL,
  network_hash TEXT,
  text_hash TEXT,
  moderation_reason TEXT,
  entered_by BIGINT REFERENCES users(id),
  interview_id TEXT
);
INSERT INTO responses_rebuilt (id, cycle_id, organisation_id, channel, collected_at, questionnaire, answers,
  suggestions, sex, age, citizen_id, operator_id, idempotency_key, status, replaces_id, received_at, network_hash,
  text_hash, moderation_reason, entered_by, interview_id)
SELECT id, cycle_id, organisation_id, channel, collected_at, questionnaire, answers, suggestions, sex, age,
  citizen_id, operator_id, idempotency_key, status, replaces_id, received_at, network_hash, text_hash,
  moderation_reason, entered_by, interview_id
FROM responses;
DROP TABLE responses;
ALTER TABLE responses_rebuilt RENAME TO responses;
