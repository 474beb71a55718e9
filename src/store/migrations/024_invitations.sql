-- Invitations after a service (docs/invitations.md): one per person, organisation and cycle,
-- sent by e-mail or SMS with the person's recorded consent. The contact is sealed and deleted
-- once the invitation is answered, stopped or over; its keyed hash stays so that one person is
-- invited once and an answer is known to come from a recipient of the service.
CREATE TABLE invitations (
  id BIGINT PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  cycle_id BIGINT NOT NULL,
  channel TEXT NOT NULL,                  -- mail | sms
  contact_hash TEXT NOT NULL,             -- keyed hash of the contact, as a citizen's login hash
  contact_enc TEXT NOT NULL DEFAULT '',   -- sealed; '' once deleted
  nonce TEXT NOT NULL,                    -- makes the link unguessable from the id
  service_at TEXT NOT NULL,
  consent_at TEXT NOT NULL,
  consent_place TEXT NOT NULL,
  consent_version TEXT NOT NULL,
  source TEXT NOT NULL,                   -- upload | api
  utc_offset_hours INTEGER NOT NULL,      -- of the organisation's region: quiet hours
  state TEXT NOT NULL,                    -- queued | sending | sent | answered | opted_out | expired | failed | unconfirmed
  due_at TEXT NOT NULL,                   -- the next message is due then ('' when none is)
  attempts INTEGER NOT NULL DEFAULT 0,    -- failed attempts of the current message
  reminded INTEGER NOT NULL DEFAULT 0,    -- 1 once the reminder is claimed
  claim BIGINT NOT NULL DEFAULT 0,
  lease_until TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  sent_at TEXT NOT NULL DEFAULT '',
  opened_at TEXT NOT NULL DEFAULT '',
  answered_at TEXT NOT NULL DEFAULT '',
  finished_at TEXT NOT NULL DEFAULT '',
  UNIQUE (organisation_id, cycle_id, contact_hash)
);
CREATE INDEX invitations_due ON invitations(state, due_at);
CREATE INDEX invitations_contact ON invitations(contact_hash);
CREATE INDEX invitations_cycle ON invitations(cycle_id, state);

-- A person who asked for no more invitations, from any organisation.
CREATE TABLE invitation_opt_outs (
  contact_hash TEXT PRIMARY KEY,
  created_at TEXT NOT NULL
);

-- Keys an organisation's own systems post invitations with; only a keyed hash is stored.
CREATE TABLE invitation_tokens (
  id BIGINT PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  created_by BIGINT NOT NULL DEFAULT 0,
  last_used_at TEXT NOT NULL DEFAULT '',
  revoked_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX invitation_tokens_organisation ON invitation_tokens(organisation_id);

-- A response from a person the organisation invited: a recipient of the service.
ALTER TABLE responses ADD COLUMN confirmed_recipient INTEGER NOT NULL DEFAULT 0;
