\pset pager off
\echo == stemmingen?voorstel=X (default -datum)
explain (analyze, costs off, timing off, summary on) select * from stemming s where s.voorstel_nummer='10042.003' and s.datum is not null order by s.datum desc, s.id desc limit 21;
\echo == wijzigingen?type=VERGADERING
explain (analyze, costs off, timing off, summary on) select * from revisie r where r.type='VERGADERING' order by r.volgnummer limit 21;
\echo == wijzigingen?type=FRACTIE&naVolgnummer
explain (analyze, costs off, timing off, summary on) select * from revisie r where r.type='FRACTIE' and r.volgnummer > 1000 order by r.volgnummer limit 21;
\echo == onderwerpen?sort=geschrevenOp (null segment)
explain (analyze, costs off, timing off, summary on) select * from onderwerp o where o.geschreven_op is null order by o.raadsnummer limit 21;
\echo == onderwerpen?sort=-geschrevenOp with cursor
explain (analyze, costs off, timing off, summary on) select * from onderwerp o where o.geschreven_op is not null and o.geschreven_op <= '2015-01-01' and (o.geschreven_op < '2015-01-01' or (o.geschreven_op='2015-01-01' and o.raadsnummer < '15000')) order by o.geschreven_op desc, o.raadsnummer desc limit 21;
\echo == onderwerpen?sort=titel
explain (analyze, costs off, timing off, summary on) select * from onderwerp o order by o.titel, o.raadsnummer limit 21;
\echo == onderwerpen?status=NIEUW
explain (analyze, costs off, timing off, summary on) select * from onderwerp o where o.status='NIEUW' and o.raadsnummer > '15000' order by o.raadsnummer limit 21;
\echo == onderwerpen?gewijzigdSinds
explain (analyze, costs off, timing off, summary on) select * from onderwerp o where o.raadsnummer in (select r.sleutel from revisie r where r.type='ONDERWERP' and r.vastgelegd_op >= '2026-01-07') order by o.raadsnummer limit 21;
\echo == voorstellen?soort=AMENDEMENT cursor
explain (analyze, costs off, timing off, summary on) select * from voorstel v where v.soort='AMENDEMENT' and v.nummer >= '15000' and v.nummer > '15000' order by v.nummer limit 21;
\echo == voorstellen?sort=titel
explain (analyze, costs off, timing off, summary on) select * from voorstel v where v.titel is not null order by v.titel, v.nummer limit 21;
\echo == voorstellen?uitslag=VERWORPEN&datumVanaf=2020-01-01&datumTot=2020-01-31
explain (analyze, costs off, timing off, summary on) select * from voorstel v where exists (select s.id from stemming s where s.voorstel_nummer = v.nummer and not exists (select s2.id from stemming s2 where s2.voorstel_nummer = v.nummer and (coalesce(s2.datum, '0001-01-01') > coalesce(s.datum, '0001-01-01') or (coalesce(s2.datum,'0001-01-01') = coalesce(s.datum,'0001-01-01') and s2.id > s.id))) and s.uitslag='VERWORPEN' and s.datum >= '2020-01-01' and s.datum <= '2020-01-31') order by v.nummer limit 21;
\echo == stemmingen?controle=AFWIJKING
explain (analyze, costs off, timing off, summary on) select * from stemming s where s.controle_status='AFWIJKING' and s.datum is not null order by s.datum desc, s.id desc limit 21;
\echo == stemmingen?uitslag=AANVAARD&datumVanaf
explain (analyze, costs off, timing off, summary on) select * from stemming s where s.uitslag='AANVAARD' and s.datum >= '2010-01-01' and s.datum <= '2010-03-01' and s.datum is not null order by s.datum desc, s.id desc limit 21;
\echo == vergaderingen?soort=COMMISSIE
explain (analyze, costs off, timing off, summary on) select * from vergadering v where v.soort='COMMISSIE' and v.datum is not null order by v.datum desc, v.id desc limit 21;
\echo == documenten?onderwerp=X / soort
explain (analyze, costs off, timing off, summary on) select * from document d where d.raadsnummer='10042' order by d.id limit 21;
explain (analyze, costs off, timing off, summary on) select * from document d where d.soort='BESLUIT' and d.id > 'd-15' order by d.id limit 21;
\echo == fracties/f-12/stemgedrag (faction in 2% of stemmingen)
explain (analyze, costs off, timing off, summary on) select * from stemming s where exists (select 1 from stemming t join stemming_fractie f on f.stemming_id=t.id where t.id = s.id and f.fractie_id='f-12') and s.datum is not null order by s.datum desc, s.id desc limit 21;
\echo == fracties?sort=naam
explain (analyze, costs off, timing off, summary on) select * from fractie f order by f.naam, f.id limit 21;
