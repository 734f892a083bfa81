-- The council's factions, their seats through time, and how each voted on a stemming.
-- See docs/adr/0011-fracties-en-fractie-uitslagen.md and docs/adr/0012-controle-opgeslagen.md.

-- A faction; its id is a stable slug (groenlinks), so links and stemgedrag survive a new name.
create table fractie (
    id            varchar(80)  not null primary key,
    naam          varchar(200) not null,
    afkorting     varchar(50),
    versie        integer      not null,
    gewijzigd_op  timestamp(6) with time zone not null
);

-- A faction's seats from one date to another (both inclusive; geldig_tot null while it holds).
-- A split or a member leaving during a term is a new row from that date on.
create table fractie_zetels (
    fractie_id    varchar(80)  not null references fractie (id),
    volgnummer    integer      not null,
    zetels        integer      not null check (zetels >= 0),
    geldig_vanaf  date         not null,
    geldig_tot    date,
    primary key (fractie_id, volgnummer)
);
create index fractie_zetels_datum_idx on fractie_zetels (geldig_vanaf, fractie_id);

-- How a faction voted on one stemming; voor and tegen only when the source gives numbers,
-- stemmen (JSON: [{"naam", "keuze"}]) only when it names how each member voted.
create table stemming_fractie (
    stemming_id   varchar(80)  not null references stemming (id),
    fractie_id    varchar(80)  not null references fractie (id),
    keuze         varchar(30)  not null,
    voor          integer check (voor >= 0),
    tegen         integer check (tegen >= 0),
    stemmen       varchar,
    primary key (stemming_id, fractie_id)
);
create index stemming_fractie_fractie_idx on stemming_fractie (fractie_id, stemming_id);

-- The members who did not vote (absent; Almere has no abstention), when the source says.
-- voor + tegen + niet_gestemd that misses the seats is a finding of the check, never refused.
alter table stemming add column niet_gestemd integer check (niet_gestemd >= 0);

-- The vote check is stored with the stemming so a list can be filtered on it; it is recomputed
-- in the transaction of every write that can change it. Null until first computed.
alter table stemming add column controle_status varchar(20);
alter table stemming add column controle_meldingen varchar;
create index stemming_controle_idx on stemming (controle_status, datum, id);
