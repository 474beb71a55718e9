-- Live survey tallies: per organisation and cycle, the counts from which every survey
-- indicator is computed (domain/survey/counters.h). Updated by the same transaction that
-- stores or replaces a response (+1/-1 deltas), so they are durable, shared by every
-- `nok` process, and always equal a recount of the counted responses.
CREATE TABLE survey_tallies (
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  cycle_id BIGINT NOT NULL REFERENCES cycles(id),
  respondents INTEGER NOT NULL DEFAULT 0,
  site_or_app INTEGER NOT NULL DEFAULT 0,
  stand_used_yes INTEGER NOT NULL DEFAULT 0, stand_used_answered INTEGER NOT NULL DEFAULT 0,
  stand_ok_yes INTEGER NOT NULL DEFAULT 0, stand_ok_answered INTEGER NOT NULL DEFAULT 0,
  site_used_yes INTEGER NOT NULL DEFAULT 0, site_used_answered INTEGER NOT NULL DEFAULT 0,
  site_ok_yes INTEGER NOT NULL DEFAULT 0, site_ok_answered INTEGER NOT NULL DEFAULT 0,
  timely_yes INTEGER NOT NULL DEFAULT 0, timely_answered INTEGER NOT NULL DEFAULT 0,
  comfort_ok_yes INTEGER NOT NULL DEFAULT 0, comfort_ok_answered INTEGER NOT NULL DEFAULT 0,
  disabled_yes INTEGER NOT NULL DEFAULT 0, disabled_answered INTEGER NOT NULL DEFAULT 0,
  access_ok_yes INTEGER NOT NULL DEFAULT 0, access_ok_answered INTEGER NOT NULL DEFAULT 0,
  contact_polite_yes INTEGER NOT NULL DEFAULT 0, contact_polite_answered INTEGER NOT NULL DEFAULT 0,
  staff_polite_yes INTEGER NOT NULL DEFAULT 0, staff_polite_answered INTEGER NOT NULL DEFAULT 0,
  remote_used_yes INTEGER NOT NULL DEFAULT 0, remote_used_answered INTEGER NOT NULL DEFAULT 0,
  remote_polite_yes INTEGER NOT NULL DEFAULT 0, remote_polite_answered INTEGER NOT NULL DEFAULT 0,
  recommend_yes INTEGER NOT NULL DEFAULT 0, recommend_answered INTEGER NOT NULL DEFAULT 0,
  conditions_ok_yes INTEGER NOT NULL DEFAULT 0, conditions_ok_answered INTEGER NOT NULL DEFAULT 0,
  overall_ok_yes INTEGER NOT NULL DEFAULT 0, overall_ok_answered INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (organisation_id, cycle_id)
);

-- Signals for the padding checks (docs/security.md): a keyed hash of the sender's network and of
-- the normalised free text. Neither can be turned back into an address or a text.
ALTER TABLE responses ADD COLUMN network_hash TEXT;
ALTER TABLE responses ADD COLUMN text_hash TEXT;
ALTER TABLE responses ADD COLUMN moderation_reason TEXT;
CREATE INDEX responses_network ON responses(network_hash, received_at);
CREATE INDEX responses_text ON responses(text_hash);
CREATE INDEX responses_citizen_time ON responses(citizen_id, received_at);

-- One voice per citizen, organisation and cycle: at most one counted response each.
CREATE UNIQUE INDEX responses_one_voice ON responses(citizen_id, organisation_id, cycle_id) WHERE status = 'counted';
