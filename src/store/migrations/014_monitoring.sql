-- Monitoring (store/monitoring_store.h): the tone of a review, and aggregates of every
-- figure officials monitor, maintained by the transactions that write the events (+1/−1
-- deltas, as survey_tallies), so a roll-up reads them instead of the events.
--
-- The year a figure belongs to: a survey response to its cycle's year (the year it was
-- collected when it has none), a cycle membership and a plan to their cycle's year, every
-- other event to the UTC calendar year it happened in (a review, an appeal — and its answer
-- — a rating, an opinion and a placement when created, a scan on its day).

-- positive | negative | neutral; NULL for reviews written before the citizen chose one.
ALTER TABLE reviews ADD COLUMN tone TEXT;

-- Per organisation and year: every additive figure, with the organisation's registry
-- fields copied in (rewritten when the registry changes them) so a roll-up reads one table.
CREATE TABLE monitoring_tallies (
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  year INTEGER NOT NULL,
  region_code TEXT NOT NULL,
  authority_id BIGINT NOT NULL,            -- 0: the organisation has no authority
  municipality TEXT NOT NULL,
  sphere TEXT NOT NULL,
  fresh INTEGER NOT NULL DEFAULT 0,         -- 1 only in the RETURNING of the write that created the row
  assessed BIGINT NOT NULL DEFAULT 0, sample_target BIGINT NOT NULL DEFAULT 0,
  respondents BIGINT NOT NULL DEFAULT 0, respondents_web BIGINT NOT NULL DEFAULT 0,
  respondents_app BIGINT NOT NULL DEFAULT 0, respondents_kiosk BIGINT NOT NULL DEFAULT 0,
  respondents_operator_paper BIGINT NOT NULL DEFAULT 0,
  respondents_operator_interview BIGINT NOT NULL DEFAULT 0,
  respondents_operator_phone BIGINT NOT NULL DEFAULT 0, respondents_m01 BIGINT NOT NULL DEFAULT 0,
  respondents_m02 BIGINT NOT NULL DEFAULT 0, respondents_m03 BIGINT NOT NULL DEFAULT 0,
  respondents_m04 BIGINT NOT NULL DEFAULT 0, respondents_m05 BIGINT NOT NULL DEFAULT 0,
  respondents_m06 BIGINT NOT NULL DEFAULT 0, respondents_m07 BIGINT NOT NULL DEFAULT 0,
  respondents_m08 BIGINT NOT NULL DEFAULT 0, respondents_m09 BIGINT NOT NULL DEFAULT 0,
  respondents_m10 BIGINT NOT NULL DEFAULT 0, respondents_m11 BIGINT NOT NULL DEFAULT 0,
  respondents_m12 BIGINT NOT NULL DEFAULT 0, rating_comfort_points BIGINT NOT NULL DEFAULT 0,
  rating_comfort_answers BIGINT NOT NULL DEFAULT 0, rating_politeness_points BIGINT NOT NULL DEFAULT 0,
  rating_politeness_answers BIGINT NOT NULL DEFAULT 0, rating_information_points BIGINT NOT NULL DEFAULT 0,
  rating_information_answers BIGINT NOT NULL DEFAULT 0, rating_booking_points BIGINT NOT NULL DEFAULT 0,
  rating_booking_answers BIGINT NOT NULL DEFAULT 0, rating_accessibility_points BIGINT NOT NULL DEFAULT 0,
  rating_accessibility_answers BIGINT NOT NULL DEFAULT 0, agree BIGINT NOT NULL DEFAULT 0,
  disagree BIGINT NOT NULL DEFAULT 0, reviews BIGINT NOT NULL DEFAULT 0,
  reviews_positive BIGINT NOT NULL DEFAULT 0, reviews_negative BIGINT NOT NULL DEFAULT 0,
  reviews_neutral BIGINT NOT NULL DEFAULT 0, reviews_untoned BIGINT NOT NULL DEFAULT 0,
  reviews_answered BIGINT NOT NULL DEFAULT 0, reviews_held BIGINT NOT NULL DEFAULT 0,
  reviews_rejected BIGINT NOT NULL DEFAULT 0, appeals BIGINT NOT NULL DEFAULT 0,
  appeals_on_time BIGINT NOT NULL DEFAULT 0, appeals_late BIGINT NOT NULL DEFAULT 0,
  scans BIGINT NOT NULL DEFAULT 0, started BIGINT NOT NULL DEFAULT 0, completed BIGINT NOT NULL DEFAULT 0,
  placements BIGINT NOT NULL DEFAULT 0, placements_confirmed BIGINT NOT NULL DEFAULT 0,
  plans BIGINT NOT NULL DEFAULT 0, plans_published BIGINT NOT NULL DEFAULT 0,
  plan_items BIGINT NOT NULL DEFAULT 0, plan_items_done BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (organisation_id, year)
);
CREATE INDEX monitoring_tallies_region ON monitoring_tallies(year, region_code);
CREATE INDEX monitoring_tallies_authority ON monitoring_tallies(year, authority_id);

