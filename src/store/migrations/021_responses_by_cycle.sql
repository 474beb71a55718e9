-- A cycle's responses in id order, for the export of its counted responses. Ids grow with
-- time, so a new response lands at the end of its cycle's range: one page written at the
-- edge of the index, not a random one.
-- IF NOT EXISTS: a large PostgreSQL deployment may build it beforehand without blocking
-- submissions (docs/operations.md).
CREATE INDEX IF NOT EXISTS responses_cycle ON responses(cycle_id, id);
