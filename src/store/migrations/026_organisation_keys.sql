-- Keys an organisation hands to its own systems and devices (docs/kiosk.md): the keys its
-- booking or school systems post invitations with, and the terminals in its halls. One table
-- for both: a key is a name, a hash of its secret, who made it and whether it still works.
CREATE TABLE organisation_keys (
  id BIGINT PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  secret_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  created_by BIGINT NOT NULL DEFAULT 0,
  last_used_at TEXT NOT NULL DEFAULT '',
  revoked_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX organisation_keys_organisation ON organisation_keys(organisation_id, kind);
INSERT INTO organisation_keys (id, organisation_id, kind, name, secret_hash, created_at, created_by, last_used_at, revoked_at)
SELECT id, organisation_id, 'invitations', name, token_hash, created_at, created_by, last_used_at, revoked_at
FROM invitation_tokens;
DROP TABLE invitation_tokens;

-- A response given at a terminal: which one (0: elsewhere), and whether a staff member
-- helped (never who).
ALTER TABLE responses ADD COLUMN kiosk_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE responses ADD COLUMN assisted INTEGER NOT NULL DEFAULT 0;
