-- responses_citizen (citizen_id, organisation_id) duplicated what responses_one_voice
-- (the citizen's counted response per organisation and cycle) and responses_citizen_time
-- (a citizen's responses by time) already answer; each submission paid for a random page
-- of it in the write-ahead log.
DROP INDEX responses_citizen;