-- The same sums per group of organisations that share a year, region, authority, municipality
-- and sphere (the finest level a roll-up above organisations groups by), with how many
-- organisations have a row above: a national roll-up reads a few thousand rows instead of
-- one per organisation.
CREATE TABLE monitoring_group_tallies (
  year INTEGER NOT NULL,
  region_code TEXT NOT NULL,
  authority_id BIGINT NOT NULL,            -- 0: the organisation has no authority
  municipality TEXT NOT NULL,
  sphere TEXT NOT NULL,
  organisations BIGINT NOT NULL DEFAULT 0,
  assessed BIGINT NOT NULL DEFAULT 0, sample_target BIGINT NOT NULL DEFAULT 0,
  respondents BIGINT NOT NULL DEFAULT 0, respondents_web BIGINT NOT NULL DEFAULT 0,
  respondents_app BIGINT NOT NULL DEFAULT 0, respondents_kiosk BIGINT NOT NULL DEFAULT 0,
  respondents_operator_paper BIGINT NOT NULL DEFAULT 0,
  respondents_operator_interview BIGINT NOT NULL DEFAULT 0,
  respondents_operator_phone BIGINT NOT NULL DEFAULT 0, respondents_m01 BIGINT NOT NULL DEFAULT 0,
  respondents_m02 BIGINT NOT NULL DEFAULT 0, respondents_m03 BIGINT NOT NULL DEFAULT 0,
  respondents_m04 BIGINT NOT NULL DEFAULT 0, respondents_m05 BIGINT NOT NULL DEFAULT 0,
  respondents_m06 BIGINT NOT NULL DEFAULT 0, respondents_m07 BIGINT NOT NULL DEFAULT 0,
  respondents_m08 BIGINT NOT NULL DEFAULT 0, respondents_m09 BIGINT NOT NULL DEFAULT 0,
  respondents_m10 BIGINT NOT NULL DEFAULT 0, respondents_m11 BIGINT NOT NULL DEFAULT 0,
  respondents_m12 BIGINT NOT NULL DEFAULT 0, rating_comfort_points BIGINT NOT NULL DEFAULT 0,
  rating_comfort_answers BIGINT NOT NULL DEFAULT 0, rating_politeness_points BIGINT NOT NULL DEFAULT 0,
  rating_politeness_answers BIGINT NOT NULL DEFAULT 0, rating_information_points BIGINT NOT NULL DEFAULT 0,
  rating_information_answers BIGINT NOT NULL DEFAULT 0, rating_booking_points BIGINT NOT NULL DEFAULT 0,
  rating_booking_answers BIGINT NOT NULL DEFAULT 0, rating_accessibility_points BIGINT NOT NULL DEFAULT 0,
  rating_accessibility_answers BIGINT NOT NULL DEFAULT 0, agree BIGINT NOT NULL DEFAULT 0,
  disagree BIGINT NOT NULL DEFAULT 0, reviews BIGINT NOT NULL DEFAULT 0,
  reviews_positive BIGINT NOT NULL DEFAULT 0, reviews_negative BIGINT NOT NULL DEFAULT 0,
  reviews_neutral BIGINT NOT NULL DEFAULT 0, reviews_untoned BIGINT NOT NULL DEFAULT 0,
  reviews_answered BIGINT NOT NULL DEFAULT 0, reviews_held BIGINT NOT NULL DEFAULT 0,
  reviews_rejected BIGINT NOT NULL DEFAULT 0, appeals BIGINT NOT NULL DEFAULT 0,
  appeals_on_time BIGINT NOT NULL DEFAULT 0, appeals_late BIGINT NOT NULL DEFAULT 0,
  scans BIGINT NOT NULL DEFAULT 0, started BIGINT NOT NULL DEFAULT 0, completed BIGINT NOT NULL DEFAULT 0,
  placements BIGINT NOT NULL DEFAULT 0, placements_confirmed BIGINT NOT NULL DEFAULT 0,
  plans BIGINT NOT NULL DEFAULT 0, plans_published BIGINT NOT NULL DEFAULT 0,
  plan_items BIGINT NOT NULL DEFAULT 0, plan_items_done BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (year, region_code, authority_id, municipality, sphere)
);
CREATE INDEX monitoring_group_tallies_authority ON monitoring_group_tallies(year, authority_id);

