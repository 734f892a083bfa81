-- Indexes for the filters and sorts of the lists that had none (ADR 0018): with keyset paging a
-- page is one index range scan only when an index starts with the filter's column and continues
-- with the sort key.

-- sort=geschrevenOp / laatstBewerktOp on /v1/onderwerpen (raadsnummer breaks ties).
create index onderwerp_geschreven_op_idx on onderwerp (geschreven_op, raadsnummer);
create index onderwerp_laatst_bewerkt_op_idx on onderwerp (laatst_bewerkt_op, raadsnummer);
-- sort=naam on /v1/fracties.
create index fractie_naam_idx on fractie (naam, id);
-- Equality filters followed by the list's default sort (documenten of one onderwerp: last line).
create index voorstel_soort_idx on voorstel (soort, nummer);
create index stemming_uitslag_idx on stemming (uitslag, datum, id);
create index vergadering_soort_idx on vergadering (soort, datum, id);
create index document_soort_idx on document (soort, id);
-- gewijzigdSinds on every list: a sync client asks for the few recent changes.
create index onderwerp_gewijzigd_op_idx on onderwerp (gewijzigd_op);
create index voorstel_gewijzigd_op_idx on voorstel (gewijzigd_op);
create index stemming_gewijzigd_op_idx on stemming (gewijzigd_op);
create index vergadering_gewijzigd_op_idx on vergadering (gewijzigd_op);
create index document_gewijzigd_op_idx on document (gewijzigd_op);
create index fractie_gewijzigd_op_idx on fractie (gewijzigd_op);
create index document_onderwerp_id_idx on document (raadsnummer, id);
