-- Each organisation's live tallies in a cycle also count its counted respondents per channel
-- (store/sql/tally_rows.h keeps them with the other counts), so that an operator's progress on
-- a contract reads the tallies instead of counting the responses of a whole cycle.
ALTER TABLE survey_tallies ADD COLUMN respondents_web INTEGER NOT NULL DEFAULT 0;
ALTER TABLE survey_tallies ADD COLUMN respondents_app INTEGER NOT NULL DEFAULT 0;
ALTER TABLE survey_tallies ADD COLUMN respondents_kiosk INTEGER NOT NULL DEFAULT 0;
ALTER TABLE survey_tallies ADD COLUMN respondents_operator_paper INTEGER NOT NULL DEFAULT 0;
ALTER TABLE survey_tallies ADD COLUMN respondents_operator_interview INTEGER NOT NULL DEFAULT 0;
ALTER TABLE survey_tallies ADD COLUMN respondents_operator_phone INTEGER NOT NULL DEFAULT 0;

UPDATE survey_tallies SET
  respondents_web = (SELECT COUNT(*) FROM responses r WHERE r.organisation_id = survey_tallies.organisation_id
                       AND r.cycle_id = survey_tallies.cycle_id AND r.status = 'counted' AND r.channel = 'web'),
  respondents_app = (SELECT COUNT(*) FROM responses r WHERE r.organisation_id = survey_tallies.organisation_id
                       AND r.cycle_id = survey_tallies.cycle_id AND r.status = 'counted' AND r.channel = 'app'),
  respondents_kiosk = (SELECT COUNT(*) FROM responses r WHERE r.organisation_id = survey_tallies.organisation_id
                         AND r.cycle_id = survey_tallies.cycle_id AND r.status = 'counted' AND r.channel = 'kiosk'),
  respondents_operator_paper =
    (SELECT COUNT(*) FROM responses r WHERE r.organisation_id = survey_tallies.organisation_id
       AND r.cycle_id = survey_tallies.cycle_id AND r.status = 'counted' AND r.channel = 'operator_paper'),
  respondents_operator_interview =
    (SELECT COUNT(*) FROM responses r WHERE r.organisation_id = survey_tallies.organisation_id
       AND r.cycle_id = survey_tallies.cycle_id AND r.status = 'counted' AND r.channel = 'operator_interview'),
  respondents_operator_phone =
    (SELECT COUNT(*) FROM responses r WHERE r.organisation_id = survey_tallies.organisation_id
       AND r.cycle_id = survey_tallies.cycle_id AND r.status = 'counted' AND r.channel = 'operator_phone');

CREATE INDEX survey_tallies_cycle ON survey_tallies(cycle_id);
