/** Small publications in the documented shape of officiële bekendmakingen, for unit tests. */

export const KV_XML = `<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie>
  <metadata>
    <meta name="DC.identifier" content="kv-tk-2024Z17900"/>
    <meta name="DC.title" content="Vragen van het lid Soepboer (NSC) aan de minister van Onderwijs over leraren"/>
    <meta name="OVERHEIDop.vraagnummer" content="2024Z17900"/>
    <meta name="OVERHEIDop.datumIndiening" content="2024-11-08"/>
    <meta name="OVERHEIDop.publicationName" content="Kamervragen zonder antwoord"/>
  </metadata>
  <kamervragen>
    <kamervraagkop>
      <kamervraagnummer>2024Z17900</kamervraagnummer>
      <kamervraagomschrijving type="vraag">Vragen van het lid <naam><achternaam>Soepboer</achternaam></naam> (NSC) aan de minister van Onderwijs, Cultuur en Wetenschap over <kamervraagonderwerp>het lerarentekort in het noorden</kamervraagonderwerp> (ingezonden <datum isodatum="2024-11-08">8 november 2024</datum>).</kamervraagomschrijving>
    </kamervraagkop>
    <vraag><nr>Vraag 1</nr><al>Kent u het bericht «Scholen in Friesland zoeken wanhopig leraren»?<nootref refid="n1"/></al></vraag>
    <vraag><nr>Vraag 2</nr><al>Hoeveel vacatures staan er open?</al></vraag>
    <vraag><nr>Vraag 3</nr><al>Wat doet u om zij-instromers te helpen?</al></vraag>
    <vraag><nr>Vraag 4</nr><al>Welke regio's worden het hardst getroffen?</al></vraag>
    <vraag><nr>Vraag 5</nr><al>Kunt u deze vragen afzonderlijk beantwoorden?</al></vraag>
    <noot id="n1"><noot.nr>1</noot.nr><noot.al>Leeuwarder Courant, 7 november 2024</noot.al></noot>
  </kamervragen>
</officiele-publicatie>`;

export const AH_XML = `<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie>
  <metadata>
    <meta name="DC.identifier" content="ah-tk-20242025-611"/>
    <meta name="OVERHEIDop.vraagnummer" content="2024Z17900"/>
    <meta name="OVERHEIDop.datumOntvangst" content="2024-11-19"/>
    <meta name="OVERHEIDop.publicationName" content="Kamervragen (Aanhangsel)"/>
  </metadata>
  <kamervragen>
    <kamervraagkop><kamervraagnummer>2024Z17900</kamervraagnummer></kamervraagkop>
    <kamervraagomschrijving type="vraag">Vragen van het lid <naam><achternaam>Soepboer</achternaam></naam> (NSC) aan de minister van Onderwijs, Cultuur en Wetenschap over <kamervraagonderwerp>het lerarentekort in het noorden</kamervraagonderwerp> (ingezonden <datum isodatum="2024-11-08">8 november 2024</datum>).</kamervraagomschrijving>
    <kamervraagomschrijving type="antwoord">Antwoord van minister Bruins (Onderwijs, Cultuur en Wetenschap) (ontvangen <datum isodatum="2024-11-19">19 november 2024</datum>).</kamervraagomschrijving>
    <vraag><nr>Vraag 1</nr><al>Kent u het bericht «Scholen in Friesland zoeken wanhopig leraren»?<nootref refid="n1"/></al></vraag>
    <antwoord><nr>Antwoord 1</nr><al>Ja.</al></antwoord>
    <vraag><nr>Vraag 2</nr><al>Hoeveel vacatures staan er open?</al></vraag>
    <antwoord><nr>Antwoord 2</nr><al>Het aantal vacatures per regio staat in de tabel.</al>
      <table><tgroup cols="2"><thead><row><entry><al>Regio</al></entry><entry><al>Vacatures</al></entry></row></thead>
      <tbody><row><entry><al>Friesland</al></entry><entry><al>412</al></entry></row><row><entry><al>Groningen</al></entry><entry><al>305</al></entry></row></tbody></tgroup></table>
    </antwoord>
    <vraag><nr>Vraag 3</nr><al>Wat doet u om zij-instromers te helpen?</al></vraag>
    <vraag><nr>Vraag 4</nr><al>Welke regio's worden het hardst getroffen?</al></vraag>
    <antwoord><nr>Antwoord op vraag 3 en 4</nr><al>Zij-instromers krijgen een <nadruk type="cur">subsidie</nadruk> van het Rijk.</al><al>Friesland en Groningen het meest.</al></antwoord>
    <vraag><nr>Vraag 5</nr><al>Kunt u deze vragen afzonderlijk beantwoorden?</al></vraag>
    <antwoord><nr>Antwoord 5</nr><al>Zie antwoord vraag 2.</al></antwoord>
    <noot id="n1"><noot.nr>1</noot.nr><noot.al>Leeuwarder Courant, 7 november 2024</noot.al></noot>
  </kamervragen>
</officiele-publicatie>`;

/** An older document: <vragen> and <omschr>, no <nr> labels, an unknown element. */
export const OLD_XML = `<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie>
  <metadata><meta name="DC.identifier" content="ah-tk-20082009-1234"/></metadata>
  <vragen>
    <omschr>Vragen van het lid Van der Ham (D66) aan de minister van Verkeer en Waterstaat over de files op de A2 (ingezonden <datum isodatum="2009-01-12">12 januari 2009</datum>).</omschr>
    <vraag><al>Vraag 1</al><al>Hoe lang staan automobilisten gemiddeld stil?</al></vraag>
    <antwoord><al>Antwoord 1</al><al>Gemiddeld 23 minuten per dag.</al></antwoord>
    <vraag><al>Vraag 2</al><al>Wanneer is de verbreding klaar?</al></vraag>
    <antwoord><al>In 2011.</al><handtekening>De minister</handtekening></antwoord>
  </vragen>
</officiele-publicatie>`;

export const NOTICE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie>
  <metadata><meta name="DC.identifier" content="ah-tk-20242025-590"/><meta name="OVERHEIDop.datumOntvangst" content="2024-11-28"/></metadata>
  <kamervragen>
    <kamervraagomschrijving type="vraag">Vragen van het lid <naam><achternaam>Soepboer</achternaam></naam> (NSC) aan de minister van Onderwijs, Cultuur en Wetenschap over <kamervraagonderwerp>het lerarentekort in het noorden</kamervraagonderwerp> (ingezonden <datum isodatum="2024-11-08">8 november 2024</datum>).</kamervraagomschrijving>
    <kamervraagopmerking><al>Mededeling van minister Bruins (ontvangen 28 november 2024). De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord, omdat afstemming nodig is.</al></kamervraagopmerking>
  </kamervragen>
</officiele-publicatie>`;