-- Appeals answered, by whole days from receipt to answer (UTC calendar dates): the median
-- is not a sum, so the histogram is kept, per organisation and per group.
CREATE TABLE monitoring_appeal_days (
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  year INTEGER NOT NULL,
  days INTEGER NOT NULL,
  appeals BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (organisation_id, year, days)
);
CREATE TABLE monitoring_group_appeal_days (
  year INTEGER NOT NULL,
  region_code TEXT NOT NULL,
  authority_id BIGINT NOT NULL,            -- 0: the organisation has no authority
  municipality TEXT NOT NULL,
  sphere TEXT NOT NULL,
  days INTEGER NOT NULL,
  appeals BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (year, region_code, authority_id, municipality, sphere, days)
);

-- The QR funnel by kind of carrier ('' for visits without a placement), per organisation and
-- per group.
CREATE TABLE monitoring_funnel (
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  year INTEGER NOT NULL,
  carrier TEXT NOT NULL,
  scans BIGINT NOT NULL DEFAULT 0, started BIGINT NOT NULL DEFAULT 0, completed BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (organisation_id, year, carrier)
);
CREATE TABLE monitoring_group_funnel (
  year INTEGER NOT NULL,
  region_code TEXT NOT NULL,
  authority_id BIGINT NOT NULL,            -- 0: the organisation has no authority
  municipality TEXT NOT NULL,
  sphere TEXT NOT NULL,
  carrier TEXT NOT NULL,
  scans BIGINT NOT NULL DEFAULT 0, started BIGINT NOT NULL DEFAULT 0, completed BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (year, region_code, authority_id, municipality, sphere, carrier)
);

-- "As of now" figures are counted when read, over the open rows only.
CREATE INDEX appeals_open ON appeals(created_at) WHERE answered_at IS NULL;
CREATE INDEX plan_items_open ON plan_items(planned_date) WHERE actual_date IS NULL;

-- What an authority writes each year for the report (store/monitoring_store.h).
CREATE TABLE monitoring_notes (
  authority_id BIGINT NOT NULL REFERENCES authorities(id),
  year INTEGER NOT NULL,
  results_use TEXT NOT NULL DEFAULT '',
  popularisation TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (authority_id, year)
);

-- The recount: every figure from the events already stored, so an upgraded database is right
-- at once. Each family adds its sums to the organisation's row; the groups are then the sums
-- of the organisations' rows.
-- cycle memberships
INSERT INTO monitoring_tallies (organisation_id, year, region_code, authority_id, municipality, sphere, assessed, sample_target)
SELECT e.organisation_id, e.year, o.region_code, COALESCE(o.authority_id, 0), o.municipality, o.sphere, SUM(e.assessed), SUM(e.sample_target)
FROM (SELECT x.organisation_id AS organisation_id, cy.year AS year, 1 AS assessed, x.sample_target AS sample_target
      FROM cycle_organisations x JOIN cycles cy ON cy.id = x.cycle_id WHERE TRUE) AS e
