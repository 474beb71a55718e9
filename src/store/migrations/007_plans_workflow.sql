-- The plan to remove deficiencies (ПП РФ № 457) as a workflow: the organisation drafts and
-- submits it, an official of its authority approves it (published_at) or returns it with a
-- comment, then the organisation reports progress item by item. plans.version guards every
-- change (optimistic locking).

ALTER TABLE plans ADD COLUMN state TEXT NOT NULL DEFAULT 'draft';   -- draft | submitted | returned | approved
ALTER TABLE plans ADD COLUMN submitted_at TEXT;
ALTER TABLE plans ADD COLUMN decided_by BIGINT REFERENCES users(id);
ALTER TABLE plans ADD COLUMN decided_at TEXT;
ALTER TABLE plans ADD COLUMN return_comment TEXT NOT NULL DEFAULT '';
-- Plans published before the workflow existed are approved ones.
UPDATE plans SET state = 'approved' WHERE published_at IS NOT NULL;
CREATE INDEX plans_state ON plans(state, organisation_id);

-- A progress report on an item: when it was reported (measures_taken, actual_date exist since 001).
ALTER TABLE plan_items ADD COLUMN reported_at TEXT;

CREATE INDEX appeals_due ON appeals(organisation_id, due_at);
CREATE INDEX measure_feedback_item ON measure_feedback(plan_item_id);
