-- PostgreSQL only (docs/adr/0013-zoeken.md, 0018): the weighted Dutch vector of each index row is
-- stored (titel A, tekst B) and GIN-indexed, so a search neither parses and stems the text of
-- every match again to rank it nor needs a second vector to find it. The query matches and ranks
-- on this one column; it replaces the expression index of V8_1 on titel || ' ' || tekst (the same
-- lexemes, so the same matches), and the rank is the one computed before.
drop index zoekdocument_dutch_idx;
alter table zoekdocument add column zoekvector tsvector generated always as (
    setweight(to_tsvector('dutch', titel), 'A') || setweight(to_tsvector('dutch', tekst), 'B')
) stored;
create index zoekdocument_zoekvector_idx on zoekdocument using gin (zoekvector);
