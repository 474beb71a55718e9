-- The cycle as a state machine (domain/cycle): its spheres, the edition of its
-- results (a correction after publication is edition 2, …), when each step happened,
-- every step taken, the council's decisions per edition, and reminders already sent.

ALTER TABLE cycles ADD COLUMN spheres TEXT NOT NULL DEFAULT '';
ALTER TABLE cycles ADD COLUMN edition INTEGER NOT NULL DEFAULT 1;
ALTER TABLE cycles ADD COLUMN submitted_at TEXT;
ALTER TABLE cycles ADD COLUMN approved_at TEXT;
ALTER TABLE cycles ADD COLUMN published_at TEXT;

-- Each transition, with who took it and why (the council's comments on a return).
CREATE TABLE cycle_steps (
  id BIGINT PRIMARY KEY,
  cycle_id BIGINT NOT NULL REFERENCES cycles(id),
  edition INTEGER NOT NULL,
  event TEXT NOT NULL,
  from_state TEXT NOT NULL,
  to_state TEXT NOT NULL,
  user_id BIGINT REFERENCES users(id),
  comment TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL
);
CREATE INDEX cycle_steps_cycle ON cycle_steps(cycle_id, id);

ALTER TABLE council_decisions ADD COLUMN edition INTEGER NOT NULL DEFAULT 1;
CREATE INDEX council_decisions_cycle ON council_decisions(cycle_id, id);

-- Open data and the organisation page read the published editions of an organisation.
CREATE INDEX results_org ON results(organisation_id, published_at);

-- A reminder of a deadline goes to each person once per deadline, whichever `nok`
-- process sends it.
CREATE TABLE deadline_reminders (
  cycle_id BIGINT NOT NULL REFERENCES cycles(id),
  kind TEXT NOT NULL,
  due TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users(id),
  sent_at TEXT NOT NULL,
  PRIMARY KEY (cycle_id, kind, due, user_id)
);