JOIN organisations o ON o.id = e.organisation_id WHERE TRUE
GROUP BY e.organisation_id, e.year, o.region_code, o.authority_id, o.municipality, o.sphere
ON CONFLICT (organisation_id, year) DO UPDATE SET assessed = monitoring_tallies.assessed + excluded.assessed, sample_target = monitoring_tallies.sample_target + excluded.sample_target;
-- survey responses
INSERT INTO monitoring_tallies (organisation_id, year, region_code, authority_id, municipality, sphere, respondents, respondents_web, respondents_app, respondents_kiosk, respondents_operator_paper, respondents_operator_interview, respondents_operator_phone, respondents_m01, respondents_m02, respondents_m03, respondents_m04, respondents_m05, respondents_m06, respondents_m07, respondents_m08, respondents_m09, respondents_m10, respondents_m11, respondents_m12)
SELECT e.organisation_id, e.year, o.region_code, COALESCE(o.authority_id, 0), o.municipality, o.sphere, SUM(e.respondents), SUM(e.respondents_web), SUM(e.respondents_app), SUM(e.respondents_kiosk), SUM(e.respondents_operator_paper), SUM(e.respondents_operator_interview), SUM(e.respondents_operator_phone), SUM(e.respondents_m01), SUM(e.respondents_m02), SUM(e.respondents_m03), SUM(e.respondents_m04), SUM(e.respondents_m05), SUM(e.respondents_m06), SUM(e.respondents_m07), SUM(e.respondents_m08), SUM(e.respondents_m09), SUM(e.respondents_m10), SUM(e.respondents_m11), SUM(e.respondents_m12)
FROM (SELECT x.organisation_id AS organisation_id, COALESCE(cy.year, CAST(substr(x.collected_at, 1, 4) AS INTEGER)) AS year, CASE WHEN x.status = 'counted' THEN 1 ELSE 0 END AS respondents, CASE WHEN x.status = 'counted' AND x.channel = 'web' THEN 1 ELSE 0 END AS respondents_web, CASE WHEN x.status = 'counted' AND x.channel = 'app' THEN 1 ELSE 0 END AS respondents_app, CASE WHEN x.status = 'counted' AND x.channel = 'kiosk' THEN 1 ELSE 0 END AS respondents_kiosk, CASE WHEN x.status = 'counted' AND x.channel = 'operator_paper' THEN 1 ELSE 0 END AS respondents_operator_paper, CASE WHEN x.status = 'counted' AND x.channel = 'operator_interview' THEN 1 ELSE 0 END AS respondents_operator_interview, CASE WHEN x.status = 'counted' AND x.channel = 'operator_phone' THEN 1 ELSE 0 END AS respondents_operator_phone, CASE WHEN x.status = 'counted' AND substr(x.collected_at, 6, 2) = '01' THEN 1 ELSE 0 END AS respondents_m01, CASE WHEN x.status = 'counted' AND substr(x.collected_at, 6, 2) = '02' THEN 1 ELSE 0 END AS respondents_m02, CASE WHEN x.status = 'counted' AND substr(x.collected_at, 6, 2) = '03' THEN 1 ELSE 0 END AS respondents_m03, CASE WHEN x.status = 'counted' AND substr(x.collected_at, 6, 2) = '04' THEN 1 ELSE 0 END AS respondents_m04, CASE WHEN x.status = 'counted' AND substr(x.collected_at, 6, 2) = '05' THEN 1 ELSE 0 END AS respondents_m05, CASE WHEN x.status = 'counted' AND substr(x.collected_at, 6, 2) = '06' THEN 1 ELSE 0 END AS respondents_m06, CASE WHEN x.status = 'counted' AND substr(x.collected_at, 6, 2) = '07' THEN 1 ELSE 0 END AS respondents_m07, CASE WHEN x.status = 'counted' AND substr(x.collected_at, 6, 2) = '08' THEN 1 ELSE 0 END AS respondents_m08, CASE WHEN x.status = 'counted' AND substr(x.collected_at, 6, 2) = '09' THEN 1 ELSE 0 END AS respondents_m09, CASE WHEN x.status = 'counted' AND substr(x.collected_at, 6, 2) = '10' THEN 1 ELSE 0 END AS respondents_m10, CASE WHEN x.status = 'counted' AND substr(x.collected_at, 6, 2) = '11' THEN 1 ELSE 0 END AS respondents_m11, CASE WHEN x.status = 'counted' AND substr(x.collected_at, 6, 2) = '12' THEN 1 ELSE 0 END AS respondents_m12
      FROM responses x LEFT JOIN cycles cy ON cy.id = x.cycle_id WHERE x.status = 'counted') AS e
