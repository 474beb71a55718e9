-- The operator's data entry: who typed a questionnaire in, and the collector's
-- own number of the questionnaire or interview. The number is the natural key of an
-- operator's response: the same interview uploaded twice (in one file or in two) is
-- refused, because it must count once. NULLs (citizens' responses) never collide.
ALTER TABLE responses ADD COLUMN entered_by BIGINT REFERENCES users(id);
ALTER TABLE responses ADD COLUMN interview_id TEXT;
CREATE UNIQUE INDEX responses_interview ON responses(organisation_id, cycle_id, interview_id);
