-- The raadsnummer in canonical form (upper case, no hyphen), kept beside it with an index: an
-- import looks up every new page's numbers this way, and the expression it replaces,
-- replace(upper(raadsnummer), '-', ''), made that a scan of every onderwerp (issue 11, part e).
alter table onderwerp add column canoniek varchar(50);
update onderwerp set canoniek = replace(upper(raadsnummer), '-', '');
alter table onderwerp alter column canoniek set not null;
create index onderwerp_canoniek_idx on onderwerp (canoniek);
