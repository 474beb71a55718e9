-- The whole НОК data model (docs/architecture.md). Portable between SQLite and PostgreSQL:
-- ids are BIGINT minted by the application (time-ordered), times are ISO 8601 UTC text,
-- booleans are INTEGER 0/1, structured values (indicator sets) are JSON text.

CREATE TABLE regions (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL
);

-- Уполномоченный орган: lists organisations, engages the operator, publishes results.
CREATE TABLE authorities (
  id BIGINT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  region_code TEXT REFERENCES regions(code),
  level TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE organisations (
  id BIGINT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  inn TEXT NOT NULL,
  full_name TEXT NOT NULL,
  short_name TEXT NOT NULL,
  region_code TEXT NOT NULL REFERENCES regions(code),
  sphere TEXT NOT NULL,
  level TEXT NOT NULL,
  authority_id BIGINT REFERENCES authorities(id),
  municipality TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  recipients_per_year BIGINT NOT NULL DEFAULT 0,
  search_text TEXT NOT NULL,            -- folded names and ИНН for case-insensitive search
  logo_png TEXT,                        -- base64 PNG uploaded by the organisation
  version INTEGER NOT NULL DEFAULT 1,   -- optimistic locking for staff edits
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX organisations_region_sphere ON organisations(region_code, sphere);
CREATE INDEX organisations_sphere ON organisations(sphere);
CREATE INDEX organisations_inn ON organisations(inn);
CREATE INDEX organisations_authority ON organisations(authority_id);

CREATE TABLE operators (
  id BIGINT PRIMARY KEY,
  name TEXT NOT NULL,
  inn TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- One year's assessment run by an authority: its organisations, operator and state
-- (draft → collecting → council → approved → published; corrections are new versions).
CREATE TABLE cycles (
  id BIGINT PRIMARY KEY,
  year INTEGER NOT NULL,
  authority_id BIGINT NOT NULL REFERENCES authorities(id),
  operator_id BIGINT REFERENCES operators(id),
  state TEXT NOT NULL DEFAULT 'draft',
  methodology TEXT NOT NULL,
  council_due TEXT,
  publish_due TEXT,
  plans_due TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  UNIQUE (authority_id, year)
);

CREATE TABLE cycle_organisations (
  cycle_id BIGINT NOT NULL REFERENCES cycles(id),
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  sample_target INTEGER NOT NULL,
  PRIMARY KEY (cycle_id, organisation_id)
);
CREATE INDEX cycle_organisations_org ON cycle_organisations(organisation_id);

-- Staff: organisation staff, operators, council members, officials, monitors, admins.
-- Contact data is encrypted at rest (libsodium secretbox); lookups use a keyed hash.
CREATE TABLE users (
  id BIGINT PRIMARY KEY,
  login TEXT NOT NULL UNIQUE,
  email_hash TEXT,
  email_enc TEXT,
  password_hash TEXT,
  totp_secret_enc TEXT,
  role TEXT NOT NULL,
  scope_organisation_id BIGINT REFERENCES organisations(id),
  scope_operator_id BIGINT REFERENCES operators(id),
  scope_authority_id BIGINT REFERENCES authorities(id),
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

-- A citizen account: only a keyed hash of the login (e-mail, phone or ЕСИА subject) and
-- the encrypted contact needed to notify about answers to appeals.
CREATE TABLE citizens (
  id BIGINT PRIMARY KEY,
  login_hash TEXT NOT NULL UNIQUE,
  contact_enc TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE login_codes (
  id BIGINT PRIMARY KEY,
  login_hash TEXT NOT NULL,
  code_hash TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
CREATE INDEX login_codes_login ON login_codes(login_hash);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT REFERENCES users(id),
  citizen_id BIGINT REFERENCES citizens(id),
  csrf TEXT NOT NULL,
  expires_at TEXT NOT NULL
);

-- A survey response (675н questionnaire). `answers` holds the yes/no items in the
-- questionnaire's key order as one character each: '1', '0' or '-' (not answered).
CREATE TABLE responses (
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
  idempotency_key TEXT UNIQUE,
  status TEXT NOT NULL DEFAULT 'counted',   -- counted | moderation | replaced | excluded
  replaces_id BIGINT,
  received_at TEXT NOT NULL
);
CREATE INDEX responses_org ON responses(organisation_id, cycle_id);
CREATE INDEX responses_citizen ON responses(citizen_id, organisation_id);

-- The operator's inspection of stands, site and premises (expert inputs of 344н).
CREATE TABLE expert_inputs (
  cycle_id BIGINT NOT NULL REFERENCES cycles(id),
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  info_stand INTEGER, info_stand_required INTEGER,
  info_site INTEGER, info_site_required INTEGER,
  remote_channels INTEGER, comfort_conditions INTEGER,
  wait_days DOUBLE PRECISION,
  premises_access INTEGER, service_access INTEGER,
  entered_by BIGINT REFERENCES users(id),
  version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (cycle_id, organisation_id)
);

-- Citizen rating in points (five aspects, 1–5), kept apart from the 344н indicators.
CREATE TABLE ratings (
  id BIGINT PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  cycle_id BIGINT REFERENCES cycles(id),
  citizen_id BIGINT REFERENCES citizens(id),
  comfort INTEGER, politeness INTEGER, information INTEGER, booking INTEGER, accessibility INTEGER,
  status TEXT NOT NULL DEFAULT 'counted',
  created_at TEXT NOT NULL
);
CREATE INDEX ratings_org ON ratings(organisation_id);

-- Agree / disagree with the rating already assigned.
CREATE TABLE rating_opinions (
  id BIGINT PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  result_id BIGINT,
  citizen_id BIGINT REFERENCES citizens(id),
  agrees INTEGER NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);

CREATE TABLE reviews (
  id BIGINT PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  citizen_id BIGINT REFERENCES citizens(id),
  text TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',   -- pending | published | rejected
  moderation_reason TEXT,
  answer TEXT,
  answered_by BIGINT REFERENCES users(id),
  answered_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX reviews_org ON reviews(organisation_id, status);

-- Обращение: answered by the organisation before its due date; the citizen is notified.
CREATE TABLE appeals (
  id BIGINT PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  citizen_id BIGINT REFERENCES citizens(id),
  subject TEXT NOT NULL,
  text TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'new',       -- new | in_progress | answered | closed
  due_at TEXT NOT NULL,
  answer TEXT,
  answered_by BIGINT REFERENCES users(id),
  answered_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX appeals_org ON appeals(organisation_id, status);

-- Results by organisation and cycle (composition of Приказ Минфина № 66н). A correction
-- after publication is a new version; the previous row stays as history.
CREATE TABLE results (
  id BIGINT PRIMARY KEY,
  cycle_id BIGINT NOT NULL REFERENCES cycles(id),
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  version INTEGER NOT NULL,
  methodology TEXT NOT NULL,
  scores_json TEXT NOT NULL,
  total DOUBLE PRECISION,
  deficiencies TEXT NOT NULL DEFAULT '',
  proposals TEXT NOT NULL DEFAULT '',
  published_at TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (cycle_id, organisation_id, version)
);

CREATE TABLE council_decisions (
  id BIGINT PRIMARY KEY,
  cycle_id BIGINT NOT NULL REFERENCES cycles(id),
  decision TEXT NOT NULL,                   -- approved | returned
  comments TEXT NOT NULL DEFAULT '',
  materials_digest TEXT NOT NULL,           -- what the council saw; a change invalidates it
  decided_by BIGINT REFERENCES users(id),
  decided_at TEXT NOT NULL
);

-- План по устранению недостатков (ПП РФ № 457), items grouped by criteria I–V.
CREATE TABLE plans (
  id BIGINT PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  cycle_id BIGINT NOT NULL REFERENCES cycles(id),
  version INTEGER NOT NULL DEFAULT 1,
  published_at TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (organisation_id, cycle_id)
);

CREATE TABLE plan_items (
  id BIGINT PRIMARY KEY,
  plan_id BIGINT NOT NULL REFERENCES plans(id),
  criterion INTEGER NOT NULL,
  deficiency TEXT NOT NULL,
  measure TEXT NOT NULL,
  planned_date TEXT NOT NULL,
  responsible_name TEXT NOT NULL,
  responsible_position TEXT NOT NULL,
  measures_taken TEXT NOT NULL DEFAULT '',
  actual_date TEXT
);
CREATE INDEX plan_items_plan ON plan_items(plan_id);

-- Citizens' comments on the measures taken (form 4 of docs/domain.md#citizen-forms).
CREATE TABLE measure_feedback (
  id BIGINT PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  plan_item_id BIGINT REFERENCES plan_items(id),
  citizen_id BIGINT REFERENCES citizens(id),
  text TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Where a poster, label, screen or website block is placed, and its scan confirmation.
CREATE TABLE placements (
  id BIGINT PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  carrier TEXT NOT NULL,                    -- poster_a4 | poster_a3 | label | ticket | screen | website
  place TEXT NOT NULL,                      -- entrance | waiting | reception | specialist | toilets | stand | website | terminal | other
  note TEXT NOT NULL DEFAULT '',
  confirmed_at TEXT,
  confirmed_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE INDEX placements_org ON placements(organisation_id);

-- Daily counters of the popularisation funnel, per organisation and placement (0 = none).
CREATE TABLE scan_counts (
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  placement_id BIGINT NOT NULL DEFAULT 0,
  day TEXT NOT NULL,
  scans INTEGER NOT NULL DEFAULT 0,
  started INTEGER NOT NULL DEFAULT 0,
  completed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (organisation_id, placement_id, day)
);

-- Append-only record of every staff change; no code path updates or deletes it.
CREATE TABLE audit_log (
  id BIGINT PRIMARY KEY,
  at TEXT NOT NULL,
  user_id BIGINT,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
);
