<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
  <context>
    <name>rrw</name>
    <message>
      <source>confidentiality check: invalid aggregate (total {1}, largest firm {2})</source>
      <translation>kontrola důvěrnosti: neplatný souhrn (celkem {1}, největší podnik {2})</translation>
    </message>
    <message>
      <source>{1}: cannot write the report</source>
      <translation>{1}: zprávu nelze zapsat</translation>
    </message>
    <message>
      <source>{1}: the project has no districts (Kreise, okresy) to report on</source>
      <translation>{1}: projekt neobsahuje žádné okresy (Kreise, okresy), o kterých by bylo možné podat zprávu</translation>
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

Zapíše zprávu o projektu: titulní stranu, obsah, shrnutí a oddíly zvolené šablony, se zdrojem
a rokem každého čísla a s licencemi dat v příloze. Výsledky z podnikových dat se uvádějí jen
za nejméně 3 podniky, z nichž žádný nepředstavuje více než 85 % hodnoty.

  --template T      swot (SWOT, TOWS, opatření), risk (profily, indexy, matice BBK),
                    scenario (scénáře dodavatelských řetězců), full (vše; výchozí)
  --lang L          de, cs, en nebo de+cs (v každém oddílu němčina, pak čeština; výchozí de)
  --format F        pdf, odt nebo html (výchozí: podle přípony -o)
  --scenario NAME   jen tento uložený scénář (výchozí: každý uložený scénář)
  --date D          datum na titulní straně (výchozí: dnes)
  --organisation T  organizace na titulní straně (pro více organizací opakujte)
  --samples N       počet vzorků Monte Carlo pro intervaly pořadí (výchozí 200; 0 = žádné)
  --seed S          počáteční hodnota Monte Carlo (výchozí 1)
  --json            vypsat zapsané jako JSON
  -o FILE           soubor zprávy</translation>
    </message>
    <message>
      <source>-o FILE is required</source>
      <translation>-o FILE je povinné</translation>
    </message>
    <message>
      <source>--template must be swot, risk, scenario or full, not '{1}'</source>
      <translation>--template musí být swot, risk, scenario nebo full, nikoli '{1}'</translation>
    </message>
    <message>
      <source>--format must be pdf, odt or html, not '{1}'</source>
      <translation>--format musí být pdf, odt nebo html, nikoli '{1}'</translation>
    </message>
    <message>
      <source>--date must look like 2026-11-26, not '{1}'</source>
      <translation>--date musí mít tvar 2026-11-26, nikoli '{1}'</translation>
    </message>
    <message>
      <source>{1}: {2} pages, {3} maps, {4} tables, {5} charts ({6} s)</source>
      <translation>{1}: stran: {2}, map: {3}, tabulek: {4}, grafů: {5} ({6} s)</translation>
    </message>
    <message>
      <source>{1}: {2} maps, {3} tables, {4} charts ({5} s)</source>
      <translation>{1}: map: {2}, tabulek: {3}, grafů: {4} ({5} s)</translation>
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
      <translation>Použití: rrw-cli [--version] [--help] &lt;příkaz&gt; [&lt;argumenty&gt;]

Resilient Region Workbench, verze bez grafického rozhraní.

