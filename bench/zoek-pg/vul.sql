-- Scratch data at council scale (EXPLAIN/latency only; not through the service's write path).
select setseed(0.20261207);
create temp table woorden as select unnest(string_to_array(
 'gemeente raad college wethouder burgemeester fractie motie amendement voorstel besluit begroting '
 'wonen woningbouw huurwoningen sociale koop verkeer fiets parkeren bus station weg brug tunnel '
 'zorg jeugd ouderen mantelzorg welzijn armoede schuldhulp onderwijs school bibliotheek cultuur '
 'theater museum sport zwembad sporthal groen park bomen natuur water dijk klimaat energie warmte '
 'zonnepanelen duurzaamheid afval milieu lucht geluid veiligheid politie handhaving mensenhandel '
 'ondermijning drugs criminaliteit participatie inwoners wijk buurt centrum haven poort stad '
 'nobelhorst almere buiten haven poort hout stad pampus oosterwold economie werk ondernemers '
 'winkels markt toerisme evenementen floriade subsidie kosten financien investering krediet '
 'grondexploitatie bestemmingsplan omgevingswet vergunning ruimtelijke ordening visie strategie '
 'evaluatie rapportage jaarrekening controle accountant rekenkamer integriteit digitale '
 'dienstverlening privacy informatie transparantie toegankelijkheid inclusie diversiteit '
 'discriminatie regenboog emancipatie statushouders asiel opvang huisvesting arbeidsmigranten '
 'barrieres kinderopvang speeltuinen hondenbelasting belasting ozb tarieven rioolheffing '
 'afvalstoffenheffing lokale media omroep archief erfgoed monumenten kunst festival', ' ')) w;
create temp table vocab as select row_number() over () - 1 as i, w from woorden;
create temp table va as select array_agg(w) a from woorden;
create or replace function pg_temp.tekst(n int) returns text language sql volatile as
 $$ select string_agg((select a from va)[1+floor(random()*cardinality((select a from va)))::int], ' ') from generate_series(1,n) g $$;

insert into fractie select 'f-'||lpad(g::text,2,'0'), 'Fractie '||g, 'F'||g, 1, now() from generate_series(1,12) g;
insert into fractie_zetels select 'f-'||lpad(f::text,2,'0'), t, 2+((f*t) % 5), make_date(2006+4*t,1,1), make_date(2009+4*t,12,31)
  from generate_series(1,12) f, generate_series(0,4) t;
insert into vergadering select 'v-'||g, date '2006-01-01' + (g*3.65)::int, case when g % 5 = 0 then 'COMMISSIE' else 'PLENAIR' end,
  'Plenair', 1, now() from generate_series(1,2000) g;
insert into onderwerp (raadsnummer, titel, status, geschreven_op, laatst_bewerkt_op, inleiding, versie, gewijzigd_op)
  select (10000+g)::text, 'Onderwerp '||(10000+g)||' over '||(array['wonen','verkeer','zorg','groen','cultuur','sport'])[1+g%6]
     ||' '||pg_temp.tekst(4),
    (array['AFGEROND','IN_BEHANDELING','NIEUW'])[1+g%3],
    case when g % 50 = 0 then null else date '2006-01-01' + (g*0.73)::int end,
    case when g % 40 = 0 then null else date '2006-01-01' + (g*0.73)::int + 30 end,
    pg_temp.tekst(30), 1, timestamptz '2026-01-01' + g * interval '1 minute'
  from generate_series(1,10000) g;
insert into voorstel (nummer, soort, soort_tekst, titel, raadsnummer, versie, gewijzigd_op)
  select o.raadsnummer||case when n=10 then '' else '.'||lpad(n::text,3,'0') end,
    case when n=10 then 'RAADSVOORSTEL' when n%3=0 then 'AMENDEMENT' else 'MOTIE' end,
    case when n=10 then 'Raadsvoorstel' when n%3=0 then 'Amendement' else 'Motie' end,
    case when n=10 then o.titel when n%7=0 then null else 'Voorstel '||o.raadsnummer||'.'||lpad(n::text,3,'0')||' '||pg_temp.tekst(6) end,
    o.raadsnummer, 1, o.gewijzigd_op
  from onderwerp o, generate_series(1,10) n;
insert into stemming (id, voorstel_nummer, vergadering_id, datum, uitslag, voor, tegen, versie, gewijzigd_op, controle_status)
  select 's-'||v.nummer||'-'||k, v.nummer, 'v-'||(1+(hashtext(v.nummer)&2147483647)%1990+k), 
    case when hashtext(v.nummer)%97=0 then null else date '2006-01-01' + ((1+(hashtext(v.nummer)&2147483647)%1990+k)*3.65)::int end,
    case when random()<0.6 then 'AANVAARD' else 'VERWORPEN' end, 25, 20, 1, v.gewijzigd_op,
    (array['IN_ORDE','AFWIJKING','ONBEKEND'])[1+floor(random()*3)::int]
  from voorstel v, generate_series(1,2) k where k=1 or random()<0.2;
insert into stemming_fractie (stemming_id, fractie_id, keuze, voor, tegen)
  select s.id, f.id, case when random()<0.6 then 'VOOR' else 'TEGEN' end, 3, 0 from stemming s, fractie f
  where f.id <> 'f-12' or random() < 0.02;
insert into document (id, raadsnummer, volgnummer, soort, url, titel, versie, gewijzigd_op)
  select 'd-'||o.raadsnummer||'-'||n, o.raadsnummer, n, (array['BIJLAGE','BESLUIT','RAADSVOORSTEL'])[n], 'https://x/'||o.raadsnummer||'/'||n, 'Doc', 1, o.gewijzigd_op
  from onderwerp o, generate_series(1,3) n;
-- zoekdocument: as Zoekindex writes it (normalised: lower case, words with single spaces).
insert into zoekdocument (type, sleutel, titel, tekst)
  select 'ONDERWERP', raadsnummer, ' '||lower(titel)||' ', ' '||lower(inleiding)||' doel een van '||raadsnummer||' doel twee ' from onderwerp;
insert into zoekdocument (type, sleutel, titel, tekst)
  select 'VOORSTEL', nummer, ' '||lower(coalesce(titel,''))||' ', ' '||lower(soort_tekst)||' ' from voorstel;
-- revisie: one version per resource, committed in order.
insert into revisie (volgnummer, type, sleutel, versie, soort, auteur, gewijzigd_op, inhoud, vastgelegd_op)
  select row_number() over (order by t, k), t, k, 1, 'AANGEMAAKT', 'import', ts, '{}', ts from (
    select 'ONDERWERP' t, raadsnummer k, gewijzigd_op ts from onderwerp union all
    select 'VOORSTEL', nummer, gewijzigd_op from voorstel union all
    select 'STEMMING', id, gewijzigd_op from stemming union all
    select 'VERGADERING', id, gewijzigd_op from vergadering union all
    select 'FRACTIE', id, gewijzigd_op from fractie) x;

select (select count(*) from onderwerp) o, (select count(*) from voorstel) v, (select count(*) from stemming) s,
  (select count(*) from stemming_fractie) sf, (select count(*) from zoekdocument) z, (select count(*) from revisie) r;
insert into stemming (id, voorstel_nummer, vergadering_id, datum, uitslag, voor, tegen, versie, gewijzigd_op, controle_status)
  select 's-'||v.nummer||'-2', v.nummer, 'v-'||(2+(hashtext(v.nummer)&2147483647)%1990),
    date '2006-01-01' + ((2+(hashtext(v.nummer)&2147483647)%1990)*3.65)::int,
    'AANVAARD', 25, 20, 1, v.gewijzigd_op, 'IN_ORDE'
  from voorstel v where (hashtext(v.nummer||'x') & 2147483647) % 5 = 0;
insert into stemming_fractie (stemming_id, fractie_id, keuze, voor, tegen)
  select s.id, f.id, case when (hashtext(s.id||f.id)&1)=0 then 'VOOR' else 'TEGEN' end, 3, 0 from stemming s, fractie f
  where s.id like '%-2' and f.id <> 'f-12';
insert into revisie (volgnummer, type, sleutel, versie, soort, auteur, gewijzigd_op, inhoud, vastgelegd_op)
  select 300000 + row_number() over (order by id), 'STEMMING', id, 1, 'AANGEMAAKT', 'import', gewijzigd_op, '{}', gewijzigd_op + interval '1 day' from stemming where id like '%-2';

select count(*), count(*) filter (where datum is null) from stemming;
-- An onderwerp's text is some 3 KB: 300 more words, common ones far more often (Zipf-like).
create or replace function pg_temp.zipf(n int) returns text language sql volatile as
 $$ select string_agg((select a from va)[1+floor(power(random(),4)*cardinality((select a from va)))::int], ' ') from generate_series(1,n) g $$;
update zoekdocument set tekst = substr(tekst, 1, 400) || pg_temp.zipf(300) || ' ' where type = 'ONDERWERP';
select (select count(*) from onderwerp) o, (select count(*) from voorstel) v, (select count(*) from stemming) s;

