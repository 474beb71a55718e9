-- The monitoring aggregates count, of the survey responses: those of confirmed recipients of
-- a service (invited after it, migration 024), those given at a terminal without a confirmed
-- phone number and those given with a staff member's help (migration 026); recounted for what
-- is stored already.
ALTER TABLE monitoring_tallies ADD COLUMN respondents_confirmed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE monitoring_tallies ADD COLUMN respondents_kiosk_unconfirmed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE monitoring_tallies ADD COLUMN respondents_assisted BIGINT NOT NULL DEFAULT 0;
ALTER TABLE monitoring_group_tallies ADD COLUMN respondents_confirmed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE monitoring_group_tallies ADD COLUMN respondents_kiosk_unconfirmed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE monitoring_group_tallies ADD COLUMN respondents_assisted BIGINT NOT NULL DEFAULT 0;
UPDATE monitoring_tallies SET
  respondents_confirmed = (SELECT COUNT(*) FROM responses x LEFT JOIN cycles cy ON cy.id = x.cycle_id
    WHERE x.organisation_id = monitoring_tallies.organisation_id AND x.status = 'counted' AND x.confirmed_recipient = 1
      AND COALESCE(cy.year, CAST(substr(x.collected_at, 1, 4) AS INTEGER)) = monitoring_tallies.year),
  respondents_kiosk_unconfirmed = (SELECT COUNT(*) FROM responses x LEFT JOIN cycles cy ON cy.id = x.cycle_id
    WHERE x.organisation_id = monitoring_tallies.organisation_id AND x.status = 'counted' AND x.channel = 'kiosk'
      AND x.citizen_id IS NULL AND COALESCE(cy.year, CAST(substr(x.collected_at, 1, 4) AS INTEGER)) = monitoring_tallies.year),
  respondents_assisted = (SELECT COUNT(*) FROM responses x LEFT JOIN cycles cy ON cy.id = x.cycle_id
    WHERE x.organisation_id = monitoring_tallies.organisation_id AND x.status = 'counted' AND x.assisted = 1
      AND COALESCE(cy.year, CAST(substr(x.collected_at, 1, 4) AS INTEGER)) = monitoring_tallies.year);
UPDATE monitoring_group_tallies SET
  respondents_confirmed = (SELECT COALESCE(SUM(t.respondents_confirmed), 0) FROM monitoring_tallies t
    WHERE t.year = monitoring_group_tallies.year AND t.region_code = monitoring_group_tallies.region_code
      AND t.authority_id = monitoring_group_tallies.authority_id AND t.municipality = monitoring_group_tallies.municipality
      AND t.sphere = monitoring_group_tallies.sphere),
  respondents_kiosk_unconfirmed = (SELECT COALESCE(SUM(t.respondents_kiosk_unconfirmed), 0) FROM monitoring_tallies t
    WHERE t.year = monitoring_group_tallies.year AND t.region_code = monitoring_group_tallies.region_code
      AND t.authority_id = monitoring_group_tallies.authority_id AND t.municipality = monitoring_group_tallies.municipality
      AND t.sphere = monitoring_group_tallies.sphere),
  respondents_assisted = (SELECT COALESCE(SUM(t.respondents_assisted), 0) FROM monitoring_tallies t
    WHERE t.year = monitoring_group_tallies.year AND t.region_code = monitoring_group_tallies.region_code
      AND t.authority_id = monitoring_group_tallies.authority_id AND t.municipality = monitoring_group_tallies.municipality
      AND t.sphere = monitoring_group_tallies.sphere);
