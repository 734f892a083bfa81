-- PostgreSQL only: Dutch full-text search over the normalised text (docs/adr/0013-zoeken.md).
create index zoekdocument_dutch_idx on zoekdocument
    using gin (to_tsvector('dutch', titel || ' ' || tekst));
