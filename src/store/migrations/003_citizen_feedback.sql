-- Citizen feedback besides the survey (forms 1, 2 and 4 of docs/domain.md, reviews, appeals):
-- one voice per citizen, organisation and cycle for ratings and opinions (a new one replaces
-- the old, which stays as history), idempotent resubmits per citizen, and the indexes the
-- organisation page and the citizen's own page read through.

ALTER TABLE ratings ADD COLUMN idempotency_key TEXT;
ALTER TABLE ratings ADD COLUMN replaces_id BIGINT;
CREATE UNIQUE INDEX ratings_one_voice ON ratings(citizen_id, organisation_id, cycle_id) WHERE status = 'counted';
CREATE UNIQUE INDEX ratings_idempotency ON ratings(citizen_id, idempotency_key);
CREATE INDEX ratings_org_cycle ON ratings(organisation_id, cycle_id, status);

-- An opinion is about the rating of one cycle; `total_seen` is the total the citizen was shown.
ALTER TABLE rating_opinions ADD COLUMN cycle_id BIGINT REFERENCES cycles(id);
ALTER TABLE rating_opinions ADD COLUMN total_seen DOUBLE PRECISION;
ALTER TABLE rating_opinions ADD COLUMN status TEXT NOT NULL DEFAULT 'counted';   -- counted | replaced
ALTER TABLE rating_opinions ADD COLUMN idempotency_key TEXT;
ALTER TABLE rating_opinions ADD COLUMN replaces_id BIGINT;
CREATE UNIQUE INDEX rating_opinions_one_voice ON rating_opinions(citizen_id, organisation_id, cycle_id) WHERE status = 'counted';
CREATE UNIQUE INDEX rating_opinions_idempotency ON rating_opinions(citizen_id, idempotency_key);
CREATE INDEX rating_opinions_org_cycle ON rating_opinions(organisation_id, cycle_id, status);

ALTER TABLE measure_feedback ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX measure_feedback_idempotency ON measure_feedback(citizen_id, idempotency_key);
CREATE INDEX measure_feedback_org ON measure_feedback(organisation_id);

-- Reviews: `pending` ones wait for a moderator with the automatic check's reason.
ALTER TABLE reviews ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX reviews_idempotency ON reviews(citizen_id, idempotency_key);
CREATE INDEX reviews_latest ON reviews(organisation_id, status, id);

-- Appeals: `notified_at` is when the author was told of the answer by e-mail.
ALTER TABLE appeals ADD COLUMN idempotency_key TEXT;
ALTER TABLE appeals ADD COLUMN notified_at TEXT;
CREATE UNIQUE INDEX appeals_idempotency ON appeals(citizen_id, idempotency_key);
