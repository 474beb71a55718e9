-- Read-only keys to the monitoring's JSON API and report downloads (store/api_token_store.h),
-- issued by an administrator for one authority or for all (authority_id NULL). Only a keyed
-- hash of the token is kept; a revoked row stays as a record.
CREATE TABLE api_tokens (
  id BIGINT PRIMARY KEY,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  authority_id BIGINT REFERENCES authorities(id),
  created_by BIGINT REFERENCES users(id),  -- NULL: the command line
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
);