příkazy:
  init PROJECT.gpkg [--force]            vytvořit projekt s dodávaným regionem
  import PROJECT.gpkg INPUT [volby]      importovat vektorový soubor jako novou vrstvu
  layers PROJECT.gpkg [--json]           vypsat vrstvy projektu
  info PROJECT.gpkg [--json]             verze schématu, vrstvy, územní jednotky podle úrovně
  render PROJECT.gpkg -o OUT.png|svg|pdf vykreslit mapu (výchozí mapu nebo zvolené vrstvy)
  indicators list|import PROJECT.gpkg    katalog a hodnoty indikátorů; import z CSV
  index --values V.csv --model M.json    složený index rizika s intervaly pořadí
  score PROJECT.gpkg [--hazard H]        seřadit územní jednotky indexovými modely projektu
  matrix PROJECT.gpkg [--set ID ...]     matice rizik scénářů podle BBK (pravděpodobnost × rozsah)
  swot list|add|move|delete PROJECT.gpkg registr SWOT (pro územní jednotky nebo celé přeshraniční území)
  swot suggest PROJECT.gpkg [--json]     navrhnout silné a slabé stránky SWOT z indikátorů
  swot accept|reject PROJECT.gpkg ...    rozhodnout o návrhu (znovu se již nenavrhne)
  tows list|add|delete PROJECT.gpkg      strategie TOWS kombinující položky SWOT, s opatřeními
  measures list PROJECT.gpkg             opatření projektu
  iim --technical A.csv --output X.csv --perturbation C.csv
                                         model neoperability typu input-output (po sektorech)
  supply simulate --firms F --links L --scenario S
                                         narušení dodavatelských řetězců podniků den po dni
  supply import PROJECT.gpkg --firms F --links L
                                         uložit síť podniků do projektu
  scenario save|list|runs|run|compare|delete PROJECT.gpkg ...
                                         verzované scénáře, uložené výpočty, porovnání
  report PROJECT.gpkg --template T --lang L -o FILE.pdf|odt|html
                                         zpráva (SWOT, rizika, scénáře nebo úplná)

