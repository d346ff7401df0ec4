<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>rrw</name>
    <message>
      <source>confidentiality check: invalid aggregate (total {1}, largest firm {2})</source>
      <translation>Geheimhaltungsprüfung: ungültiges Aggregat (Summe {1}, größtes Unternehmen {2})</translation>
    </message>
    <message>
      <source>{1}: cannot write the report</source>
      <translation>{1}: der Bericht kann nicht geschrieben werden</translation>
    </message>
    <message>
      <source>{1}: the project has no districts (Kreise, okresy) to report on</source>
      <translation>{1}: das Projekt enthält keine Kreise oder Okresy, über die berichtet werden kann</translation>
    </message>
    <message>
      <source>usage: rrw-cli report PROJECT.gpkg [--template swot|risk|scenario|full] [--lang de|cs|en|de+cs]
                      [--format pdf|odt|html] [--scenario NAME] [--date YYYY-MM-DD]
                      [--organisation TEXT ...] [--samples N] [--seed S] [--json] -o FILE

Writes a report of the project: title page, table of contents, executive summary and the
sections of the template, with the source and year of every number and the licences of the
data in an annex. Results built from firm data are shown only for at least 3 firms with no
firm above 85 % of the value.

  --template T      swot (SWOT, TOWS, measures), risk (profiles, indices, BBK matrix),
                    scenario (supply-chain scenarios), full (everything; default)
  --lang L          de, cs, en or de+cs (German, then Czech in every section; default de)
  --format F        pdf, odt or html (default: from the extension of -o)
  --scenario NAME   only this stored scenario (default: every stored scenario)
  --date D          the date on the title page (default: today)
  --organisation T  an organisation on the title page (repeat for several)
  --samples N       Monte Carlo samples of the rank intervals (default 200; 0 = none)
  --seed S          seed of the Monte Carlo (default 1)
  --json            print what was written as JSON
  -o FILE           the report file</source>
      <translation>usage: rrw-cli report PROJECT.gpkg [--template swot|risk|scenario|full] [--lang de|cs|en|de+cs]
                      [--format pdf|odt|html] [--scenario NAME] [--date YYYY-MM-DD]
                      [--organisation TEXT ...] [--samples N] [--seed S] [--json] -o FILE

Schreibt einen Bericht über das Projekt: Titelseite, Inhaltsverzeichnis, Zusammenfassung und
die Abschnitte der Vorlage, mit Quelle und Jahr jeder Zahl und den Lizenzen der Daten in einem
Anhang. Ergebnisse aus Unternehmensdaten werden nur für mindestens 3 Unternehmen gezeigt, von
denen keines mehr als 85 % des Wertes ausmacht.

  --template T      swot (SWOT, TOWS, Maßnahmen), risk (Profile, Indizes, BBK-Matrix),
                    scenario (Lieferketten-Szenarien), full (alles; Standard)
  --lang L          de, cs, en oder de+cs (in jedem Abschnitt Deutsch, dann Tschechisch;
                    Standard de)
  --format F        pdf, odt oder html (Standard: nach der Endung von -o)
  --scenario NAME   nur dieses gespeicherte Szenario (Standard: jedes gespeicherte Szenario)
  --date D          das Datum auf der Titelseite (Standard: heute)
  --organisation T  eine Organisation auf der Titelseite (für mehrere wiederholen)
  --samples N       Monte-Carlo-Stichproben der Rangintervalle (Standard 200; 0 = keine)
  --seed S          Startwert der Monte-Carlo-Simulation (Standard 1)
  --json            das Geschriebene als JSON ausgeben
  -o FILE           die Berichtsdatei</translation>
    </message>
    <message>
      <source>-o FILE is required</source>
      <translation>-o FILE ist erforderlich</translation>
    </message>
    <message>
      <source>--template must be swot, risk, scenario or full, not '{1}'</source>
      <translation>--template muss swot, risk, scenario oder full sein, nicht '{1}'</translation>
    </message>
    <message>
      <source>--format must be pdf, odt or html, not '{1}'</source>
      <translation>--format muss pdf, odt oder html sein, nicht '{1}'</translation>
    </message>
    <message>
      <source>--date must look like 2026-11-26, not '{1}'</source>
      <translation>--date muss die Form 2026-11-26 haben, nicht '{1}'</translation>
    </message>
    <message>
      <source>{1}: {2} pages, {3} maps, {4} tables, {5} charts ({6} s)</source>
      <translation>{1}: Seiten: {2}, Karten: {3}, Tabellen: {4}, Diagramme: {5} ({6} s)</translation>
    </message>
    <message>
      <source>{1}: {2} maps, {3} tables, {4} charts ({5} s)</source>
      <translation>{1}: Karten: {2}, Tabellen: {3}, Diagramme: {4} ({5} s)</translation>
    </message>
    <message>
      <source>usage: rrw-cli [--version] [--help] &lt;command&gt; [&lt;args&gt;]