JOIN organisations o ON o.id = e.organisation_id WHERE TRUE
GROUP BY e.organisation_id, e.year, o.region_code, o.authority_id, o.municipality, o.sphere
ON CONFLICT (organisation_id, year) DO UPDATE SET respondents = monitoring_tallies.respondents + excluded.respondents, respondents_web = monitoring_tallies.respondents_web + excluded.respondents_web, respondents_app = monitoring_tallies.respondents_app + excluded.respondents_app, respondents_kiosk = monitoring_tallies.respondents_kiosk + excluded.respondents_kiosk, respondents_operator_paper = monitoring_tallies.respondents_operator_paper + excluded.respondents_operator_paper, respondents_operator_interview = monitoring_tallies.respondents_operator_interview + excluded.respondents_operator_interview, respondents_operator_phone = monitoring_tallies.respondents_operator_phone + excluded.respondents_operator_phone, respondents_m01 = monitoring_tallies.respondents_m01 + excluded.respondents_m01, respondents_m02 = monitoring_tallies.respondents_m02 + excluded.respondents_m02, respondents_m03 = monitoring_tallies.respondents_m03 + excluded.respondents_m03, respondents_m04 = monitoring_tallies.respondents_m04 + excluded.respondents_m04, respondents_m05 = monitoring_tallies.respondents_m05 + excluded.respondents_m05, respondents_m06 = monitoring_tallies.respondents_m06 + excluded.respondents_m06, respondents_m07 = monitoring_tallies.respondents_m07 + excluded.respondents_m07, respondents_m08 = monitoring_tallies.respondents_m08 + excluded.respondents_m08, respondents_m09 = monitoring_tallies.respondents_m09 + excluded.respondents_m09, respondents_m10 = monitoring_tallies.respondents_m10 + excluded.respondents_m10, respondents_m11 = monitoring_tallies.respondents_m11 + excluded.respondents_m11, respondents_m12 = monitoring_tallies.respondents_m12 + excluded.respondents_m12;
-- ratings
INSERT INTO monitoring_tallies (organisation_id, year, region_code, authority_id, municipality, sphere, rating_comfort_points, rating_comfort_answers, rating_politeness_points, rating_politeness_answers, rating_information_points, rating_information_answers, rating_booking_points, rating_booking_answers, rating_accessibility_points, rating_accessibility_answers)
SELECT e.organisation_id, e.year, o.region_code, COALESCE(o.authority_id, 0), o.municipality, o.sphere, SUM(e.rating_comfort_points), SUM(e.rating_comfort_answers), SUM(e.rating_politeness_points), SUM(e.rating_politeness_answers), SUM(e.rating_information_points), SUM(e.rating_information_answers), SUM(e.rating_booking_points), SUM(e.rating_booking_answers), SUM(e.rating_accessibility_points), SUM(e.rating_accessibility_answers)
FROM (SELECT x.organisation_id AS organisation_id, CAST(substr(x.created_at, 1, 4) AS INTEGER) AS year, COALESCE(x.comfort, 0) AS rating_comfort_points, CASE WHEN x.comfort IS NULL THEN 0 ELSE 1 END AS rating_comfort_answers, COALESCE(x.politeness, 0) AS rating_politeness_points, CASE WHEN x.politeness IS NULL THEN 0 ELSE 1 END AS rating_politeness_answers, COALESCE(x.information, 0) AS rating_information_points, CASE WHEN x.information IS NULL THEN 0 ELSE 1 END AS rating_information_answers, COALESCE(x.booking, 0) AS rating_booking_points, CASE WHEN x.booking IS NULL THEN 0 ELSE 1 END AS rating_booking_answers, COALESCE(x.accessibility, 0) AS rating_accessibility_points, CASE WHEN x.accessibility IS NULL THEN 0 ELSE 1 END AS rating_accessibility_answers
      FROM ratings x WHERE x.status = 'counted') AS e
JOIN organisations o ON o.id = e.organisation_id WHERE TRUE
GROUP BY e.organisation_id, e.year, o.region_code, o.authority_id, o.municipality, o.sphere
ON CONFLICT (organisation_id, year) DO UPDATE SET rating_comfort_points = monitoring_tallies.rating_comfort_points + excluded.rating_comfort_points, rating_comfort_answers = monitoring_tallies.rating_comfort_answers + excluded.rating_comfort_answers, rating_politeness_points = monitoring_tallies.rating_politeness_points + excluded.rating_politeness_points, rating_politeness_answers = monitoring_tallies.rating_politeness_answers + excluded.rating_politeness_answers, rating_information_points = monitoring_tallies.rating_information_points + excluded.rating_information_points, rating_information_answers = monitoring_tallies.rating_information_answers + excluded.rating_information_answers, rating_booking_points = monitoring_tallies.rating_booking_points + excluded.rating_booking_points, rating_booking_answers = monitoring_tallies.rating_booking_answers + excluded.rating_booking_answers, rating_accessibility_points = monitoring_tallies.rating_accessibility_points + excluded.rating_accessibility_points, rating_accessibility_answers = monitoring_tallies.rating_accessibility_answers + excluded.rating_accessibility_answers;
-- opinions
INSERT INTO monitoring_tallies (organisation_id, year, region_code, authority_id, municipality, sphere, agree, disagree)
SELECT e.organisation_id, e.year, o.region_code, COALESCE(o.authority_id, 0), o.municipality, o.sphere, SUM(e.agree), SUM(e.disagree)
FROM (SELECT x.organisation_id AS organisation_id, CAST(substr(x.created_at, 1, 4) AS INTEGER) AS year, CASE WHEN x.agrees = 1 THEN 1 ELSE 0 END AS agree, CASE WHEN x.agrees = 1 THEN 0 ELSE 1 END AS disagree
      FROM rating_opinions x WHERE x.status = 'counted') AS e
