-- The search index of onderwerpen and voorstellen: their text normalised (lower case, accents
-- stripped, a '?' that replaced a lost character inside a word dropped), written with every
-- version in the same transaction. See docs/adr/0013-zoeken.md.
create table zoekdocument (
    type     varchar(20) not null,
    sleutel  varchar(80) not null,
    titel    varchar     not null,
    tekst    varchar     not null,
    primary key (type, sleutel)
);
