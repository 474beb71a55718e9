-- The organisations in order of name, then code (unique), with their id: the monitoring's
-- exports read every organisation of a country a page at a time in this order
-- (store/monitoring_store.h, for_each_organisation), each page a range of this index instead
-- of a sort of the country, and joined by id without reading the organisations' rows.
CREATE INDEX organisations_name ON organisations(short_name, code, id);