JOIN organisations o ON o.id = e.organisation_id WHERE TRUE
GROUP BY e.organisation_id, e.year, o.region_code, o.authority_id, o.municipality, o.sphere
ON CONFLICT (organisation_id, year) DO UPDATE SET agree = monitoring_tallies.agree + excluded.agree, disagree = monitoring_tallies.disagree + excluded.disagree;
-- reviews
INSERT INTO monitoring_tallies (organisation_id, year, region_code, authority_id, municipality, sphere, reviews, reviews_positive, reviews_negative, reviews_neutral, reviews_untoned, reviews_answered, reviews_held, reviews_rejected)
SELECT e.organisation_id, e.year, o.region_code, COALESCE(o.authority_id, 0), o.municipality, o.sphere, SUM(e.reviews), SUM(e.reviews_positive), SUM(e.reviews_negative), SUM(e.reviews_neutral), SUM(e.reviews_untoned), SUM(e.reviews_answered), SUM(e.reviews_held), SUM(e.reviews_rejected)
FROM (SELECT x.organisation_id AS organisation_id, CAST(substr(x.created_at, 1, 4) AS INTEGER) AS year, 1 AS reviews, CASE WHEN x.tone = 'positive' THEN 1 ELSE 0 END AS reviews_positive, CASE WHEN x.tone = 'negative' THEN 1 ELSE 0 END AS reviews_negative, CASE WHEN x.tone = 'neutral' THEN 1 ELSE 0 END AS reviews_neutral, CASE WHEN x.tone IS NULL THEN 1 ELSE 0 END AS reviews_untoned, CASE WHEN x.status = 'published' AND x.answer IS NOT NULL THEN 1 ELSE 0 END AS reviews_answered, CASE WHEN x.status = 'pending' THEN 1 ELSE 0 END AS reviews_held, CASE WHEN x.status = 'rejected' THEN 1 ELSE 0 END AS reviews_rejected
      FROM reviews x WHERE TRUE) AS e
JOIN organisations o ON o.id = e.organisation_id WHERE TRUE
GROUP BY e.organisation_id, e.year, o.region_code, o.authority_id, o.municipality, o.sphere
ON CONFLICT (organisation_id, year) DO UPDATE SET reviews = monitoring_tallies.reviews + excluded.reviews, reviews_positive = monitoring_tallies.reviews_positive + excluded.reviews_positive, reviews_negative = monitoring_tallies.reviews_negative + excluded.reviews_negative, reviews_neutral = monitoring_tallies.reviews_neutral + excluded.reviews_neutral, reviews_untoned = monitoring_tallies.reviews_untoned + excluded.reviews_untoned, reviews_answered = monitoring_tallies.reviews_answered + excluded.reviews_answered, reviews_held = monitoring_tallies.reviews_held + excluded.reviews_held, reviews_rejected = monitoring_tallies.reviews_rejected + excluded.reviews_rejected;
-- appeals
INSERT INTO monitoring_tallies (organisation_id, year, region_code, authority_id, municipality, sphere, appeals, appeals_on_time, appeals_late)
SELECT e.organisation_id, e.year, o.region_code, COALESCE(o.authority_id, 0), o.municipality, o.sphere, SUM(e.appeals), SUM(e.appeals_on_time), SUM(e.appeals_late)
FROM (SELECT x.organisation_id AS organisation_id, CAST(substr(x.created_at, 1, 4) AS INTEGER) AS year, 1 AS appeals, CASE WHEN x.answered_at IS NOT NULL AND x.answered_at <= x.due_at THEN 1 ELSE 0 END AS appeals_on_time, CASE WHEN x.answered_at IS NOT NULL AND x.answered_at > x.due_at THEN 1 ELSE 0 END AS appeals_late
      FROM appeals x WHERE TRUE) AS e
JOIN organisations o ON o.id = e.organisation_id WHERE TRUE
GROUP BY e.organisation_id, e.year, o.region_code, o.authority_id, o.municipality, o.sphere
ON CONFLICT (organisation_id, year) DO UPDATE SET appeals = monitoring_tallies.appeals + excluded.appeals, appeals_on_time = monitoring_tallies.appeals_on_time + excluded.appeals_on_time, appeals_late = monitoring_tallies.appeals_late + excluded.appeals_late;
-- scans
INSERT INTO monitoring_tallies (organisation_id, year, region_code, authority_id, municipality, sphere, scans, started, completed)
SELECT e.organisation_id, e.year, o.region_code, COALESCE(o.authority_id, 0), o.municipality, o.sphere, SUM(e.scans), SUM(e.started), SUM(e.completed)
FROM (SELECT x.organisation_id AS organisation_id, CAST(substr(x.day, 1, 4) AS INTEGER) AS year, x.scans AS scans, x.started AS started, x.completed AS completed
      FROM scan_counts x WHERE TRUE) AS e
