-- A search by part of a name or an ИНН (`search_text LIKE '%…%'`) reads a trigram index
-- instead of every organisation of the country. pg_trgm ships with PostgreSQL and is a trusted
-- extension: the database's owner may create it (docs/operations.md). It is created in
-- `public`, where every schema of the database finds it, so its operator class is named with
-- that schema.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE INDEX organisations_search ON organisations USING gin (search_text public.gin_trgm_ops);