Resilient Region Workbench, headless.

commands:
  init PROJECT.gpkg [--force]            create a project holding the bundled region
  import PROJECT.gpkg INPUT [options]    import a vector file as a new layer
  layers PROJECT.gpkg [--json]           list the project's layers
  info PROJECT.gpkg [--json]             schema version, layers, regions per level
  render PROJECT.gpkg -o OUT.png|svg|pdf draw a map (the default map, or chosen layers)
  indicators list|import PROJECT.gpkg    the indicator catalog and values; import from CSV
  index --values V.csv --model M.json    a composite risk index with rank intervals
  score PROJECT.gpkg [--hazard H]        rank the project's regions with its index models
  matrix PROJECT.gpkg [--set ID ...]     the BBK scenario risk matrix (likelihood x extent)
  swot list|add|move|delete PROJECT.gpkg the SWOT register (per region or cross-border)
  swot suggest PROJECT.gpkg [--json]     propose SWOT strengths/weaknesses from indicators
  swot accept|reject PROJECT.gpkg ...    decide on a proposal (not proposed again)
  tows list|add|delete PROJECT.gpkg      TOWS strategies pairing SWOT items, with measures
  measures list PROJECT.gpkg             the project's measures
  iim --technical A.csv --output X.csv --perturbation C.csv
                                         inoperability input-output model (sectors)
  supply simulate --firms F --links L --scenario S
                                         supply-chain disruption of firms, day by day
  supply import PROJECT.gpkg --firms F --links L
                                         store a firm network in the project
  scenario save|list|runs|run|compare|delete PROJECT.gpkg ...
                                         versioned scenarios, stored runs, comparisons
  report PROJECT.gpkg --template T --lang L -o FILE.pdf|odt|html
                                         a report (SWOT, risk, scenarios or full)

'rrw-cli &lt;command&gt; --help' describes a command.
'--lang de|cs|en' (or RRW_LANG) chooses the language of messages.</source>
      <translation>Aufruf: rrw-cli [--version] [--help] &lt;Befehl&gt; [&lt;Argumente&gt;]

Resilient Region Workbench, ohne grafische Oberfläche.

Befehle:
  init PROJECT.gpkg [--force]            Projekt mit der mitgelieferten Region anlegen
  import PROJECT.gpkg INPUT [Optionen]   Vektordatei als neuen Layer importieren
  layers PROJECT.gpkg [--json]           Layer des Projekts auflisten
  info PROJECT.gpkg [--json]             Schemaversion, Layer, Gebietseinheiten je Verwaltungsebene
  render PROJECT.gpkg -o OUT.png|svg|pdf Karte zeichnen (die Standardkarte oder gewählte Layer)
  indicators list|import PROJECT.gpkg    Indikatorenkatalog und -werte; Import aus CSV
  index --values V.csv --model M.json    zusammengesetzter Risikoindex mit Rangintervallen
  score PROJECT.gpkg [--hazard H]        Gebietseinheiten mit den Indexmodellen des Projekts einstufen
  matrix PROJECT.gpkg [--set ID ...]     die BBK-Risikomatrix der Szenarien (Wahrscheinlichkeit × Ausmaß)
  swot list|add|move|delete PROJECT.gpkg das SWOT-Register (je Gebietseinheit oder grenzüberschreitend)
  swot suggest PROJECT.gpkg [--json]     SWOT-Stärken und -Schwächen aus Indikatoren vorschlagen
  swot accept|reject PROJECT.gpkg ...    Vorschlag annehmen/ablehnen (wird nicht erneut vorgeschlagen)
  tows list|add|delete PROJECT.gpkg      TOWS-Strategien, die SWOT-Einträge kombinieren, mit Maßnahmen
  measures list PROJECT.gpkg             die Maßnahmen des Projekts
  iim --technical A.csv --output X.csv --perturbation C.csv
                                         Input-Output-Modell der Inoperabilität (Sektorebene)
  supply simulate --firms F --links L --scenario S
                                         Unterbrechung der Lieferketten von Unternehmen, Tag für Tag
  supply import PROJECT.gpkg --firms F --links L
                                         Unternehmensnetzwerk im Projekt speichern
  scenario save|list|runs|run|compare|delete PROJECT.gpkg ...
                                         versionierte Szenarien, gespeicherte Berechnungen, Vergleiche
  report PROJECT.gpkg --template T --lang L -o FILE.pdf|odt|html
                                         ein Bericht (SWOT, Risiko, Szenarien oder vollständig)

