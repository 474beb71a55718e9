-- Limits that hold across threads and processes (store/limit_store.h). A key's row is the
-- lock that serialises the decisions about it; its events are the units taken, pruned as
-- they leave the longest window (a day).
CREATE TABLE limit_keys (
  key TEXT PRIMARY KEY
);
CREATE TABLE limit_events (
  id BIGINT PRIMARY KEY,
  key TEXT NOT NULL,
  taken_at TEXT NOT NULL
);
CREATE INDEX limit_events_key ON limit_events(key, taken_at);
CREATE INDEX limit_events_taken ON limit_events(taken_at);