JOIN organisations o ON o.id = e.organisation_id WHERE TRUE
GROUP BY e.organisation_id, e.year, o.region_code, o.authority_id, o.municipality, o.sphere
ON CONFLICT (organisation_id, year) DO UPDATE SET scans = monitoring_tallies.scans + excluded.scans, started = monitoring_tallies.started + excluded.started, completed = monitoring_tallies.completed + excluded.completed;
-- placements
INSERT INTO monitoring_tallies (organisation_id, year, region_code, authority_id, municipality, sphere, placements, placements_confirmed)
SELECT e.organisation_id, e.year, o.region_code, COALESCE(o.authority_id, 0), o.municipality, o.sphere, SUM(e.placements), SUM(e.placements_confirmed)
FROM (SELECT x.organisation_id AS organisation_id, CAST(substr(x.created_at, 1, 4) AS INTEGER) AS year, 1 AS placements, CASE WHEN x.confirmed_at IS NULL THEN 0 ELSE 1 END AS placements_confirmed
      FROM placements x WHERE x.removed_at IS NULL) AS e
JOIN organisations o ON o.id = e.organisation_id WHERE TRUE
GROUP BY e.organisation_id, e.year, o.region_code, o.authority_id, o.municipality, o.sphere
ON CONFLICT (organisation_id, year) DO UPDATE SET placements = monitoring_tallies.placements + excluded.placements, placements_confirmed = monitoring_tallies.placements_confirmed + excluded.placements_confirmed;
-- plans
INSERT INTO monitoring_tallies (organisation_id, year, region_code, authority_id, municipality, sphere, plans, plans_published, plan_items, plan_items_done)
SELECT e.organisation_id, e.year, o.region_code, COALESCE(o.authority_id, 0), o.municipality, o.sphere, SUM(e.plans), SUM(e.plans_published), SUM(e.plan_items), SUM(e.plan_items_done)
FROM (SELECT x.organisation_id AS organisation_id, cy.year AS year, 1 AS plans, CASE WHEN x.published_at IS NULL THEN 0 ELSE 1 END AS plans_published, CASE WHEN x.published_at IS NULL THEN 0 ELSE (SELECT COUNT(*) FROM plan_items i WHERE i.plan_id = x.id) END AS plan_items, CASE WHEN x.published_at IS NULL THEN 0 ELSE (SELECT COUNT(*) FROM plan_items i WHERE i.plan_id = x.id AND i.actual_date IS NOT NULL) END AS plan_items_done
      FROM plans x JOIN cycles cy ON cy.id = x.cycle_id WHERE TRUE) AS e