'rrw-cli &lt;Befehl&gt; --help' beschreibt einen Befehl.
'--lang de|cs|en' (oder RRW_LANG) wählt die Sprache der Meldungen.</translation>
    </message>
    <message>
      <source>{1}: cannot write the archive member '{2}' ({3})</source>
      <translation>{1}: der Archivbestandteil '{2}' kann nicht geschrieben werden ({3})</translation>
    </message>
    <message>
      <source>{1}: cannot create the file ({2})</source>
      <translation>{1}: die Datei kann nicht angelegt werden ({2})</translation>
    </message>
  </context>
  <context>
    <name>rrw_report</name>
    <message>
      <source>Map not drawn</source>
      <translation>Karte nicht gezeichnet</translation>
    </message>
    <message>
      <source>SWOT and TOWS report</source>
      <translation>SWOT- und TOWS-Bericht</translation>
    </message>
    <message>
      <source>Risk report</source>
      <translation>Risikobericht</translation>
    </message>
    <message>
      <source>Supply-chain scenario report</source>
      <translation>Bericht zu Lieferketten-Szenarien</translation>
    </message>
    <message>
      <source>Regional risk and resilience report</source>
      <translation>Bericht zu regionalen Risiken und Resilienz</translation>
    </message>
    <message>
      <source>Cross-border region</source>
      <translation>Grenzüberschreitende Region</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Projekt</translation>
    </message>
    <message>
      <source>Germany</source>
      <translation>Deutschland</translation>
    </message>
    <message>
      <source>Czechia</source>
      <translation>Tschechien</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Prepared by</source>
      <translation>Erstellt von</translation>
    </message>
    <message>
      <source>Contains synthetic demo data (marked *), not real data.</source>
      <translation>Enthält synthetische Beispieldaten (mit * markiert), keine realen Daten.</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Inhalt</translation>
    </message>
    <message>
      <source>Page {1} of {2}</source>
      <translation>Seite {1} von {2}</translation>
    </message>
    <message>
      <source>No entries.</source>
      <translation>Keine Einträge.</translation>
    </message>
    <message>
      <source>Executive summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <source>This report covers {1} districts of the cross-border region: {2} German Kreise and {3} Czech okresy.</source>
      <translation>Dieser Bericht umfasst {1} Kreise und Okresy der grenzüberschreitenden Region: {2} deutsche Landkreise und kreisfreie Städte sowie {3} tschechische Okresy.</translation>
    </message>
    <message>
      <source>Numbers marked * rest on synthetic demo values (no open data exist for them); they show how the method works, not the real situation.</source>
      <translation>Mit * markierte Zahlen beruhen auf synthetischen Beispielwerten (für sie gibt es keine offenen Daten); sie zeigen, wie die Methode arbeitet, nicht die tatsächliche Lage.</translation>
    </message>
    <message>
      <source>Annex: methods and data sources</source>
      <translation>Anhang: Methoden und Datenquellen</translation>
    </message>
    <message>
      <source>Methods</source>
      <translation>Methoden</translation>
    </message>
    <message>
      <source>Composite risk index: indicators are normalised (min–max over the districts, direction taken into account), weighted and aggregated per group and to one score; ranks come with Monte Carlo rank intervals over weights and normalisation (docs/methods/composite_index.md).</source>
      <translation>Zusammengesetzter Risikoindex: Die Indikatoren werden normiert (Min-Max über die Kreise und Okresy, unter Berücksichtigung der Wirkungsrichtung), gewichtet und je Gruppe sowie zu einem Gesamtwert aggregiert; die Ränge werden mit Monte-Carlo-Rangintervallen über Gewichte und Normierung angegeben (docs/methods/composite_index.md).</translation>
    </message>
    <message>
      <source>BBK risk matrix: likelihood classes A–E and extent classes 1–5 after BBK (2010), Methode für die Risikoanalyse im Bevölkerungsschutz; risk score = likelihood index × extent class.</source>
      <translation>BBK-Risikomatrix: Eintrittswahrscheinlichkeitsklassen A–E und Schadensausmaßklassen 1–5 nach BBK (2010), Methode für die Risikoanalyse im Bevölkerungsschutz; Risikowert = Wahrscheinlichkeitsindex × Schadensausmaßklasse.</translation>
    </message>
    <message>
      <source>Supply-chain scenarios: a daily simulation of the firm network with inventories, lead times, substitutes and border crossings (docs/methods/supply_simulation.md); the firm network is synthetic.</source>
      <translation>Lieferketten-Szenarien: tagesgenaue Simulation des Unternehmensnetzwerks mit Lagerbeständen, Lieferzeiten, Ersatzlieferanten und Grenzübergängen (docs/methods/supply_simulation.md); das Unternehmensnetzwerk ist synthetisch.</translation>
    </message>
    <message>
      <source>Confidentiality: results built from firm data are shown only for aggregates of at least three firms in which no single firm makes up more than 85 % of the value; other cells read "confidential" and such districts are left blank on maps.</source>
      <translation>Geheimhaltung: Ergebnisse aus Unternehmensdaten werden nur für Aggregate aus mindestens drei Unternehmen gezeigt, in denen kein einzelnes Unternehmen mehr als 85 % des Wertes ausmacht; andere Zellen lauten „vertraulich“, und solche Kreise bleiben in Karten leer.</translation>
    </message>
    <message>
      <source>Map layers</source>
      <translation>Kartenebenen</translation>
    </message>
    <message>
      <source>Dataset</source>
      <translation>Datensatz</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Lizenz</translation>
    </message>
    <message>
      <source>Attribution</source>
      <translation>Quellenvermerk</translation>
    </message>
    <message>
      <source>not stated</source>
      <translation>nicht angegeben</translation>
    </message>
    <message>
      <source>Source: layer catalog of the project (rrw_layer_metadata); details in docs/DATA.md</source>
      <translation>Quelle: Ebenenkatalog des Projekts (rrw_layer_metadata); Einzelheiten in docs/DATA.md</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>Indikatoren</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Quelle</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Jahr</translation>
    </message>
    <message>
      <source>Source: indicator catalog of the project. * some values are synthetic demo values.</source>
      <translation>Quelle: Indikatorenkatalog des Projekts. * einige Werte sind synthetische Beispielwerte.</translation>
    </message>
    <message>
      <source>The firm network of the supply scenarios is synthetic: generated from real municipal populations, border crossings and sector structure (data/supply/README.md); the firms do not exist.</source>
      <translation>Das Unternehmensnetzwerk der Lieferketten-Szenarien ist synthetisch: erzeugt aus realen Einwohnerzahlen der Gemeinden, Grenzübergängen und Branchenstruktur (data/supply/README.md); die Unternehmen gibt es nicht.</translation>
    </message>
    <message>
      <source>Strengths</source>
      <translation>Stärken</translation>
    </message>
    <message>
      <source>Weaknesses</source>
      <translation>Schwächen</translation>
    </message>
    <message>
      <source>Opportunities</source>
      <translation>Chancen</translation>
    </message>
    <message>
      <source>Threats</source>
      <translation>Risiken</translation>
    </message>
    <message>
      <source>indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <source>map layer</source>
      <translation>Kartenebene</translation>
    </message>
    <message>
      <source>index run</source>
      <translation>Indexberechnung</translation>
    </message>
    <message>
      <source>BBK scenario</source>
      <translation>BBK-Szenario</translation>
    </message>
    <message>
      <source>source</source>
      <translation>Quelle</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>geplant</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>in Umsetzung</translation>
    </message>
    <message>
      <source>done</source>
      <translation>umgesetzt</translation>
    </message>
    <message>
      <source>idea</source>
      <translation>Idee</translation>
    </message>
    <message>
      <source>SWOT analysis</source>
      <translation>SWOT-Analyse</translation>
    </message>
    <message>
      <source>Strengths and weaknesses describe the region itself, opportunities and threats its environment. Each item shows its importance from 1 (minor) to 5 (decisive); the evidence behind the items follows each matrix.</source>
      <translation>Stärken und Schwächen beschreiben die Region selbst, Chancen und Risiken ihr Umfeld. Jeder Eintrag zeigt seine Bedeutung von 1 (gering) bis 5 (entscheidend); die Belege der Einträge folgen auf jede Matrix.</translation>
    </message>
    <message>
      <source>Whole cross-border region</source>
      <translation>Gesamte grenzüberschreitende Region</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Eintrag</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Beleg</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Verweis</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Anmerkung</translation>
    </message>
    <message>
      <source>Evidence of the SWOT items</source>
      <translation>Belege der SWOT-Einträge</translation>
    </message>
    <message>
      <source>The SWOT register of this project is empty.</source>
      <translation>Das SWOT-Register dieses Projekts ist leer.</translation>
    </message>
    <message>
      <source>TOWS strategies and measures</source>
      <translation>TOWS-Strategien und Maßnahmen</translation>
    </message>
    <message>
      <source>TOWS strategies (Weihrich 1982) pair the SWOT items: SO strategies use strengths to seize opportunities, ST strategies use strengths against threats, WO strategies overcome weaknesses through opportunities and WT strategies limit weaknesses and avoid threats.</source>
      <translation>TOWS-Strategien (Weihrich 1982) verknüpfen die SWOT-Einträge: SO-Strategien nutzen Stärken, um Chancen zu ergreifen, ST-Strategien setzen Stärken gegen Risiken ein, WO-Strategien überwinden Schwächen durch Chancen, und WT-Strategien begrenzen Schwächen und meiden Risiken.</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Strategy</source>
      <translation>Strategie</translation>
    </message>
    <message>
      <source>SWOT items</source>
      <translation>SWOT-Einträge</translation>
    </message>
    <message>
      <source>Measures</source>
      <translation>Maßnahmen</translation>
    </message>
    <message>
      <source>The SWOT register holds {1} items ({2} strengths, {3} weaknesses, {4} opportunities, {5} threats); {6} TOWS strategies link them to measures.</source>
      <translation>Das SWOT-Register enthält {1} Einträge (Stärken: {2}, Schwächen: {3}, Chancen: {4}, Risiken: {5}); TOWS-Strategien, die sie mit Maßnahmen verknüpfen: {6}.</translation>
    </message>
    <message>
      <source>The project's measure catalog with the status of each measure. Owners and review dates are not recorded in this project yet; the columns stay empty until the measures register holds them.</source>
      <translation>Der Maßnahmenkatalog des Projekts mit dem Stand jeder Maßnahme. Verantwortliche und Termine der Überprüfung sind in diesem Projekt noch nicht erfasst; die Spalten bleiben leer, bis das Maßnahmenregister sie enthält.</translation>
    </message>
    <message>
      <source>Measure</source>
      <translation>Maßnahme</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Stand</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Verantwortlich</translation>
    </message>
    <message>
      <source>Review date</source>
      <translation>Überprüfung am</translation>
    </message>
    <message>
      <source>Source: measure catalog of the project (rrw_measure)</source>
      <translation>Quelle: Maßnahmenkatalog des Projekts (rrw_measure)</translation>
    </message>
    <message>
      <source>synthetic demo value (seeded generator)</source>
      <translation>synthetischer Beispielwert (Zufallsgenerator mit festem Startwert)</translation>
    </message>
    <message>
      <source>very high</source>
      <translation>sehr hoch</translation>
    </message>
    <message>
      <source>high</source>
      <translation>hoch</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>mittel</translation>
    </message>
    <message>
      <source>low</source>
      <translation>gering</translation>
    </message>
    <message>
      <source>very unlikely</source>
      <translation>sehr unwahrscheinlich</translation>
    </message>
    <message>
      <source>unlikely</source>
      <translation>unwahrscheinlich</translation>
    </message>
    <message>
      <source>conditionally likely</source>
      <translation>bedingt wahrscheinlich</translation>
    </message>
    <message>
      <source>likely</source>
      <translation>wahrscheinlich</translation>
    </message>
    <message>
      <source>very likely</source>
      <translation>sehr wahrscheinlich</translation>
    </message>
    <message>
      <source>insignificant</source>
      <translation>unbedeutend</translation>
    </message>
    <message>
      <source>minor</source>
      <translation>gering</translation>
    </message>
    <message>
      <source>moderate</source>
      <translation>mäßig</translation>
    </message>
    <message>
      <source>major</source>
      <translation>groß</translation>
    </message>
    <message>
      <source>catastrophic</source>
      <translation>katastrophal</translation>
    </message>
    <message>
      <source>Region profiles</source>
      <translation>Regionsprofile</translation>
    </message>
    <message>
      <source>Key indicators of each district: the latest value with its source and year. Values marked * are synthetic demo values.</source>
      <translation>Kennzahlen jedes Kreises bzw. Okres: der jüngste Wert mit Quelle und Jahr. Mit * markierte Werte sind synthetische Beispielwerte.</translation>
    </message>
    <message>
      <source>Population density by district</source>
      <translation>Bevölkerungsdichte nach Kreisen und Okresy</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Einheit</translation>
    </message>
    <message>
      <source>Source, year</source>
      <translation>Quelle, Jahr</translation>
    </message>
    <message>
      <source>* synthetic demo value</source>
      <translation>* synthetischer Beispielwert</translation>
    </message>
    <message>
      <source>Risk indices</source>
      <translation>Risikoindizes</translation>
    </message>
    <message>
      <source>Each hazard model combines normalised indicators into a composite score from 0 (lowest risk) to 10 (highest risk); rank 1 is the highest risk. The rank interval shows the 5th to 95th percentile of the ranks over {1} Monte Carlo samples of weights and normalisation (seed {2}).</source>
      <translation>Jedes Gefahrenmodell fasst normierte Indikatoren zu einem Indexwert von 0 (geringstes Risiko) bis 10 (höchstes Risiko) zusammen; Rang 1 ist das höchste Risiko. Das Rangintervall zeigt das 5. bis 95. Perzentil der Ränge über {1} Monte-Carlo-Stichproben der Gewichte und der Normierung (Startwert {2}).</translation>
    </message>
    <message>
      <source>The project has no indicator values of districts.</source>
      <translation>Das Projekt enthält keine Indikatorwerte der Kreise und Okresy.</translation>
    </message>
    <message>
      <source>Score: {1}</source>
      <translation>Indexwert: {1}</translation>
    </message>
    <message>
      <source>rrw composite index</source>
      <translation>rrw-Risikoindex</translation>
    </message>
    <message>
      <source>rrw composite index; partly synthetic data</source>
      <translation>rrw-Risikoindex; teilweise synthetische Daten</translation>
    </message>
    <message>
      <source>Composite risk score by district (model {1}); equal classes over the model's scale.</source>
      <translation>Zusammengesetzter Risikowert nach Kreisen und Okresy (Modell {1}); gleich breite Klassen über die Skala des Modells.</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Rang</translation>
    </message>
    <message>
      <source>District</source>
      <translation>Kreis</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Indexwert</translation>
    </message>
    <message>
      <source>Rank 5–95 %</source>
      <translation>Rang 5–95 %</translation>
    </message>
    <message>
      <source>Score by district</source>
      <translation>Indexwert nach Kreisen und Okresy</translation>
    </message>
    <message>
      <source>Rank intervals (5–95 %) and rank</source>
      <translation>Rangintervalle (5–95 %) und Rang</translation>
    </message>
    <message>
      <source>rank (1 = highest risk)</source>
      <translation>Rang (1 = höchstes Risiko)</translation>
    </message>
    <message>
      <source>Bars: the ranks a district takes in 90 % of the Monte Carlo samples; dot: its rank.</source>
      <translation>Balken: die Ränge, die ein Kreis in 90 % der Monte-Carlo-Stichproben einnimmt; Punkt: sein Rang.</translation>
    </message>
    <message>
      <source>Source: indicator values of the project (latest year each); rrw composite index, {1} samples. * uses synthetic demo values.</source>
      <translation>Quelle: Indikatorwerte des Projekts (jeweils jüngstes Jahr); rrw-Risikoindex, Stichproben: {1}. * verwendet synthetische Beispielwerte.</translation>
    </message>
    <message>
      <source>Highest all-hazards risk: {1} (score {2}, rank interval {3}–{4}).</source>
      <translation>Höchstes Gesamtrisiko (alle Gefahren): {1} (Indexwert {2}, Rangintervall {3}–{4}).</translation>
    </message>
    <message>
      <source>BBK risk matrix</source>
      <translation>BBK-Risikomatrix</translation>
    </message>
    <message>
      <source>Scenarios placed by likelihood (A very unlikely … E very likely) and extent (1 insignificant … 5 catastrophic) after the BBK method for risk analysis in civil protection (2010); the extent is the rounded mean of the five damage parameters.</source>
      <translation>Szenarien nach Eintrittswahrscheinlichkeit (A sehr unwahrscheinlich … E sehr wahrscheinlich) und Schadensausmaß (1 unbedeutend … 5 katastrophal) nach der BBK-Methode für die Risikoanalyse im Bevölkerungsschutz (2010); das Schadensausmaß ist der gerundete Mittelwert der fünf Schadensparameter.</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Szenario</translation>
    </message>
    <message>
      <source>Matrix cell</source>
      <translation>Matrixfeld</translation>
    </message>
    <message>
      <source>Risk</source>
      <translation>Risiko</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Einschätzung</translation>
    </message>
    <message>
      <source>Likelihood</source>
      <translation>Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
      <source>Risk matrix: ■ and the numbers of the scenarios (table below) in their cells; each cell's risk band below them.</source>
      <translation>Risikomatrix: ■ und die Nummern der Szenarien (Tabelle unten) in ihren Zellen; darunter die Risikostufe der Zelle.</translation>
    </message>
    <message>
      <source>Source: BBK scenarios of the project with their assessments</source>
      <translation>Quelle: BBK-Szenarien des Projekts mit ihren Einschätzungen</translation>
    </message>
    <message>
      <source>{1} of {2} BBK scenarios fall into the high or very high risk band: {3}.</source>
      <translation>{1} von {2} BBK-Szenarien liegen in der Risikostufe hoch oder sehr hoch: {3}.</translation>
    </message>
    <message>
      <source>Supply-chain scenarios</source>
      <translation>Lieferketten-Szenarien</translation>
    </message>
    <message>
      <source>The project has no supply network or no stored scenarios.</source>
      <translation>Das Projekt enthält kein Liefernetzwerk oder keine gespeicherten Szenarien.</translation>
    </message>
    <message>
      <source>Each scenario is run day by day on the project's firm network ({1} firms, {2} supply links) with its measures. The firm network is synthetic demo data. Firm data are confidential: a table cell or map unit is shown only when at least {3} firms contribute to it and no single firm makes up more than {4} % of its value; otherwise it reads "confidential".</source>
      <translation>Jedes Szenario wird tageweise auf dem Unternehmensnetzwerk des Projekts (Unternehmen: {1}, Lieferbeziehungen: {2}) mit seinen Maßnahmen berechnet. Das Unternehmensnetzwerk besteht aus synthetischen Beispieldaten. Unternehmensdaten sind vertraulich: Eine Tabellenzelle oder Karteneinheit wird nur gezeigt, wenn mindestens {3} Unternehmen zu ihr beitragen und kein einzelnes Unternehmen mehr als {4} % ihres Wertes ausmacht; sonst steht dort „vertraulich“.</translation>
    </message>
    <message>
      <source>confidential</source>
      <translation>vertraulich</translation>
    </message>
    <message>
      <source>Scenario {1}, version {2}, {3} days; inputs hash {4} ({5}).</source>
      <translation>Szenario {1}, Version {2}, Anzahl Tage: {3}; Eingangs-Hash {4} ({5}).</translation>
    </message>
    <message>
      <source>same as stored run {1}</source>
      <translation>wie gespeicherte Berechnung {1}</translation>
    </message>
    <message>
      <source>not stored as a run</source>
      <translation>nicht als Berechnung gespeichert</translation>
    </message>
    <message>
      <source>Firms</source>
      <translation>Unternehmen</translation>
    </message>
    <message>
      <source>Employees</source>
      <translation>Beschäftigte</translation>
    </message>
    <message>
      <source>Loss (EUR)</source>
      <translation>Verlust (EUR)</translation>
    </message>
    <message>
      <source>Loss share</source>
      <translation>Verlustanteil</translation>
    </message>
    <message>
      <source>Jobs at risk</source>
      <translation>Gefährdete Arbeitsplätze</translation>
    </message>
    <message>
      <source>Recovery (days)</source>
      <translation>Erholung (Tage)</translation>
    </message>
    <message>
      <source>All firms</source>
      <translation>Alle Unternehmen</translation>
    </message>
    <message>
      <source>Source: rrw supply simulation on the synthetic demo firm network; cells with fewer than {1} firms or one firm above {2} % are confidential.</source>
      <translation>Quelle: rrw-Lieferkettensimulation auf dem synthetischen Unternehmensnetzwerk; Zellen mit weniger als {1} Unternehmen oder einem Unternehmen über {2} % sind vertraulich.</translation>
    </message>
    <message>
      <source>Production loss</source>
      <translation>Produktionsausfall</translation>
    </message>
    <message>
      <source>rrw supply simulation, synthetic firms</source>
      <translation>rrw-Lieferkettensimulation, synthetische Unternehmen</translation>
    </message>
    <message>
      <source>Production loss as a share of normal output by district.</source>
      <translation>Produktionsausfall als Anteil der normalen Produktion nach Kreisen und Okresy.</translation>
    </message>
    <message>
      <source>Not shown (confidential)</source>
      <translation>Nicht dargestellt (vertraulich)</translation>
    </message>
    <message>
      <source>Production, % of normal output</source>
      <translation>Produktion, % der normalen Produktion</translation>
    </message>
    <message>
      <source>Output-weighted production per day (day 1 … {1}).</source>
      <translation>Nach Produktionswert gewichtete Produktion je Tag (Tag 1 … {1}).</translation>
    </message>
    <message>
      <source>Cost (EUR)</source>
      <translation>Kosten (EUR)</translation>
    </message>
    <message>
      <source>Avoided loss (EUR)</source>
      <translation>Vermiedener Verlust (EUR)</translation>
    </message>
    <message>
      <source>Benefit/cost</source>
      <translation>Nutzen/Kosten</translation>
    </message>
    <message>
      <source>Avoided loss of each measure: the scenario with all other measures, without this one.</source>
      <translation>Vermiedener Verlust jeder Maßnahme: das Szenario mit allen anderen Maßnahmen, ohne diese.</translation>
    </message>
    <message>
      <source>Scenarios compared</source>
      <translation>Szenarien im Vergleich</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Tage</translation>
    </message>
    <message>
      <source>Person-days</source>
      <translation>Personentage</translation>
    </message>
    <message>
      <source>Production loss, million EUR</source>
      <translation>Produktionsausfall, Mio. EUR</translation>
    </message>
    <message>
      <source>Loss</source>
      <translation>Verlust</translation>
    </message>
    <message>
      <source>Source: rrw supply simulation on the synthetic demo firm network, with each scenario's measures.</source>
      <translation>Quelle: rrw-Lieferkettensimulation auf dem synthetischen Unternehmensnetzwerk, mit den Maßnahmen des jeweiligen Szenarios.</translation>
    </message>
    <message>
      <source>The largest production loss of the supply scenarios: {1} with {2} million EUR ({3} % of normal output; synthetic firm network).</source>
      <translation>Der größte Produktionsausfall der Lieferketten-Szenarien: {1} mit {2} Mio. EUR ({3} % der normalen Produktion; synthetisches Unternehmensnetzwerk).</translation>
    </message>
  </context>
</TS>
