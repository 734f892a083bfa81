-- Every number a topic's page prints (FORMAT.md section 8), the key included: as printed in upper
-- case (like the key), canonical (upper case, no hyphen: what the importer matches on) and its
-- scheme. The importer keeps a canonical number with one topic (NUMMER_TEGENSTRIJDIG otherwise);
-- the index is not unique because an in-place reorder of the list would briefly hold a number
-- twice (ADR 0009).
create table onderwerp_nummer (
    raadsnummer  varchar(50) not null references onderwerp (raadsnummer),
    volgnummer   integer     not null,
    nummer       varchar(50) not null,
    canoniek     varchar(50) not null,
    schema       varchar(20) not null,
    primary key (raadsnummer, volgnummer)
);

create index onderwerp_nummer_canoniek on onderwerp_nummer (canoniek);
