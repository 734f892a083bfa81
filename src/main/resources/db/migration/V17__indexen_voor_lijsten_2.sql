-- More indexes for list filters and sorts (ADR 0018, checked with EXPLAIN ANALYZE at council scale):
-- with keyset paging a page is one index range scan only when an index starts with the filter's
-- column and continues with every sort key, the list's key included.

-- /v1/wijzigingen?type=...: the feed in volgnummer order within one type. Without it a rare type
-- (vergaderingen, fracties) was a walk of the primary key past every other type's places.
create index revisie_type_volgnummer_idx on revisie (type, volgnummer);
-- /v1/stemmingen?voorstel=... with the default sort -datum (id breaks ties): replaces the index
-- on (voorstel_nummer, datum), whose prefix it keeps for the last-stemming look-ups of voorstellen.
create index stemming_voorstel_datum_id_idx on stemming (voorstel_nummer, datum, id);
drop index stemming_voorstel_idx;
