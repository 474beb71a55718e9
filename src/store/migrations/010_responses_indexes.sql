-- Every index a submission touches costs a page written to the log at commit, and the
-- keys of a submission are random (organisation, citizen, network), so each index is one
-- more random page per submission. The indexes are cut to one per key a submission is
-- looked up by, and what only some rows have gets a partial index that the others skip.
-- A citizen's submission now touches two (citizen, network) instead of six.
DROP INDEX IF EXISTS responses_org;
DROP INDEX IF EXISTS responses_interview;
DROP INDEX IF EXISTS responses_citizen_time;
DROP INDEX IF EXISTS responses_one_voice;
DROP INDEX IF EXISTS responses_network;
DROP INDEX IF EXISTS responses_text;

-- An interview (a paper form) counts once for its organisation and cycle. Nothing looks up
-- an organisation's responses one by one (its counts are the tallies), so citizens'
-- responses, which have no interview, stay out of it.
CREATE UNIQUE INDEX responses_interview ON responses(organisation_id, cycle_id, interview_id)
  WHERE interview_id IS NOT NULL;
-- A citizen's responses: the repeat of a submission, their earlier voice for the same
-- organisation (one voice per cycle, kept by the writer that holds the citizen's lock)
-- and their posting rate.
CREATE UNIQUE INDEX responses_citizen ON responses(citizen_id, idempotency_key);
-- Operators' entries: the key is already prefixed with the collector.
CREATE UNIQUE INDEX responses_collector_key ON responses(idempotency_key) WHERE citizen_id IS NULL;
CREATE INDEX responses_network ON responses(network_hash, received_at) WHERE network_hash IS NOT NULL;
CREATE INDEX responses_text ON responses(text_hash) WHERE text_hash IS NOT NULL;
-- The moderation queue.
CREATE INDEX responses_held ON responses(id) WHERE status = 'moderation';
