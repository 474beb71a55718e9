-- Where an organisation's QR code leads (docs/printing.md, "Where the QR code leads"): its
-- card id on bus.gov.ru (from the registry), the region's choice and the organisation's own
-- (NULL: as its region); and the scans sent on to the card, counted beside the others in the
-- funnel and in the monitoring aggregates (none before: every earlier scan opened nok's page).
ALTER TABLE organisations ADD COLUMN bus_gov_card TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN qr_destination TEXT;
ALTER TABLE regions ADD COLUMN qr_destination TEXT NOT NULL DEFAULT 'nok';
ALTER TABLE scan_counts ADD COLUMN outgoing INTEGER NOT NULL DEFAULT 0;
ALTER TABLE monitoring_tallies ADD COLUMN outgoing BIGINT NOT NULL DEFAULT 0;
ALTER TABLE monitoring_group_tallies ADD COLUMN outgoing BIGINT NOT NULL DEFAULT 0;
ALTER TABLE monitoring_funnel ADD COLUMN outgoing BIGINT NOT NULL DEFAULT 0;
ALTER TABLE monitoring_group_funnel ADD COLUMN outgoing BIGINT NOT NULL DEFAULT 0;