'rrw-cli &lt;příkaz&gt; --help' popíše daný příkaz.
'--lang de|cs|en' (nebo RRW_LANG) volí jazyk hlášení.</translation>
    </message>
    <message>
      <source>{1}: cannot write the archive member '{2}' ({3})</source>
      <translation>{1}: součást archivu '{2}' nelze zapsat ({3})</translation>
    </message>
    <message>
      <source>{1}: cannot create the file ({2})</source>
      <translation>{1}: soubor nelze vytvořit ({2})</translation>
    </message>
  </context>
  <context>
    <name>rrw_report</name>
    <message>
      <source>Map not drawn</source>
      <translation>Mapa nebyla vykreslena</translation>
    </message>
    <message>
      <source>SWOT and TOWS report</source>
      <translation>Zpráva o analýze SWOT a TOWS</translation>
    </message>
    <message>
      <source>Risk report</source>
      <translation>Zpráva o rizicích</translation>
    </message>
    <message>
      <source>Supply-chain scenario report</source>
      <translation>Zpráva o scénářích dodavatelských řetězců</translation>
    </message>
    <message>
      <source>Regional risk and resilience report</source>
      <translation>Zpráva o regionálních rizicích a odolnosti</translation>
    </message>
    <message>
      <source>Cross-border region</source>
      <translation>Přeshraniční region</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Projekt</translation>
    </message>
    <message>
      <source>Germany</source>
      <translation>Německo</translation>
    </message>
    <message>
      <source>Czechia</source>
      <translation>Česko</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Prepared by</source>
      <translation>Zpracovatel</translation>
    </message>
    <message>
      <source>Contains synthetic demo data (marked *), not real data.</source>
      <translation>Obsahuje syntetická ukázková data (označená *), nejde o skutečná data.</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Obsah</translation>
    </message>
    <message>
      <source>Page {1} of {2}</source>
      <translation>Strana {1} z {2}</translation>
    </message>
    <message>
      <source>No entries.</source>
      <translation>Žádné záznamy.</translation>
    </message>
    <message>
      <source>Executive summary</source>
      <translation>Shrnutí</translation>
    </message>
    <message>
      <source>This report covers {1} districts of the cross-border region: {2} German Kreise and {3} Czech okresy.</source>
      <translation>Zpráva zahrnuje okresy přeshraničního regionu (celkem {1}): německé zemské a městské okresy: {2}, české okresy: {3}.</translation>
    </message>
    <message>
      <source>Numbers marked * rest on synthetic demo values (no open data exist for them); they show how the method works, not the real situation.</source>
      <translation>Čísla označená * vycházejí ze syntetických ukázkových hodnot (otevřená data pro ně neexistují); ukazují, jak metoda funguje, nikoli skutečný stav.</translation>
    </message>
    <message>
      <source>Annex: methods and data sources</source>
      <translation>Příloha: metody a zdroje dat</translation>
    </message>
    <message>
      <source>Methods</source>
      <translation>Metody</translation>
    </message>
    <message>
      <source>Composite risk index: indicators are normalised (min–max over the districts, direction taken into account), weighted and aggregated per group and to one score; ranks come with Monte Carlo rank intervals over weights and normalisation (docs/methods/composite_index.md).</source>
      <translation>Složený index rizika: indikátory se normalizují (min–max přes okresy, se zohledněním směru působení), váží a agregují po skupinách a do jedné hodnoty; pořadí se uvádí s intervaly pořadí metodou Monte Carlo přes váhy a normalizaci (docs/methods/composite_index.md).</translation>
    </message>
    <message>
      <source>BBK risk matrix: likelihood classes A–E and extent classes 1–5 after BBK (2010), Methode für die Risikoanalyse im Bevölkerungsschutz; risk score = likelihood index × extent class.</source>
      <translation>Matice rizik BBK: třídy pravděpodobnosti A–E a třídy rozsahu škod 1–5 podle BBK (2010), Methode für die Risikoanalyse im Bevölkerungsschutz; míra rizika = index pravděpodobnosti × třída rozsahu škod.</translation>
    </message>
    <message>
      <source>Supply-chain scenarios: a daily simulation of the firm network with inventories, lead times, substitutes and border crossings (docs/methods/supply_simulation.md); the firm network is synthetic.</source>
      <translation>Scénáře dodavatelských řetězců: simulace sítě podniků po jednotlivých dnech se zásobami, dodacími lhůtami, náhradními dodavateli a hraničními přechody (docs/methods/supply_simulation.md); síť podniků je syntetická.</translation>
    </message>
    <message>
      <source>Confidentiality: results built from firm data are shown only for aggregates of at least three firms in which no single firm makes up more than 85 % of the value; other cells read "confidential" and such districts are left blank on maps.</source>
      <translation>Důvěrnost: výsledky z podnikových dat se uvádějí jen za souhrny nejméně tří podniků, v nichž žádný jednotlivý podnik nepředstavuje více než 85 % hodnoty; ostatní buňky jsou označeny „důvěrné“ a takové okresy zůstávají v mapách prázdné.</translation>
    </message>
    <message>
      <source>Map layers</source>
      <translation>Mapové vrstvy</translation>
    </message>
    <message>
      <source>Dataset</source>
      <translation>Datová sada</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <source>Attribution</source>
      <translation>Uvedení zdroje</translation>
    </message>
    <message>
      <source>not stated</source>
      <translation>neuvedeno</translation>
    </message>
    <message>
      <source>Source: layer catalog of the project (rrw_layer_metadata); details in docs/DATA.md</source>
      <translation>Zdroj: katalog vrstev projektu (rrw_layer_metadata); podrobnosti v docs/DATA.md</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>Indikátory</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indikátor</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Zdroj</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Rok</translation>
    </message>
    <message>
      <source>Source: indicator catalog of the project. * some values are synthetic demo values.</source>
      <translation>Zdroj: katalog indikátorů projektu. * některé hodnoty jsou syntetické ukázkové hodnoty.</translation>
    </message>
    <message>
      <source>The firm network of the supply scenarios is synthetic: generated from real municipal populations, border crossings and sector structure (data/supply/README.md); the firms do not exist.</source>
      <translation>Síť podniků ve scénářích dodavatelských řetězců je syntetická: vytvořená ze skutečných počtů obyvatel obcí, hraničních přechodů a odvětvové struktury (data/supply/README.md); tyto podniky neexistují.</translation>
    </message>
    <message>
      <source>Strengths</source>
      <translation>Silné stránky</translation>
    </message>
    <message>
      <source>Weaknesses</source>
      <translation>Slabé stránky</translation>
    </message>
    <message>
      <source>Opportunities</source>
      <translation>Příležitosti</translation>
    </message>
    <message>
      <source>Threats</source>
      <translation>Hrozby</translation>
    </message>
    <message>
      <source>indicator</source>
      <translation>indikátor</translation>
    </message>
    <message>
      <source>map layer</source>
      <translation>mapová vrstva</translation>
    </message>
    <message>
      <source>index run</source>
      <translation>výpočet indexu</translation>
    </message>
    <message>
      <source>BBK scenario</source>
      <translation>scénář BBK</translation>
    </message>
    <message>
      <source>source</source>
      <translation>zdroj</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>plánováno</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>probíhá</translation>
    </message>
    <message>
      <source>done</source>
      <translation>dokončeno</translation>
    </message>
    <message>
      <source>idea</source>
      <translation>námět</translation>
    </message>
    <message>
      <source>SWOT analysis</source>
      <translation>Analýza SWOT</translation>
    </message>
    <message>
      <source>Strengths and weaknesses describe the region itself, opportunities and threats its environment. Each item shows its importance from 1 (minor) to 5 (decisive); the evidence behind the items follows each matrix.</source>
      <translation>Silné a slabé stránky popisují samotný region, příležitosti a hrozby jeho okolí. U každé položky je uvedena její váha od 1 (malá) do 5 (rozhodující); podklady k položkám následují za každou maticí.</translation>
    </message>
    <message>
      <source>Whole cross-border region</source>
      <translation>Celý přeshraniční region</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Položka</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Podklad</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Odkaz</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Poznámka</translation>
    </message>
    <message>
      <source>Evidence of the SWOT items</source>
      <translation>Podklady k položkám SWOT</translation>
    </message>
    <message>
      <source>The SWOT register of this project is empty.</source>
      <translation>Registr SWOT tohoto projektu je prázdný.</translation>
    </message>
    <message>
      <source>TOWS strategies and measures</source>
      <translation>Strategie TOWS a opatření</translation>
    </message>
    <message>
      <source>TOWS strategies (Weihrich 1982) pair the SWOT items: SO strategies use strengths to seize opportunities, ST strategies use strengths against threats, WO strategies overcome weaknesses through opportunities and WT strategies limit weaknesses and avoid threats.</source>
      <translation>Strategie TOWS (Weihrich 1982) propojují položky SWOT: strategie SO využívají silné stránky k využití příležitostí, strategie ST nasazují silné stránky proti hrozbám, strategie WO překonávají slabé stránky pomocí příležitostí a strategie WT omezují slabé stránky a vyhýbají se hrozbám.</translation>
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
      <translation>Položky SWOT</translation>
    </message>
    <message>
      <source>Measures</source>
      <translation>Opatření</translation>
    </message>
    <message>
      <source>The SWOT register holds {1} items ({2} strengths, {3} weaknesses, {4} opportunities, {5} threats); {6} TOWS strategies link them to measures.</source>
      <translation>Registr SWOT obsahuje položky v počtu {1} (silné stránky: {2}, slabé stránky: {3}, příležitosti: {4}, hrozby: {5}); strategie TOWS, které je propojují s opatřeními: {6}.</translation>
    </message>
    <message>
      <source>The project's measure catalog with the status of each measure. Owners and review dates are not recorded in this project yet; the columns stay empty until the measures register holds them.</source>
      <translation>Katalog opatření projektu se stavem každého opatření. Gestoři a termíny revize zatím v projektu nejsou evidováni; sloupce zůstanou prázdné, dokud je registr opatření nebude obsahovat.</translation>
    </message>
    <message>
      <source>Measure</source>
      <translation>Opatření</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Stav</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Gestor</translation>
    </message>
    <message>
      <source>Review date</source>
      <translation>Termín revize</translation>
    </message>
    <message>
      <source>Source: measure catalog of the project (rrw_measure)</source>
      <translation>Zdroj: katalog opatření projektu (rrw_measure)</translation>
    </message>
    <message>
      <source>synthetic demo value (seeded generator)</source>
      <translation>syntetická ukázková hodnota (generátor s pevnou počáteční hodnotou)</translation>
    </message>
    <message>
      <source>very high</source>
      <translation>velmi vysoké</translation>
    </message>
    <message>
      <source>high</source>
      <translation>vysoké</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>střední</translation>
    </message>
    <message>
      <source>low</source>
      <translation>nízké</translation>
    </message>
    <message>
      <source>very unlikely</source>
      <translation>velmi nepravděpodobná</translation>
    </message>
    <message>
      <source>unlikely</source>
      <translation>nepravděpodobná</translation>
    </message>
    <message>
      <source>conditionally likely</source>
      <translation>podmíněně pravděpodobná</translation>
    </message>
    <message>
      <source>likely</source>
      <translation>pravděpodobná</translation>
    </message>
    <message>
      <source>very likely</source>
      <translation>velmi pravděpodobná</translation>
    </message>
    <message>
      <source>insignificant</source>
      <translation>zanedbatelný</translation>
    </message>
    <message>
      <source>minor</source>
      <translation>malý</translation>
    </message>
    <message>
      <source>moderate</source>
      <translation>střední</translation>
    </message>
    <message>
      <source>major</source>
      <translation>velký</translation>
    </message>
    <message>
      <source>catastrophic</source>
      <translation>katastrofální</translation>
    </message>
    <message>
      <source>Region profiles</source>
      <translation>Profily regionů</translation>
    </message>
    <message>
      <source>Key indicators of each district: the latest value with its source and year. Values marked * are synthetic demo values.</source>
      <translation>Klíčové indikátory každého okresu: nejnovější hodnota se zdrojem a rokem. Hodnoty označené * jsou syntetické ukázkové hodnoty.</translation>
    </message>
    <message>
      <source>Population density by district</source>
      <translation>Hustota zalidnění podle okresů</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Hodnota</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Jednotka</translation>
    </message>
    <message>
      <source>Source, year</source>
      <translation>Zdroj, rok</translation>
    </message>
    <message>
      <source>* synthetic demo value</source>
      <translation>* syntetická ukázková hodnota</translation>
    </message>
    <message>
      <source>Risk indices</source>
      <translation>Indexy rizika</translation>
    </message>
    <message>
      <source>Each hazard model combines normalised indicators into a composite score from 0 (lowest risk) to 10 (highest risk); rank 1 is the highest risk. The rank interval shows the 5th to 95th percentile of the ranks over {1} Monte Carlo samples of weights and normalisation (seed {2}).</source>
      <translation>Každý model ohrožení skládá normalizované indikátory do složené hodnoty od 0 (nejnižší riziko) do 10 (nejvyšší riziko); pořadí 1 znamená nejvyšší riziko. Interval pořadí ukazuje 5. až 95. percentil pořadí z {1} vzorků Monte Carlo vah a normalizace (počáteční hodnota {2}).</translation>
    </message>
    <message>
      <source>The project has no indicator values of districts.</source>
      <translation>Projekt neobsahuje žádné hodnoty indikátorů za okresy.</translation>
    </message>
    <message>
      <source>Score: {1}</source>
      <translation>Skóre: {1}</translation>
    </message>
    <message>
      <source>rrw composite index</source>
      <translation>složený index rrw</translation>
    </message>
    <message>
      <source>rrw composite index; partly synthetic data</source>
      <translation>složený index rrw; částečně syntetická data</translation>
    </message>
    <message>
      <source>Composite risk score by district (model {1}); equal classes over the model's scale.</source>
      <translation>Složené skóre rizika podle okresů (model {1}); stejně široké třídy na stupnici modelu.</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Pořadí</translation>
    </message>
    <message>
      <source>District</source>
      <translation>Okres</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Skóre</translation>
    </message>
    <message>
      <source>Rank 5–95 %</source>
      <translation>Pořadí 5–95 %</translation>
    </message>
    <message>
      <source>Score by district</source>
      <translation>Skóre podle okresů</translation>
    </message>
    <message>
      <source>Rank intervals (5–95 %) and rank</source>
      <translation>Intervaly pořadí (5–95 %) a pořadí</translation>
    </message>
    <message>
      <source>rank (1 = highest risk)</source>
      <translation>pořadí (1 = nejvyšší riziko)</translation>
    </message>
    <message>
      <source>Bars: the ranks a district takes in 90 % of the Monte Carlo samples; dot: its rank.</source>
      <translation>Pruhy: pořadí, která okres zaujímá v 90 % vzorků Monte Carlo; bod: jeho pořadí.</translation>
    </message>
    <message>
      <source>Source: indicator values of the project (latest year each); rrw composite index, {1} samples. * uses synthetic demo values.</source>
      <translation>Zdroj: hodnoty indikátorů projektu (vždy nejnovější rok); složený index rrw, počet vzorků: {1}. * používá syntetické ukázkové hodnoty.</translation>
    </message>
    <message>
      <source>Highest all-hazards risk: {1} (score {2}, rank interval {3}–{4}).</source>
      <translation>Nejvyšší celkové riziko (všechna ohrožení): {1} (skóre {2}, interval pořadí {3}–{4}).</translation>
    </message>
    <message>
      <source>BBK risk matrix</source>
      <translation>Matice rizik BBK</translation>
    </message>
    <message>
      <source>Scenarios placed by likelihood (A very unlikely … E very likely) and extent (1 insignificant … 5 catastrophic) after the BBK method for risk analysis in civil protection (2010); the extent is the rounded mean of the five damage parameters.</source>
      <translation>Scénáře zařazené podle pravděpodobnosti (A velmi nepravděpodobná … E velmi pravděpodobná) a rozsahu škod (1 zanedbatelný … 5 katastrofální) metodou BBK pro analýzu rizik v ochraně obyvatelstva (2010); rozsah škod je zaokrouhlený průměr pěti parametrů škod.</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>Č.</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Scénář</translation>
    </message>
    <message>
      <source>Matrix cell</source>
      <translation>Pole matice</translation>
    </message>
    <message>
      <source>Risk</source>
      <translation>Riziko</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Hodnocení</translation>
    </message>
    <message>
      <source>Likelihood</source>
      <translation>Pravděpodobnost</translation>
    </message>
    <message>
      <source>Risk matrix: ■ and the numbers of the scenarios (table below) in their cells; each cell's risk band below them.</source>
      <translation>Matice rizik: ■ a čísla scénářů (tabulka níže) v jejich buňkách; pod nimi stupeň rizika buňky.</translation>
    </message>
    <message>
      <source>Source: BBK scenarios of the project with their assessments</source>
      <translation>Zdroj: scénáře BBK projektu s jejich hodnocením</translation>
    </message>
    <message>
      <source>{1} of {2} BBK scenarios fall into the high or very high risk band: {3}.</source>
      <translation>Scénáře BBK s vysokým nebo velmi vysokým rizikem ({1} z {2}): {3}.</translation>
    </message>
    <message>
      <source>Supply-chain scenarios</source>
      <translation>Scénáře dodavatelských řetězců</translation>
    </message>
    <message>
      <source>The project has no supply network or no stored scenarios.</source>
      <translation>Projekt neobsahuje dodavatelskou síť nebo uložené scénáře.</translation>
    </message>
    <message>
      <source>Each scenario is run day by day on the project's firm network ({1} firms, {2} supply links) with its measures. The firm network is synthetic demo data. Firm data are confidential: a table cell or map unit is shown only when at least {3} firms contribute to it and no single firm makes up more than {4} % of its value; otherwise it reads "confidential".</source>
      <translation>Každý scénář se počítá po dnech na síti podniků projektu (podniky: {1}, dodavatelské vazby: {2}) včetně svých opatření. Síť podniků tvoří syntetická ukázková data. Podniková data jsou důvěrná: buňka tabulky nebo jednotka mapy se zobrazí jen tehdy, když k ní přispívá nejméně {3} podniků a žádný jednotlivý podnik nepředstavuje více než {4} % její hodnoty; jinak je označena „důvěrné“.</translation>
    </message>
    <message>
      <source>confidential</source>
      <translation>důvěrné</translation>
    </message>
    <message>
      <source>Scenario {1}, version {2}, {3} days; inputs hash {4} ({5}).</source>
      <translation>Scénář {1}, verze {2}, počet dní: {3}; hash vstupů {4} ({5}).</translation>
    </message>
    <message>
      <source>same as stored run {1}</source>
      <translation>shodný s uloženým výpočtem č. {1}</translation>
    </message>
    <message>
      <source>not stored as a run</source>
      <translation>neuložen jako výpočet</translation>
    </message>
    <message>
      <source>Firms</source>
      <translation>Podniky</translation>
    </message>
    <message>
      <source>Employees</source>
      <translation>Zaměstnanci</translation>
    </message>
    <message>
      <source>Loss (EUR)</source>
      <translation>Ztráta (EUR)</translation>
    </message>
    <message>
      <source>Loss share</source>
      <translation>Podíl ztráty</translation>
    </message>
    <message>
      <source>Jobs at risk</source>
      <translation>Ohrožená pracovní místa</translation>
    </message>
    <message>
      <source>Recovery (days)</source>
      <translation>Obnova (dny)</translation>
    </message>
    <message>
      <source>All firms</source>
      <translation>Všechny podniky</translation>
    </message>
    <message>
      <source>Source: rrw supply simulation on the synthetic demo firm network; cells with fewer than {1} firms or one firm above {2} % are confidential.</source>
      <translation>Zdroj: simulace dodavatelských řetězců rrw na syntetické síti podniků; buňky s méně než {1} podniky nebo s jedním podnikem nad {2} % jsou důvěrné.</translation>
    </message>
    <message>
      <source>Production loss</source>
      <translation>Výpadek produkce</translation>
    </message>
    <message>
      <source>rrw supply simulation, synthetic firms</source>
      <translation>simulace dodavatelských řetězců rrw, syntetické podniky</translation>
    </message>
    <message>
      <source>Production loss as a share of normal output by district.</source>
      <translation>Výpadek produkce jako podíl běžné produkce podle okresů.</translation>
    </message>
    <message>
      <source>Not shown (confidential)</source>
      <translation>Nezobrazeno (důvěrné)</translation>
    </message>
    <message>
      <source>Production, % of normal output</source>
      <translation>Produkce, % běžné produkce</translation>
    </message>
    <message>
      <source>Output-weighted production per day (day 1 … {1}).</source>
      <translation>Produkce vážená hodnotou výstupu za den (den 1 … {1}).</translation>
    </message>
    <message>
      <source>Cost (EUR)</source>
      <translation>Náklady (EUR)</translation>
    </message>
    <message>
      <source>Avoided loss (EUR)</source>
      <translation>Odvrácená ztráta (EUR)</translation>
    </message>
    <message>
      <source>Benefit/cost</source>
      <translation>Přínosy/náklady</translation>
    </message>
    <message>
      <source>Avoided loss of each measure: the scenario with all other measures, without this one.</source>
      <translation>Odvrácená ztráta každého opatření: scénář se všemi ostatními opatřeními, bez tohoto.</translation>
    </message>
    <message>
      <source>Scenarios compared</source>
      <translation>Srovnání scénářů</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Dny</translation>
    </message>
    <message>
      <source>Person-days</source>
      <translation>Člověkodny</translation>
    </message>
    <message>
      <source>Production loss, million EUR</source>
      <translation>Výpadek produkce, mil. EUR</translation>
    </message>
    <message>
      <source>Loss</source>
      <translation>Ztráta</translation>
    </message>
    <message>
      <source>Source: rrw supply simulation on the synthetic demo firm network, with each scenario's measures.</source>
      <translation>Zdroj: simulace dodavatelských řetězců rrw na syntetické síti podniků, s opatřeními příslušného scénáře.</translation>
    </message>
    <message>
      <source>The largest production loss of the supply scenarios: {1} with {2} million EUR ({3} % of normal output; synthetic firm network).</source>
      <translation>Největší výpadek produkce ze scénářů dodavatelských řetězců: {1}, {2} mil. EUR ({3} % běžné produkce; syntetická síť podniků).</translation>
    </message>
  </context>
</TS>