JOIN organisations o ON o.id = e.organisation_id WHERE TRUE
GROUP BY e.organisation_id, e.year, o.region_code, o.authority_id, o.municipality, o.sphere
ON CONFLICT (organisation_id, year) DO UPDATE SET plans = monitoring_tallies.plans + excluded.plans, plans_published = monitoring_tallies.plans_published + excluded.plans_published, plan_items = monitoring_tallies.plan_items + excluded.plan_items, plan_items_done = monitoring_tallies.plan_items_done + excluded.plan_items_done;
INSERT INTO monitoring_group_tallies (year, region_code, authority_id, municipality, sphere, organisations, assessed, sample_target, respondents, respondents_web, respondents_app, respondents_kiosk, respondents_operator_paper, respondents_operator_interview, respondents_operator_phone, respondents_m01, respondents_m02, respondents_m03, respondents_m04, respondents_m05, respondents_m06, respondents_m07, respondents_m08, respondents_m09, respondents_m10, respondents_m11, respondents_m12, rating_comfort_points, rating_comfort_answers, rating_politeness_points, rating_politeness_answers, rating_information_points, rating_information_answers, rating_booking_points, rating_booking_answers, rating_accessibility_points, rating_accessibility_answers, agree, disagree, reviews, reviews_positive, reviews_negative, reviews_neutral, reviews_untoned, reviews_answered, reviews_held, reviews_rejected, appeals, appeals_on_time, appeals_late, scans, started, completed, placements, placements_confirmed, plans, plans_published, plan_items, plan_items_done)
SELECT year, region_code, authority_id, municipality, sphere, COUNT(*), SUM(assessed), SUM(sample_target), SUM(respondents), SUM(respondents_web), SUM(respondents_app), SUM(respondents_kiosk), SUM(respondents_operator_paper), SUM(respondents_operator_interview), SUM(respondents_operator_phone), SUM(respondents_m01), SUM(respondents_m02), SUM(respondents_m03), SUM(respondents_m04), SUM(respondents_m05), SUM(respondents_m06), SUM(respondents_m07), SUM(respondents_m08), SUM(respondents_m09), SUM(respondents_m10), SUM(respondents_m11), SUM(respondents_m12), SUM(rating_comfort_points), SUM(rating_comfort_answers), SUM(rating_politeness_points), SUM(rating_politeness_answers), SUM(rating_information_points), SUM(rating_information_answers), SUM(rating_booking_points), SUM(rating_booking_answers), SUM(rating_accessibility_points), SUM(rating_accessibility_answers), SUM(agree), SUM(disagree), SUM(reviews), SUM(reviews_positive), SUM(reviews_negative), SUM(reviews_neutral), SUM(reviews_untoned), SUM(reviews_answered), SUM(reviews_held), SUM(reviews_rejected), SUM(appeals), SUM(appeals_on_time), SUM(appeals_late), SUM(scans), SUM(started), SUM(completed), SUM(placements), SUM(placements_confirmed), SUM(plans), SUM(plans_published), SUM(plan_items), SUM(plan_items_done)
FROM monitoring_tallies GROUP BY year, region_code, authority_id, municipality, sphere;
INSERT INTO monitoring_appeal_days (organisation_id, year, days, appeals)
SELECT e.organisation_id, e.year, e.days, COUNT(*)
FROM (SELECT x.organisation_id, CAST(substr(x.created_at, 1, 4) AS INTEGER) AS year,
        (365 * (CAST(substr(x.answered_at, 1, 4) AS INTEGER) - CASE WHEN substr(x.answered_at, 6, 2) <= '02' THEN 1 ELSE 0 END) + (CAST(substr(x.answered_at, 1, 4) AS INTEGER) - CASE WHEN substr(x.answered_at, 6, 2) <= '02' THEN 1 ELSE 0 END) / 4 - (CAST(substr(x.answered_at, 1, 4) AS INTEGER) - CASE WHEN substr(x.answered_at, 6, 2) <= '02' THEN 1 ELSE 0 END) / 100 + (CAST(substr(x.answered_at, 1, 4) AS INTEGER) - CASE WHEN substr(x.answered_at, 6, 2) <= '02' THEN 1 ELSE 0 END) / 400 + (153 * ((CAST(substr(x.answered_at, 6, 2) AS INTEGER) + 9) % 12) + 2) / 5 + CAST(substr(x.answered_at, 9, 2) AS INTEGER)) - (365 * (CAST(substr(x.created_at, 1, 4) AS INTEGER) - CASE WHEN substr(x.created_at, 6, 2) <= '02' THEN 1 ELSE 0 END) + (CAST(substr(x.created_at, 1, 4) AS INTEGER) - CASE WHEN substr(x.created_at, 6, 2) <= '02' THEN 1 ELSE 0 END) / 4 - (CAST(substr(x.created_at, 1, 4) AS INTEGER) - CASE WHEN substr(x.created_at, 6, 2) <= '02' THEN 1 ELSE 0 END) / 100 + (CAST(substr(x.created_at, 1, 4) AS INTEGER) - CASE WHEN substr(x.created_at, 6, 2) <= '02' THEN 1 ELSE 0 END) / 400 + (153 * ((CAST(substr(x.created_at, 6, 2) AS INTEGER) + 9) % 12) + 2) / 5 + CAST(substr(x.created_at, 9, 2) AS INTEGER)) AS days
      FROM appeals x WHERE x.answered_at IS NOT NULL) AS e
GROUP BY e.organisation_id, e.year, e.days;
INSERT INTO monitoring_group_appeal_days (year, region_code, authority_id, municipality, sphere, days, appeals)
SELECT t.year, t.region_code, t.authority_id, t.municipality, t.sphere, d.days, SUM(d.appeals)
FROM monitoring_appeal_days d JOIN monitoring_tallies t ON t.organisation_id = d.organisation_id AND t.year = d.year
GROUP BY t.year, t.region_code, t.authority_id, t.municipality, t.sphere, d.days;
INSERT INTO monitoring_funnel (organisation_id, year, carrier, scans, started, completed)
SELECT x.organisation_id, CAST(substr(x.day, 1, 4) AS INTEGER), COALESCE(p.carrier, ''), SUM(x.scans), SUM(x.started),
  SUM(x.completed)
FROM scan_counts x LEFT JOIN placements p ON p.id = x.placement_id
GROUP BY x.organisation_id, CAST(substr(x.day, 1, 4) AS INTEGER), COALESCE(p.carrier, '');
INSERT INTO monitoring_group_funnel (year, region_code, authority_id, municipality, sphere, carrier, scans, started, completed)
SELECT t.year, t.region_code, t.authority_id, t.municipality, t.sphere, f.carrier, SUM(f.scans), SUM(f.started),
  SUM(f.completed)
FROM monitoring_funnel f JOIN monitoring_tallies t ON t.organisation_id = f.organisation_id AND t.year = f.year
GROUP BY t.year, t.region_code, t.authority_id, t.municipality, t.sphere, f.carrier;
