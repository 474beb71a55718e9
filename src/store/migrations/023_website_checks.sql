-- The website checker (docs/website-checks.md): every check of an organisation's site with
-- its verdict and evidence, and per organisation its latest check and the hold of the process
-- checking it now.
CREATE TABLE website_checks (
  id BIGINT PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  website TEXT NOT NULL,             -- the address checked
  verdict TEXT NOT NULL,             -- ok | stale | wrong_org | link_only | missing | unreachable
  reason TEXT NOT NULL DEFAULT '',   -- Russian, for people
  page_url TEXT NOT NULL DEFAULT '',
  image_url TEXT NOT NULL DEFAULT '',
  decoded TEXT NOT NULL DEFAULT '',
  checked_at TEXT NOT NULL
);
CREATE INDEX website_checks_history ON website_checks(organisation_id, checked_at);

CREATE TABLE website_check_state (
  organisation_id BIGINT PRIMARY KEY REFERENCES organisations(id),
  last_check_id BIGINT REFERENCES website_checks(id),
  last_checked_at TEXT NOT NULL DEFAULT '',  -- '': never checked (sorts first, so the index serves)
  claimed_until TEXT                 -- held by a checking process until then
);
CREATE INDEX website_check_state_due ON website_check_state(last_checked_at);
