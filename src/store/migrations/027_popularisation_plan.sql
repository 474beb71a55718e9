-- An authority's yearly plan of measures that bring citizens to the assessment (медиаплан,
-- docs/popularisation.md): one row per measure, of one of the letter's fifteen types, with its
-- dates inside the plan's year, who answers for it, where it can be seen and its state.
-- Removing a measure deletes its row; the audit log keeps what it was.
CREATE TABLE popularisation_measures (
  id BIGINT PRIMARY KEY,
  authority_id BIGINT NOT NULL REFERENCES authorities(id),
  year INTEGER NOT NULL,
  type TEXT NOT NULL,                       -- popularisation::measure_types() code
  title TEXT NOT NULL,
  starts_on TEXT NOT NULL,                  -- YYYY-MM-DD, within `year`
  ends_on TEXT NOT NULL,                    -- YYYY-MM-DD, not before starts_on
  responsible TEXT NOT NULL,
  evidence_url TEXT NOT NULL DEFAULT '',    -- http(s) only, or ''
  status TEXT NOT NULL DEFAULT 'planned',   -- planned | in_progress | done | cancelled
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX popularisation_measures_plan ON popularisation_measures(authority_id, year, starts_on);
-- The effect figures read scans by day across organisations (docs/popularisation.md, "Effect").
CREATE INDEX scan_counts_day ON scan_counts(day);
