-- The figures that show the popularisation plans' effect count, for an authority or a region
-- and a span of days, the counted kiosk responses and the invitations sent and answered.
-- These partial indexes hold only those rows, in time order, so the count reads the span
-- instead of every response of every year (the monitoring API asks for it on each call).
-- IF NOT EXISTS: a large PostgreSQL deployment may build them beforehand without blocking
-- submissions (docs/operations.md).
CREATE INDEX IF NOT EXISTS responses_kiosk_time ON responses(collected_at) WHERE channel = 'kiosk' AND status = 'counted';
CREATE INDEX IF NOT EXISTS invitations_sent ON invitations(sent_at) WHERE sent_at <> '';
CREATE INDEX IF NOT EXISTS invitations_answered ON invitations(answered_at) WHERE answered_at <> '';
