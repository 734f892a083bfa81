-- Provenance of imported stemmingen and vergaderingen (ADR 0009), as V6 added it for onderwerpen
-- and voorstellen: kept in the resource's own row, all null for resources made through the API.
alter table stemming add column herkomst_bron varchar(2000);
alter table stemming add column herkomst_geimporteerd_op timestamp(6) with time zone;
alter table stemming add column herkomst_parser_versie varchar(20);
alter table stemming add column herkomst_inhoud_hash varchar(64);
alter table stemming add column herkomst_waarschuwingen varchar;

alter table vergadering add column herkomst_bron varchar(2000);
alter table vergadering add column herkomst_geimporteerd_op timestamp(6) with time zone;
alter table vergadering add column herkomst_parser_versie varchar(20);
alter table vergadering add column herkomst_inhoud_hash varchar(64);
alter table vergadering add column herkomst_waarschuwingen varchar;
