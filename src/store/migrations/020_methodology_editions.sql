-- Methodology editions added to this deployment by `nok methodology add` (store/edition_store.h);
-- the shipped ones live in the binary. `source` is the file as added, `definition` the same
-- edition with its base merged in, so that it never changes with another edition.
CREATE TABLE methodology_editions (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  source TEXT NOT NULL,
  definition TEXT NOT NULL,
  checksum TEXT NOT NULL,
  added_at TEXT NOT NULL
);
