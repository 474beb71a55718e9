-- Staff accounts and QR placements: lockout after repeated failed
-- sign-ins, the last TOTP step used (a code works once), one-time links that set a
-- password, placements that can be taken down, and the indexes staff pages read through.

ALTER TABLE users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TEXT;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX users_email ON users(email_hash);

-- An invitation or a password reset: only a keyed hash of the token, valid 24 hours, once.
CREATE TABLE user_tokens (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  purpose TEXT NOT NULL,                    -- invite | reset
  expires_at TEXT NOT NULL,
  used_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX user_tokens_user ON user_tokens(user_id, created_at);

CREATE INDEX sessions_user ON sessions(user_id);

-- A poster taken down stays as history (its scans were counted under its id).
ALTER TABLE placements ADD COLUMN removed_at TEXT;

CREATE INDEX audit_log_object ON audit_log(object_type, object_id);
