-- Provenance of imported onderwerpen and voorstellen (ADR 0009): kept in the resource's own row,
-- so serving it costs no extra query. All null for resources made through the API.
alter table onderwerp add column herkomst_bron varchar(2000);
alter table onderwerp add column herkomst_geimporteerd_op timestamp(6) with time zone;
alter table onderwerp add column herkomst_parser_versie varchar(20);
alter table onderwerp add column herkomst_inhoud_hash varchar(64);
alter table onderwerp add column herkomst_waarschuwingen varchar;

alter table voorstel add column herkomst_bron varchar(2000);
alter table voorstel add column herkomst_geimporteerd_op timestamp(6) with time zone;
alter table voorstel add column herkomst_parser_versie varchar(20);
alter table voorstel add column herkomst_inhoud_hash varchar(64);
alter table voorstel add column herkomst_waarschuwingen varchar;

-- Outcomes printed only as a sentence ("Het amendement is met 18 stemmen voor en 25 stemmen
-- tegen verworpen.") are kept verbatim and can be longer than a capitalised word.
alter table stemming alter column uitslag_tekst set data type varchar(2000);
