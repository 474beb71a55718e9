-- Who set an organisation's own profile fields last. The registry owns its identity (name,
-- ИНН, region, sphere, level, authority, …); the organisation's staff keep its address and
-- website up to date in the cabinet. When staff change one, the time is recorded here; a
-- registry re-import then keeps their value instead of overwriting it, and reports the
-- difference, unless it is told to overwrite (docs/formats.md). NULL: the value is the
-- registry's (or nobody has edited it since the registry set it).
ALTER TABLE organisations ADD COLUMN address_edited_at TEXT;
ALTER TABLE organisations ADD COLUMN website_edited_at TEXT;
