<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs">
<context>
    <name>StyleEditing</name>
    <message>
        <location filename="../ui/style_editing.cpp" line="54"/>
        <source>The layer was removed by another program; the style was not applied.</source>
        <translation>Vrstvu odstranil jiný program; styl nebyl použit.</translation>
    </message>
    <message>
        <location filename="../ui/style_editing.cpp" line="67"/>
        <source>The style of layer “%1” was not restored: the layer is no longer on the map.</source>
        <translation>Styl vrstvy „%1“ nebyl obnoven: vrstva už v mapě není.</translation>
    </message>
    <message>
        <location filename="../ui/style_editing.cpp" line="75"/>
        <source>The style draft cannot be read.</source>
        <translation>Koncept stylu nelze načíst.</translation>
    </message>
</context>
<context>
    <name>rrw</name>
    <message>
        <location filename="../src/cli/args.cpp" line="29"/>
        <source>option --{1} needs a value</source>
        <translation>volba --{1} vyžaduje hodnotu</translation>
    </message>
    <message>
        <location filename="../src/cli/args.cpp" line="36"/>
        <source>unknown option --{1}</source>
        <translation>neznámá volba --{1}</translation>
    </message>
    <message>
        <source>usage: rrw-cli import PROJECT.gpkg INPUT [options]

Imports one vector layer as a new project layer, reprojected to EPSG:3035 (ETRS89-LAEA).
INPUT: GeoJSON, ESRI Shapefile (also zipped), GeoPackage, KML, or CSV with a WKT column or
coordinate columns (lat/lon, lon/lat, x/y, Breite/Länge; comma or semicolon separated).
Invalid geometries are repaired (GEOS MakeValid) or rejected and listed by feature id. The
import is one transaction: on any error the project is left exactly as it was.

  --name LAYER         name of the new layer (default: the source layer&apos;s name)
  --source-layer L     layer of a multi-layer file, or the shapefile inside a zip
  --source-crs EPSG:N  CRS of data that carries none (CSV x/y, shapefile without .prj);
                       overrides the file&apos;s CRS when given
  --encoding ENC       attribute encoding, e.g. CP1250, ISO-8859-2 (default: .cpg or UTF-8)
  --json               machine-readable result</source>
        <translation type="vanished">Použití: rrw-cli import PROJECT.gpkg INPUT [volby]

Importuje jednu vektorovou vrstvu jako novou vrstvu projektu, transformovanou do EPSG:3035
(ETRS89-LAEA). INPUT: GeoJSON, ESRI Shapefile (i v ZIP), GeoPackage, KML nebo CSV se sloupcem
WKT či se sloupci souřadnic (lat/lon, lon/lat, x/y, Breite/Länge; oddělené čárkou nebo
středníkem). Neplatné geometrie se opraví (GEOS MakeValid), nebo se odmítnou a vypíší s ID
prvku. Import probíhá v jediné transakci: při jakékoli chybě zůstane projekt přesně v původním
stavu.

  --name LAYER         název nové vrstvy (výchozí: název zdrojové vrstvy)
  --source-layer L     vrstva ze souboru s více vrstvami, nebo shapefile uvnitř archivu ZIP
  --source-crs EPSG:N  souřadnicový referenční systém dat, která žádný neuvádějí (CSV x/y,
                       shapefile bez .prj); je-li zadán, nahradí systém uvedený v souboru
  --encoding ENC       kódování atributů, např. CP1250, ISO-8859-2 (výchozí: .cpg nebo UTF-8)
  --json               strojově čitelný výsledek</translation>
    </message>
    <message>
        <source>usage: rrw-cli import PROJECT.gpkg INPUT [options]

Imports one vector layer as a new project layer, reprojected to EPSG:3035 (ETRS89-LAEA).
INPUT: GeoJSON, ESRI Shapefile (also zipped), GeoPackage, KML, or CSV with a WKT column or
coordinate columns (lat/lon, lon/lat, x/y, Breite/Länge; comma or semicolon separated).
Invalid geometries are repaired (GEOS MakeValid) or rejected and listed by feature id. The
import is one transaction: on any error the project is left exactly as it was.

  --name LAYER         name of the new layer (default: the source layer&apos;s name)
  --source-layer L     layer of a multi-layer file, or the shapefile inside a zip
  --source-crs EPSG:N  CRS of data that carries none (CSV x/y, shapefile without .prj);
                       overrides the file&apos;s CRS when given
  --encoding ENC       attribute encoding, e.g. CP1250, ISO-8859-2 (default: .cpg or UTF-8)
  --licence TEXT       licence of the data, kept with the layer (e.g. &quot;CC BY 4.0&quot;)
  --attribution TEXT   attribution to show with the data (e.g. &quot;© ČÚZK&quot;)
  --title TEXT         a title for the layer
  --json               machine-readable result</source>
        <translation type="vanished">Použití: rrw-cli import PROJECT.gpkg INPUT [volby]

Importuje jednu vektorovou vrstvu jako novou vrstvu projektu, transformovanou do EPSG:3035
(ETRS89-LAEA). INPUT: GeoJSON, ESRI Shapefile (i v ZIP), GeoPackage, KML nebo CSV se sloupcem
WKT či se sloupci souřadnic (lat/lon, lon/lat, x/y, Breite/Länge; oddělené čárkou nebo
středníkem). Neplatné geometrie se opraví (GEOS MakeValid), nebo se odmítnou a vypíší s ID
prvku. Import probíhá v jediné transakci: při jakékoli chybě zůstane projekt přesně v původním
stavu.

  --name LAYER         název nové vrstvy (výchozí: název zdrojové vrstvy)
  --source-layer L     vrstva ze souboru s více vrstvami, nebo shapefile uvnitř archivu ZIP
  --source-crs EPSG:N  souřadnicový referenční systém dat, která žádný neuvádějí (CSV x/y,
                       shapefile bez .prj); je-li zadán, nahradí systém uvedený v souboru
  --encoding ENC       kódování atributů, např. CP1250, ISO-8859-2 (výchozí: .cpg nebo UTF-8)
  --licence TEXT       licence dat, uložená spolu s vrstvou (např. &quot;CC BY 4.0&quot;)
  --attribution TEXT   uvedení autorství zobrazované s daty (např. &quot;© ČÚZK&quot;)
  --title TEXT         název (titulek) vrstvy
  --json               strojově čitelný výsledek</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_import.cpp" line="75"/>
        <source>expected PROJECT.gpkg and INPUT</source>
        <translation>očekávány argumenty PROJECT.gpkg a INPUT</translation>
    </message>
    <message>
        <source>Imported &apos;{1}&apos;: {2} features ({3} repaired, {4} rejected) from {5}</source>
        <translation type="vanished">Importována vrstva &apos;{1}&apos;: počet prvků {2} (opraveno {3}, odmítnuto {4}), ze systému {5}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_import.cpp" line="14"/>
        <source>usage: rrw-cli import PROJECT.gpkg INPUT [options]

Imports one vector layer as a new project layer, reprojected to EPSG:3035 (ETRS89-LAEA).
INPUT: GeoJSON, ESRI Shapefile (also zipped), GeoPackage, KML, or CSV with a WKT column or
coordinate columns (lat/lon, lon/lat, x/y, Breite/Länge; comma or semicolon separated).
Invalid geometries are repaired (GEOS MakeValid) or rejected and listed by feature id. The
import is one transaction: on any error the project is left exactly as it was.

  --name LAYER         name of the new layer (default: the source layer&apos;s name)
  --source-layer L     layer of a multi-layer file, or the shapefile inside a zip
  --source-crs EPSG:N  CRS of data that carries none (CSV x/y, shapefile without .prj);
                       overrides the file&apos;s CRS when given
  --encoding ENC       attribute encoding, e.g. CP1250, ISO-8859-2 (default: .cpg or UTF-8)
  --licence TEXT       licence of the data, kept with the layer (e.g. &quot;CC BY 4.0&quot;)
  --attribution TEXT   attribution to show with the data (e.g. &quot;© ČÚZK&quot;)
  --title TEXT         a title for the layer
  --allow-network      also read http(s):// and /vsicurl/ sources (network access is off
                       by default; RRW_ALLOW_NETWORK=1 does the same)
  --json               machine-readable result</source>
        <translation>Použití: rrw-cli import PROJECT.gpkg INPUT [volby]

Importuje jednu vektorovou vrstvu jako novou vrstvu projektu, transformovanou do EPSG:3035
(ETRS89-LAEA). INPUT: GeoJSON, ESRI Shapefile (i v ZIP), GeoPackage, KML nebo CSV se sloupcem
WKT či se sloupci souřadnic (lat/lon, lon/lat, x/y, Breite/Länge; oddělené čárkou nebo
středníkem). Neplatné geometrie se opraví (GEOS MakeValid), nebo se odmítnou a vypíší s ID
prvku. Import probíhá v jediné transakci: při jakékoli chybě zůstane projekt přesně v původním
stavu.

  --name LAYER         název nové vrstvy (výchozí: název zdrojové vrstvy)
  --source-layer L     vrstva ze souboru s více vrstvami, nebo shapefile uvnitř archivu ZIP
  --source-crs EPSG:N  souřadnicový referenční systém dat, která žádný neuvádějí (CSV x/y,
                       shapefile bez .prj); je-li zadán, nahradí systém uvedený v souboru
  --encoding ENC       kódování atributů, např. CP1250, ISO-8859-2 (výchozí: .cpg nebo UTF-8)
  --licence TEXT       licence dat, uložená spolu s vrstvou (např. &quot;CC BY 4.0&quot;)
  --attribution TEXT   uvedení autorství zobrazované s daty (např. &quot;© ČÚZK&quot;)
  --title TEXT         název (titulek) vrstvy
  --allow-network      načítat i zdroje http(s):// a /vsicurl/ (přístup k síti je ve výchozím
                       stavu vypnut; totéž zajistí RRW_ALLOW_NETWORK=1)
  --json               strojově čitelný výsledek</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_import.cpp" line="98"/>
        <source>Imported &apos;{1}&apos;: features: {2}, repaired: {3}, rejected: {4} (source CRS {5})</source>
        <translation>Importována vrstva &apos;{1}&apos;: prvky: {2}, opraveno: {3}, odmítnuto: {4} (zdrojový souřadnicový systém {5})</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_import.cpp" line="105"/>
        <source> (accuracy {1} m)</source>
        <translation> (přesnost {1} m)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_import.cpp" line="109"/>
        <source>transformation: {1}</source>
        <translation>transformace: {1}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_import.cpp" line="116"/>
        <source>line {1}</source>
        <translation>řádek {1}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_import.cpp" line="117"/>
        <source>feature {1}</source>
        <translation>prvek {1}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_import.cpp" line="119"/>
        <source>rejected {1}: {2}</source>
        <translation>{1} odmítnut: {2}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_import.cpp" line="125"/>
        <source>… and {1} more (see --json)</source>
        <translation>… a dalších {1} (viz --json)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="20"/>
        <source>usage: rrw-cli iim --technical A.csv --output X.csv --perturbation C.csv
                    [--days N [--recovery K.csv] [--duration D]] [--json]

The inoperability input-output model (Haimes &amp; Jiang 2001; Santos &amp; Haimes 2004): how a drop
in final demand spreads through the interdependent sectors of an economy. Inoperability q is
the fraction of a sector&apos;s output that is lost; loss = output x q.
  A* = x^-1 A x,   q = (I - A*)^-1 c*
With --days, the dynamic model (Lian &amp; Haimes 2006) from q(0) = 0:
  q(t+1) = q(t) + K (A* q(t) + c*(t) - q(t))

  --technical FILE     square matrix of technical coefficients a_ij = z_ij / x_j: a header
                       row of sector ids and a first column of sector ids
  --output FILE        sector,value: total output of each sector (above 0)
  --perturbation FILE  sector,value: demand perturbation c* as a fraction of the sector&apos;s
                       output (0 to 1)
  --days N             days of the dynamic model (the timeline); without it, static only
  --recovery FILE      sector,value: recovery coefficients k_i (0 to 1; default 1)
  --duration D         the perturbation lasts D days, then stops (default: all days)
  --json               machine-readable result
Every file lists every sector once, in any order; separator &apos;,&apos; or &apos;;&apos; (then a decimal comma
is allowed), UTF-8.</source>
        <translation>Použití: rrw-cli iim --technical A.csv --output X.csv --perturbation C.csv
                      [--days N [--recovery K.csv] [--duration D]] [--json]

Model neoperability typu input-output (meziodvětvový model; Haimes &amp; Jiang 2001;
Santos &amp; Haimes 2004): jak se pokles konečné poptávky šíří vzájemně provázanými sektory
(odvětvími) ekonomiky. Neoperabilita (míra nefunkčnosti) q je podíl produkce sektoru, který
je ztracen; ztráta = celková produkce × q.
  A* = x^-1 A x,   q = (I - A*)^-1 c*
S volbou --days dynamický model (Lian &amp; Haimes 2006) od q(0) = 0:
  q(t+1) = q(t) + K (A* q(t) + c*(t) - q(t))

  --technical FILE     čtvercová matice technických koeficientů a_ij = z_ij / x_j: řádek záhlaví
                       s ID sektorů a první sloupec s ID sektorů
  --output FILE        sector,value: celková produkce každého sektoru (větší než 0)
  --perturbation FILE  sector,value: porucha poptávky c* jako podíl na produkci sektoru (0 až 1)
  --days N             počet dní dynamického modelu (časový průběh, timeline); bez této volby
                       pouze statický model
  --recovery FILE      sector,value: koeficienty obnovy k_i (0 až 1; výchozí 1)
  --duration D         porucha trvá D dní a poté skončí (výchozí: všechny dny)
  --json               strojově čitelný výsledek
Každý soubor uvádí každý sektor právě jednou, v libovolném pořadí; oddělovač &apos;,&apos; nebo &apos;;&apos; (pak
je povolena desetinná čárka), UTF-8.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="49"/>
        <source>--{1} must be a whole number of 0 or more</source>
        <translation>--{1} musí být celé číslo větší nebo rovné 0</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="98"/>
        <source>sector</source>
        <translation>sektor</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="99"/>
        <source>loss</source>
        <translation>ztráta</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="106"/>
        <source>inoperability</source>
        <translation>neoperabilita</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="111"/>
        <source>total loss: {1}</source>
        <translation>celková ztráta: {1}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="118"/>
        <source>day</source>
        <translation>den</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="119"/>
        <source>highest q</source>
        <translation>nejvyšší q</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="127"/>
        <source>cumulative loss over {1} days: {2}</source>
        <translation>kumulovaná ztráta (počet dní: {1}): {2}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="144"/>
        <location filename="../src/cli/cmd_supply.cpp" line="144"/>
        <source>unexpected argument &apos;{1}&apos;</source>
        <translation>neočekávaný argument &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="148"/>
        <source>--technical, --output and --perturbation are required</source>
        <translation>--technical, --output a --perturbation jsou povinné</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="152"/>
        <source>--recovery and --duration need --days</source>
        <translation>--recovery a --duration vyžadují --days</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="158"/>
        <source>--days must be 1 or more</source>
        <translation>--days musí být 1 nebo větší</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="176"/>
        <location filename="../src/cli/cmd_import.cpp" line="130"/>
        <source>warning: {1}</source>
        <translation>varování: {1}</translation>
    </message>
    <message>
        <source>usage: rrw-cli init PROJECT.gpkg [--force] [--data-dir DIR] [--json]

Creates a new project (a GeoPackage 1.3 file that QGIS and ogrinfo open) holding the bundled
cross-border region: German Kreise and Gemeinden, Karlovarsky kraj with its okresy and obce,
places, the DE-CZ border, border crossings and population statistics, each layer with its
source, licence and attribution.

  --force          replace an existing file
  --data-dir DIR   where the bundled data lives (default: $RRW_DATA_DIR or the installed data)
  --json           machine-readable summary</source>
        <translation type="vanished">Použití: rrw-cli init PROJECT.gpkg [--force] [--data-dir DIR] [--json]

Vytvoří nový projekt (soubor GeoPackage 1.3, který otevře QGIS i ogrinfo) s dodávaným
přeshraničním regionem: německé zemské okresy (Kreise) a obce (Gemeinden), Karlovarský kraj
s jeho okresy a obcemi, sídla, česko-německá státní hranice, hraniční přechody a statistika
obyvatelstva, u každé vrstvy s uvedením zdroje, licence a autorství.

  --force          nahradit existující soubor
  --data-dir DIR   umístění dodávaných dat (výchozí: $RRW_DATA_DIR nebo nainstalovaná data)
  --json           strojově čitelný souhrn</translation>
    </message>
    <message>
        <source>usage: rrw-cli init PROJECT.gpkg [--force] [--data-dir DIR] [--json]

Creates a new project (a GeoPackage 1.3 file that QGIS and ogrinfo open) holding the bundled
cross-border region: German Kreise and Gemeinden, Karlovarský kraj with its okresy and obce,
places, the DE-CZ border, border crossings and population statistics, each layer with its
source, licence and attribution.

  --force          replace an existing file
  --data-dir DIR   where the bundled data lives (default: $RRW_DATA_DIR or the installed data)
  --json           machine-readable summary</source>
        <translation type="vanished">Použití: rrw-cli init PROJECT.gpkg [--force] [--data-dir DIR] [--json]

Vytvoří nový projekt (soubor GeoPackage 1.3, který otevře QGIS i ogrinfo) s dodávaným
přeshraničním regionem: německé zemské okresy (Kreise) a obce (Gemeinden), Karlovarský kraj
s jeho okresy a obcemi, sídla, česko-německá státní hranice, hraniční přechody a statistika
obyvatelstva, u každé vrstvy s uvedením zdroje, licence a autorství.

  --force          nahradit existující soubor
  --data-dir DIR   umístění dodávaných dat (výchozí: $RRW_DATA_DIR nebo nainstalovaná data)
  --json           strojově čitelný souhrn</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_indicators.cpp" line="18"/>
        <source>usage: rrw-cli indicators list PROJECT.gpkg [--level district|municipality] [--json]
       rrw-cli indicators import PROJECT.gpkg FILE.csv [--source TEXT] [--synthetic] [--json]

list    the indicator catalog (id, dimension, direction, unit, German and Czech name) and how
        many regions of the level have a value
import  stores indicator values or catalog entries from a CSV file, as one transaction: a bad
        row changes nothing and the error names the row.
        Values:  region_code,indicator_id,year,value[,source][,synthetic][,note]
        Catalog: id,name_de,name_cs,name_en,description_de,description_cs,description_en,
                 unit,direction,dimension,source,year
        Separator &apos;,&apos;, &apos;;&apos; or tab; UTF-8; with &apos;;&apos; or tab a decimal comma is allowed. A value
        of the same region, indicator and year replaces the stored one.

  --source TEXT  source of the rows without one (every value must name its source)
  --synthetic    flag every imported value as synthetic (not real data)
  --level L      district (Kreis/okres, default) or municipality (Gemeinde/obec)
  --json         machine-readable result</source>
        <translation>Použití: rrw-cli indicators list PROJECT.gpkg [--level district|municipality] [--json]
         rrw-cli indicators import PROJECT.gpkg FILE.csv [--source TEXT] [--synthetic] [--json]

list    katalog indikátorů (ID, dimenze, směr, jednotka, německý a český název) a počet
        územních jednotek dané úrovně, které mají hodnotu
import  uloží hodnoty indikátorů nebo položky katalogu ze souboru CSV v jediné transakci:
        chybný řádek nic nezmění a chybové hlášení uvede jeho číslo.
        Hodnoty: region_code,indicator_id,year,value[,source][,synthetic][,note]
        Katalog: id,name_de,name_cs,name_en,description_de,description_cs,description_en,
                 unit,direction,dimension,source,year
        Oddělovač &apos;,&apos;, &apos;;&apos; nebo tabulátor; UTF-8; s &apos;;&apos; nebo tabulátorem je povolena desetinná
        čárka. Hodnota téže územní jednotky, indikátoru a roku nahradí uloženou hodnotu.

  --source TEXT  zdroj pro řádky bez vlastního zdroje (každá hodnota musí uvádět svůj zdroj)
  --synthetic    označit všechny importované hodnoty jako syntetické (nejde o skutečná data)
  --level L      district (zemský okres/okres, výchozí) nebo municipality (obec)
  --json         strojově čitelný výsledek</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_indicators.cpp" line="45"/>
        <location filename="../src/cli/cmd_init.cpp" line="36"/>
        <location filename="../src/cli/cmd_inspect.cpp" line="29"/>
        <location filename="../src/cli/cmd_render.cpp" line="104"/>
        <location filename="../src/cli/cmd_report.cpp" line="69"/>
        <location filename="../src/cli/cmd_score.cpp" line="88"/>
        <location filename="../src/cli/cmd_swot.cpp" line="101"/>
        <location filename="../src/cli/planning_format.cpp" line="119"/>
        <source>expected exactly one PROJECT.gpkg</source>
        <translation>očekáván právě jeden argument PROJECT.gpkg</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_indicators.cpp" line="90"/>
        <source>expected PROJECT.gpkg and FILE.csv</source>
        <translation>očekávány argumenty PROJECT.gpkg a FILE.csv</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_indicators.cpp" line="111"/>
        <source>{1}: {2} indicators added, {3} replaced</source>
        <translation>{1}: přidáno indikátorů: {2}, nahrazeno: {3}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_indicators.cpp" line="112"/>
        <source>{1}: {2} values added, {3} replaced ({4} flagged synthetic)</source>
        <translation>{1}: přidáno hodnot: {2}, nahrazeno: {3} (označeno jako syntetické: {4})</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_indicators.cpp" line="135"/>
        <location filename="../src/cli/cmd_scenario.cpp" line="417"/>
        <location filename="../src/cli/cmd_supply.cpp" line="203"/>
        <source>unknown subcommand &apos;{1}&apos; (known: {2})</source>
        <translation>neznámý podpříkaz &apos;{1}&apos; (známé: {2})</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_init.cpp" line="16"/>
        <source>usage: rrw-cli init PROJECT.gpkg [--force] [--data-dir DIR] [--json]

Creates a new project (a GeoPackage 1.3 file that QGIS and ogrinfo open) holding the bundled
cross-border region: German Kreise and Gemeinden, Karlovarský kraj with its okresy and obce,
places, the DE-CZ border, border crossings and population statistics, each layer with its
source, licence and attribution; with the indicators, the partners&apos; measure ideas, the BBK
scenarios and the partner organisations of the governance register (data/governance).

  --force          replace an existing file
  --data-dir DIR   where the bundled data lives (default: $RRW_DATA_DIR or the installed data)
  --json           machine-readable summary</source>
        <translation>Použití: rrw-cli init PROJECT.gpkg [--force] [--data-dir DIR] [--json]

Vytvoří nový projekt (soubor GeoPackage 1.3, který otevře QGIS i ogrinfo) s dodávaným
přeshraničním regionem: německé zemské okresy (Kreise) a obce (Gemeinden), Karlovarský kraj
s jeho okresy a obcemi, sídla, česko-německá státní hranice, hraniční přechody a statistika
obyvatelstva, u každé vrstvy s uvedením zdroje, licence a autorství; dále indikátory, náměty
opatření od partnerů, scénáře BBK a partnerské organizace registru řízení (data/governance).

  --force          nahradit existující soubor
  --data-dir DIR   umístění dodávaných dat (výchozí: $RRW_DATA_DIR nebo nainstalovaná data)
  --json           strojově čitelný souhrn</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_init.cpp" line="70"/>
        <source>Created {1} with the bundled region (layers: {2}, regions: {3}, population records: {4}) in {5} ms.</source>
        <translation>Projekt {1} s dodávaným regionem vytvořen za {5} ms (vrstvy: {2}, územní jednotky: {3}, záznamy o obyvatelstvu: {4}).</translation>
    </message>
    <message>
        <source>Created {1} with the bundled region ({2} layers, {3} regions, {4} population records) in {5} ms.</source>
        <translation type="vanished">Projekt {1} s dodávaným regionem vytvořen za {5} ms (vrstvy: {2}, územní jednotky: {3}, záznamy o obyvatelstvu: {4}).</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_inspect.cpp" line="18"/>
        <source>usage: rrw-cli layers PROJECT.gpkg [--json]

Lists the spatial layers of a project: name, geometry type, feature count, CRS and source.</source>
        <translation>Použití: rrw-cli layers PROJECT.gpkg [--json]

Vypíše prostorové vrstvy projektu: název, typ geometrie, počet prvků, souřadnicový referenční
systém a zdroj.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_inspect.cpp" line="22"/>
        <source>usage: rrw-cli info PROJECT.gpkg [--json]

Shows the project&apos;s schema version, its layers and the number of regions per level on both
sides of the border.</source>
        <translation>Použití: rrw-cli info PROJECT.gpkg [--json]

Zobrazí verzi schématu projektu, jeho vrstvy a počet územních jednotek na každé správní úrovni
na obou stranách hranice.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_inspect.cpp" line="96"/>
        <source>Project: {1}</source>
        <translation>Projekt: {1}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_inspect.cpp" line="97"/>
        <source>Schema version: {1}</source>
        <translation>Verze schématu: {1}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_inspect.cpp" line="100"/>
        <source>Layers ({1}):</source>
        <translation>Vrstvy ({1}):</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_inspect.cpp" line="107"/>
        <source>Regions per level:</source>
        <translation>Územní jednotky podle správní úrovně:</translation>
    </message>
    <message>
        <location filename="../src/cli/data_dir.cpp" line="19"/>
        <source>{1}: no bundled region data here (region/manifest.json missing)</source>
        <translation>{1}: zde nejsou dodávaná data regionu (chybí region/manifest.json)</translation>
    </message>
    <message>
        <location filename="../src/cli/data_dir.cpp" line="28"/>
        <source>{1}: RRW_DATA_DIR has no bundled region data (region/manifest.json missing)</source>
        <translation>{1}: RRW_DATA_DIR neobsahuje dodávaná data regionu (chybí region/manifest.json)</translation>
    </message>
    <message>
        <location filename="../src/cli/data_dir.cpp" line="50"/>
        <source>the bundled region data was not found; set RRW_DATA_DIR or use --data-dir</source>
        <translation>dodávaná data regionu nebyla nalezena; nastavte RRW_DATA_DIR nebo použijte --data-dir</translation>
    </message>
    <message>
        <source>usage: rrw-cli [--version] [--help] &lt;command&gt; [&lt;args&gt;]

Resilient Region Workbench, headless.

commands:
  init PROJECT.gpkg [--force]            create a project holding the bundled region
  import PROJECT.gpkg INPUT [options]    import a vector file as a new layer
  layers PROJECT.gpkg [--json]           list the project&apos;s layers
  info PROJECT.gpkg [--json]             schema version, layers, regions per level

&apos;rrw-cli &lt;command&gt; --help&apos; describes a command.
&apos;--lang de|cs|en&apos; (or RRW_LANG) chooses the language of messages.</source>
        <translation type="vanished">Použití: rrw-cli [--version] [--help] &lt;příkaz&gt; [&lt;argumenty&gt;]

Resilient Region Workbench, verze bez grafického rozhraní.

příkazy:
  init PROJECT.gpkg [--force]            vytvořit projekt s dodávaným regionem
  import PROJECT.gpkg INPUT [volby]      importovat vektorový soubor jako novou vrstvu
  layers PROJECT.gpkg [--json]           vypsat vrstvy projektu
  info PROJECT.gpkg [--json]             verze schématu, vrstvy, územní jednotky podle úrovně

&apos;rrw-cli &lt;příkaz&gt; --help&apos; popíše daný příkaz.
&apos;--lang de|cs|en&apos; (nebo RRW_LANG) volí jazyk hlášení.</translation>
    </message>
    <message>
        <source>usage: rrw-cli [--version] [--help] &lt;command&gt; [&lt;args&gt;]

Resilient Region Workbench, headless.

commands:
  init PROJECT.gpkg [--force]            create a project holding the bundled region
  import PROJECT.gpkg INPUT [options]    import a vector file as a new layer
  layers PROJECT.gpkg [--json]           list the project&apos;s layers
  info PROJECT.gpkg [--json]             schema version, layers, regions per level
  render PROJECT.gpkg -o OUT.png|svg|pdf draw a map (the default map, or chosen layers)

&apos;rrw-cli &lt;command&gt; --help&apos; describes a command.
&apos;--lang de|cs|en&apos; (or RRW_LANG) chooses the language of messages.</source>
        <translation type="vanished">Použití: rrw-cli [--version] [--help] &lt;příkaz&gt; [&lt;argumenty&gt;]

Resilient Region Workbench, verze bez grafického rozhraní.

příkazy:
  init PROJECT.gpkg [--force]            vytvořit projekt s dodávaným regionem
  import PROJECT.gpkg INPUT [volby]      importovat vektorový soubor jako novou vrstvu
  layers PROJECT.gpkg [--json]           vypsat vrstvy projektu
  info PROJECT.gpkg [--json]             verze schématu, vrstvy, územní jednotky podle úrovně
  render PROJECT.gpkg -o OUT.png|svg|pdf vykreslit mapu (výchozí mapu nebo zvolené vrstvy)

&apos;rrw-cli &lt;příkaz&gt; --help&apos; popíše daný příkaz.
&apos;--lang de|cs|en&apos; (nebo RRW_LANG) volí jazyk hlášení.</translation>
    </message>
    <message>
        <source>usage: rrw-cli [--version] [--help] &lt;command&gt; [&lt;args&gt;]

Resilient Region Workbench, headless.

commands:
  init PROJECT.gpkg [--force]            create a project holding the bundled region
  import PROJECT.gpkg INPUT [options]    import a vector file as a new layer
  layers PROJECT.gpkg [--json]           list the project&apos;s layers
  info PROJECT.gpkg [--json]             schema version, layers, regions per level
  render PROJECT.gpkg -o OUT.png|svg|pdf draw a map (the default map, or chosen layers)
  index --values V.csv --model M.json    a composite risk index with rank intervals

&apos;rrw-cli &lt;command&gt; --help&apos; describes a command.
&apos;--lang de|cs|en&apos; (or RRW_LANG) chooses the language of messages.</source>
        <translation type="vanished">Použití: rrw-cli [--version] [--help] &lt;příkaz&gt; [&lt;argumenty&gt;]

Resilient Region Workbench, verze bez grafického rozhraní.

příkazy:
  init PROJECT.gpkg [--force]            vytvořit projekt s dodávaným regionem
  import PROJECT.gpkg INPUT [volby]      importovat vektorový soubor jako novou vrstvu
  layers PROJECT.gpkg [--json]           vypsat vrstvy projektu
  info PROJECT.gpkg [--json]             verze schématu, vrstvy, územní jednotky podle úrovně
  render PROJECT.gpkg -o OUT.png|svg|pdf vykreslit mapu (výchozí mapu nebo zvolené vrstvy)
  index --values V.csv --model M.json    složený index rizika s intervaly pořadí

&apos;rrw-cli &lt;příkaz&gt; --help&apos; popíše daný příkaz.
&apos;--lang de|cs|en&apos; (nebo RRW_LANG) volí jazyk hlášení.</translation>
    </message>
    <message>
        <source>usage: rrw-cli [--version] [--help] &lt;command&gt; [&lt;args&gt;]

Resilient Region Workbench, headless.

commands:
  init PROJECT.gpkg [--force]            create a project holding the bundled region
  import PROJECT.gpkg INPUT [options]    import a vector file as a new layer
  layers PROJECT.gpkg [--json]           list the project&apos;s layers
  info PROJECT.gpkg [--json]             schema version, layers, regions per level
  render PROJECT.gpkg -o OUT.png|svg|pdf draw a map (the default map, or chosen layers)
  index --values V.csv --model M.json    a composite risk index with rank intervals
  score PROJECT.gpkg [--hazard H]        rank the project&apos;s regions with its index models

&apos;rrw-cli &lt;command&gt; --help&apos; describes a command.
&apos;--lang de|cs|en&apos; (or RRW_LANG) chooses the language of messages.</source>
        <translation type="vanished">Použití: rrw-cli [--version] [--help] &lt;příkaz&gt; [&lt;argumenty&gt;]

Resilient Region Workbench, verze bez grafického rozhraní.

příkazy:
  init PROJECT.gpkg [--force]            vytvořit projekt s dodávaným regionem
  import PROJECT.gpkg INPUT [volby]      importovat vektorový soubor jako novou vrstvu
  layers PROJECT.gpkg [--json]           vypsat vrstvy projektu
  info PROJECT.gpkg [--json]             verze schématu, vrstvy, územní jednotky podle úrovně
  render PROJECT.gpkg -o OUT.png|svg|pdf vykreslit mapu (výchozí mapu nebo zvolené vrstvy)
  index --values V.csv --model M.json    složený index rizika s intervaly pořadí
  score PROJECT.gpkg [--hazard H]        seřadit územní jednotky indexovými modely projektu

&apos;rrw-cli &lt;příkaz&gt; --help&apos; popíše daný příkaz.
&apos;--lang de|cs|en&apos; (nebo RRW_LANG) volí jazyk hlášení.</translation>
    </message>
    <message>
        <source>usage: rrw-cli [--version] [--help] &lt;command&gt; [&lt;args&gt;]

Resilient Region Workbench, headless.

commands:
  init PROJECT.gpkg [--force]            create a project holding the bundled region
  import PROJECT.gpkg INPUT [options]    import a vector file as a new layer
  layers PROJECT.gpkg [--json]           list the project&apos;s layers
  info PROJECT.gpkg [--json]             schema version, layers, regions per level
  render PROJECT.gpkg -o OUT.png|svg|pdf draw a map (the default map, or chosen layers)
  index --values V.csv --model M.json    a composite risk index with rank intervals
  score PROJECT.gpkg [--hazard H]        rank the project&apos;s regions with its index models
  matrix --scenarios S.json [--json]     the BBK scenario risk matrix (likelihood x extent)

&apos;rrw-cli &lt;command&gt; --help&apos; describes a command.
&apos;--lang de|cs|en&apos; (or RRW_LANG) chooses the language of messages.</source>
        <translation type="vanished">Použití: rrw-cli [--version] [--help] &lt;příkaz&gt; [&lt;argumenty&gt;]

Resilient Region Workbench, verze bez grafického rozhraní.

příkazy:
  init PROJECT.gpkg [--force]            vytvořit projekt s dodávaným regionem
  import PROJECT.gpkg INPUT [volby]      importovat vektorový soubor jako novou vrstvu
  layers PROJECT.gpkg [--json]           vypsat vrstvy projektu
  info PROJECT.gpkg [--json]             verze schématu, vrstvy, územní jednotky podle úrovně
  render PROJECT.gpkg -o OUT.png|svg|pdf vykreslit mapu (výchozí mapu nebo zvolené vrstvy)
  index --values V.csv --model M.json    složený index rizika s intervaly pořadí
  score PROJECT.gpkg [--hazard H]        seřadit územní jednotky indexovými modely projektu
  matrix --scenarios S.json [--json]     matice rizik scénářů podle BBK (pravděpodobnost × rozsah)

&apos;rrw-cli &lt;příkaz&gt; --help&apos; popíše daný příkaz.
&apos;--lang de|cs|en&apos; (nebo RRW_LANG) volí jazyk hlášení.</translation>
    </message>
    <message>
        <source>usage: rrw-cli [--version] [--help] &lt;command&gt; [&lt;args&gt;]

Resilient Region Workbench, headless.

commands:
  init PROJECT.gpkg [--force]            create a project holding the bundled region
  import PROJECT.gpkg INPUT [options]    import a vector file as a new layer
  layers PROJECT.gpkg [--json]           list the project&apos;s layers
  info PROJECT.gpkg [--json]             schema version, layers, regions per level
  render PROJECT.gpkg -o OUT.png|svg|pdf draw a map (the default map, or chosen layers)
  index --values V.csv --model M.json    a composite risk index with rank intervals
  score PROJECT.gpkg [--hazard H]        rank the project&apos;s regions with its index models
  matrix --scenarios S.json [--json]     the BBK scenario risk matrix (likelihood x extent)
  swot suggest PROJECT.gpkg [--json]     propose SWOT strengths/weaknesses from indicators

&apos;rrw-cli &lt;command&gt; --help&apos; describes a command.
&apos;--lang de|cs|en&apos; (or RRW_LANG) chooses the language of messages.</source>
        <translation type="vanished">Použití: rrw-cli [--version] [--help] &lt;příkaz&gt; [&lt;argumenty&gt;]

Resilient Region Workbench, verze bez grafického rozhraní.

příkazy:
  init PROJECT.gpkg [--force]            vytvořit projekt s dodávaným regionem
  import PROJECT.gpkg INPUT [volby]      importovat vektorový soubor jako novou vrstvu
  layers PROJECT.gpkg [--json]           vypsat vrstvy projektu
  info PROJECT.gpkg [--json]             verze schématu, vrstvy, územní jednotky podle úrovně
  render PROJECT.gpkg -o OUT.png|svg|pdf vykreslit mapu (výchozí mapu nebo zvolené vrstvy)
  index --values V.csv --model M.json    složený index rizika s intervaly pořadí
  score PROJECT.gpkg [--hazard H]        seřadit územní jednotky indexovými modely projektu
  matrix --scenarios S.json [--json]     matice rizik scénářů podle BBK (pravděpodobnost × rozsah)
  swot suggest PROJECT.gpkg [--json]     navrhnout silné a slabé stránky SWOT z indikátorů

&apos;rrw-cli &lt;příkaz&gt; --help&apos; popíše daný příkaz.
&apos;--lang de|cs|en&apos; (nebo RRW_LANG) volí jazyk hlášení.</translation>
    </message>
    <message>
        <source>usage: rrw-cli [--version] [--help] &lt;command&gt; [&lt;args&gt;]

Resilient Region Workbench, headless.

commands:
  init PROJECT.gpkg [--force]            create a project holding the bundled region
  import PROJECT.gpkg INPUT [options]    import a vector file as a new layer
  layers PROJECT.gpkg [--json]           list the project&apos;s layers
  info PROJECT.gpkg [--json]             schema version, layers, regions per level
  render PROJECT.gpkg -o OUT.png|svg|pdf draw a map (the default map, or chosen layers)
  index --values V.csv --model M.json    a composite risk index with rank intervals
  score PROJECT.gpkg [--hazard H]        rank the project&apos;s regions with its index models
  matrix PROJECT.gpkg [--set ID ...]     the BBK scenario risk matrix (likelihood x extent)
  swot list|add|move|delete PROJECT.gpkg the SWOT register (per region or cross-border)
  swot suggest PROJECT.gpkg [--json]     propose SWOT strengths/weaknesses from indicators
  swot accept|reject PROJECT.gpkg ...    decide on a proposal (not proposed again)
  tows list|add|delete PROJECT.gpkg      TOWS strategies pairing SWOT items, with measures
  measures list PROJECT.gpkg             the project&apos;s measures

&apos;rrw-cli &lt;command&gt; --help&apos; describes a command.
&apos;--lang de|cs|en&apos; (or RRW_LANG) chooses the language of messages.</source>
        <translation type="vanished">Použití: rrw-cli [--version] [--help] &lt;příkaz&gt; [&lt;argumenty&gt;]

Resilient Region Workbench, verze bez grafického rozhraní.

příkazy:
  init PROJECT.gpkg [--force]            vytvořit projekt s dodávaným regionem
  import PROJECT.gpkg INPUT [volby]      importovat vektorový soubor jako novou vrstvu
  layers PROJECT.gpkg [--json]           vypsat vrstvy projektu
  info PROJECT.gpkg [--json]             verze schématu, vrstvy, územní jednotky podle úrovně
  render PROJECT.gpkg -o OUT.png|svg|pdf vykreslit mapu (výchozí mapu nebo zvolené vrstvy)
  index --values V.csv --model M.json    složený index rizika s intervaly pořadí
  score PROJECT.gpkg [--hazard H]        seřadit územní jednotky indexovými modely projektu
  matrix PROJECT.gpkg [--set ID ...]     matice rizik scénářů podle BBK (pravděpodobnost × rozsah)
  swot list|add|move|delete PROJECT.gpkg registr SWOT (pro územní jednotky nebo celé přeshraniční území)
  swot suggest PROJECT.gpkg [--json]     navrhnout silné a slabé stránky SWOT z indikátorů
  swot accept|reject PROJECT.gpkg ...    rozhodnout o návrhu (znovu se již nenavrhne)
  tows list|add|delete PROJECT.gpkg      strategie TOWS kombinující položky SWOT, s opatřeními
  measures list PROJECT.gpkg             opatření projektu

&apos;rrw-cli &lt;příkaz&gt; --help&apos; popíše daný příkaz.
&apos;--lang de|cs|en&apos; (nebo RRW_LANG) volí jazyk hlášení.</translation>
    </message>
    <message>
        <source>usage: rrw-cli [--version] [--help] &lt;command&gt; [&lt;args&gt;]

Resilient Region Workbench, headless.

commands:
  init PROJECT.gpkg [--force]            create a project holding the bundled region
  import PROJECT.gpkg INPUT [options]    import a vector file as a new layer
  layers PROJECT.gpkg [--json]           list the project&apos;s layers
  info PROJECT.gpkg [--json]             schema version, layers, regions per level
  render PROJECT.gpkg -o OUT.png|svg|pdf draw a map (the default map, or chosen layers)
  indicators list|import PROJECT.gpkg    the indicator catalog and values; import from CSV
  index --values V.csv --model M.json    a composite risk index with rank intervals
  score PROJECT.gpkg [--hazard H]        rank the project&apos;s regions with its index models
  matrix PROJECT.gpkg [--set ID ...]     the BBK scenario risk matrix (likelihood x extent)
  swot list|add|move|delete PROJECT.gpkg the SWOT register (per region or cross-border)
  swot suggest PROJECT.gpkg [--json]     propose SWOT strengths/weaknesses from indicators
  swot accept|reject PROJECT.gpkg ...    decide on a proposal (not proposed again)
  tows list|add|delete PROJECT.gpkg      TOWS strategies pairing SWOT items, with measures
  measures list PROJECT.gpkg             the project&apos;s measures

&apos;rrw-cli &lt;command&gt; --help&apos; describes a command.
&apos;--lang de|cs|en&apos; (or RRW_LANG) chooses the language of messages.</source>
        <translation type="vanished">Použití: rrw-cli [--version] [--help] &lt;příkaz&gt; [&lt;argumenty&gt;]

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

&apos;rrw-cli &lt;příkaz&gt; --help&apos; popíše daný příkaz.
&apos;--lang de|cs|en&apos; (nebo RRW_LANG) volí jazyk hlášení.</translation>
    </message>
    <message>
        <source>usage: rrw-cli [--version] [--help] &lt;command&gt; [&lt;args&gt;]

Resilient Region Workbench, headless.

commands:
  init PROJECT.gpkg [--force]            create a project holding the bundled region
  import PROJECT.gpkg INPUT [options]    import a vector file as a new layer
  layers PROJECT.gpkg [--json]           list the project&apos;s layers
  info PROJECT.gpkg [--json]             schema version, layers, regions per level
  render PROJECT.gpkg -o OUT.png|svg|pdf draw a map (the default map, or chosen layers)
  indicators list|import PROJECT.gpkg    the indicator catalog and values; import from CSV
  index --values V.csv --model M.json    a composite risk index with rank intervals
  score PROJECT.gpkg [--hazard H]        rank the project&apos;s regions with its index models
  matrix PROJECT.gpkg [--set ID ...]     the BBK scenario risk matrix (likelihood x extent)
  swot list|add|move|delete PROJECT.gpkg the SWOT register (per region or cross-border)
  swot suggest PROJECT.gpkg [--json]     propose SWOT strengths/weaknesses from indicators
  swot accept|reject PROJECT.gpkg ...    decide on a proposal (not proposed again)
  tows list|add|delete PROJECT.gpkg      TOWS strategies pairing SWOT items, with measures
  measures list PROJECT.gpkg             the project&apos;s measures
  iim --technical A.csv --output X.csv --perturbation C.csv
                                         inoperability input-output model (sectors)

&apos;rrw-cli &lt;command&gt; --help&apos; describes a command.
&apos;--lang de|cs|en&apos; (or RRW_LANG) chooses the language of messages.</source>
        <translation type="vanished">Použití: rrw-cli [--version] [--help] &lt;příkaz&gt; [&lt;argumenty&gt;]

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

&apos;rrw-cli &lt;příkaz&gt; --help&apos; popíše daný příkaz.
&apos;--lang de|cs|en&apos; (nebo RRW_LANG) volí jazyk hlášení.</translation>
    </message>
    <message>
        <source>usage: rrw-cli [--version] [--help] &lt;command&gt; [&lt;args&gt;]

Resilient Region Workbench, headless.

commands:
  init PROJECT.gpkg [--force]            create a project holding the bundled region
  import PROJECT.gpkg INPUT [options]    import a vector file as a new layer
  layers PROJECT.gpkg [--json]           list the project&apos;s layers
  info PROJECT.gpkg [--json]             schema version, layers, regions per level
  render PROJECT.gpkg -o OUT.png|svg|pdf draw a map (the default map, or chosen layers)
  indicators list|import PROJECT.gpkg    the indicator catalog and values; import from CSV
  index --values V.csv --model M.json    a composite risk index with rank intervals
  score PROJECT.gpkg [--hazard H]        rank the project&apos;s regions with its index models
  matrix PROJECT.gpkg [--set ID ...]     the BBK scenario risk matrix (likelihood x extent)
  swot list|add|move|delete PROJECT.gpkg the SWOT register (per region or cross-border)
  swot suggest PROJECT.gpkg [--json]     propose SWOT strengths/weaknesses from indicators
  swot accept|reject PROJECT.gpkg ...    decide on a proposal (not proposed again)
  tows list|add|delete PROJECT.gpkg      TOWS strategies pairing SWOT items, with measures
  measures list PROJECT.gpkg             the project&apos;s measures
  iim --technical A.csv --output X.csv --perturbation C.csv
                                         inoperability input-output model (sectors)
  supply simulate --firms F --links L --scenario S
                                         supply-chain disruption of firms, day by day

&apos;rrw-cli &lt;command&gt; --help&apos; describes a command.
&apos;--lang de|cs|en&apos; (or RRW_LANG) chooses the language of messages.</source>
        <translation type="vanished">Použití: rrw-cli [--version] [--help] &lt;příkaz&gt; [&lt;argumenty&gt;]

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

&apos;rrw-cli &lt;příkaz&gt; --help&apos; popíše daný příkaz.
&apos;--lang de|cs|en&apos; (nebo RRW_LANG) volí jazyk hlášení.</translation>
    </message>
    <message>
        <source>usage: rrw-cli [--version] [--help] &lt;command&gt; [&lt;args&gt;]

Resilient Region Workbench, headless.

commands:
  init PROJECT.gpkg [--force]            create a project holding the bundled region
  import PROJECT.gpkg INPUT [options]    import a vector file as a new layer
  layers PROJECT.gpkg [--json]           list the project&apos;s layers
  info PROJECT.gpkg [--json]             schema version, layers, regions per level
  render PROJECT.gpkg -o OUT.png|svg|pdf draw a map (the default map, or chosen layers)
  indicators list|import PROJECT.gpkg    the indicator catalog and values; import from CSV
  index --values V.csv --model M.json    a composite risk index with rank intervals
  score PROJECT.gpkg [--hazard H]        rank the project&apos;s regions with its index models
  matrix PROJECT.gpkg [--set ID ...]     the BBK scenario risk matrix (likelihood x extent)
  swot list|add|move|delete PROJECT.gpkg the SWOT register (per region or cross-border)
  swot suggest PROJECT.gpkg [--json]     propose SWOT strengths/weaknesses from indicators
  swot accept|reject PROJECT.gpkg ...    decide on a proposal (not proposed again)
  tows list|add|delete PROJECT.gpkg      TOWS strategies pairing SWOT items, with measures
  measures list PROJECT.gpkg             the project&apos;s measures
  iim --technical A.csv --output X.csv --perturbation C.csv
                                         inoperability input-output model (sectors)
  supply simulate --firms F --links L --scenario S
                                         supply-chain disruption of firms, day by day
  supply import PROJECT.gpkg --firms F --links L
                                         store a firm network in the project
  scenario save|list|runs|run|compare|delete PROJECT.gpkg ...
                                         versioned scenarios, stored runs, comparisons

&apos;rrw-cli &lt;command&gt; --help&apos; describes a command.
&apos;--lang de|cs|en&apos; (or RRW_LANG) chooses the language of messages.</source>
        <translation type="vanished">Použití: rrw-cli [--version] [--help] &lt;příkaz&gt; [&lt;argumenty&gt;]

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

&apos;rrw-cli &lt;příkaz&gt; --help&apos; popíše daný příkaz.
&apos;--lang de|cs|en&apos; (nebo RRW_LANG) volí jazyk hlášení.</translation>
    </message>
    <message>
        <source>usage: rrw-cli [--version] [--help] &lt;command&gt; [&lt;args&gt;]

Resilient Region Workbench, headless.

commands:
  init PROJECT.gpkg [--force]            create a project holding the bundled region
  import PROJECT.gpkg INPUT [options]    import a vector file as a new layer
  layers PROJECT.gpkg [--json]           list the project&apos;s layers
  info PROJECT.gpkg [--json]             schema version, layers, regions per level
  render PROJECT.gpkg -o OUT.png|svg|pdf draw a map (the default map, or chosen layers)
  indicators list|import PROJECT.gpkg    the indicator catalog and values; import from CSV
  index --values V.csv --model M.json    a composite risk index with rank intervals
  score PROJECT.gpkg [--hazard H]        rank the project&apos;s regions with its index models
  matrix PROJECT.gpkg [--set ID ...]     the BBK scenario risk matrix (likelihood x extent)
  swot list|add|move|delete PROJECT.gpkg the SWOT register (per region or cross-border)
  swot suggest PROJECT.gpkg [--json]     propose SWOT strengths/weaknesses from indicators
  swot accept|reject PROJECT.gpkg ...    decide on a proposal (not proposed again)
  tows list|add|delete PROJECT.gpkg      TOWS strategies pairing SWOT items, with measures
  measures list PROJECT.gpkg             the project&apos;s measures
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

&apos;rrw-cli &lt;command&gt; --help&apos; describes a command.
&apos;--lang de|cs|en&apos; (or RRW_LANG) chooses the language of messages.</source>
        <translation type="vanished">Použití: rrw-cli [--version] [--help] &lt;příkaz&gt; [&lt;argumenty&gt;]

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

&apos;rrw-cli &lt;příkaz&gt; --help&apos; popíše daný příkaz.
&apos;--lang de|cs|en&apos; (nebo RRW_LANG) volí jazyk hlášení.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="32"/>
        <source>usage: rrw-cli [--version] [--help] &lt;command&gt; [&lt;args&gt;]

Resilient Region Workbench, headless.

commands:
  init PROJECT.gpkg [--force]            create a project holding the bundled region
  import PROJECT.gpkg INPUT [options]    import a vector file as a new layer
  layers PROJECT.gpkg [--json]           list the project&apos;s layers
  info PROJECT.gpkg [--json]             schema version, layers, regions per level
  render PROJECT.gpkg -o OUT.png|svg|pdf draw a map (the default map, or chosen layers)
  indicators list|import PROJECT.gpkg    the indicator catalog and values; import from CSV
  index --values V.csv --model M.json    a composite risk index with rank intervals
  score PROJECT.gpkg [--hazard H]        rank the project&apos;s regions with its index models
  matrix PROJECT.gpkg [--set ID ...]     the BBK scenario risk matrix (likelihood x extent)
  swot list|add|move|delete PROJECT.gpkg the SWOT register (per region or cross-border)
  swot suggest PROJECT.gpkg [--json]     propose SWOT strengths/weaknesses from indicators
  swot accept|reject PROJECT.gpkg ...    decide on a proposal (not proposed again)
  tows list|add|delete PROJECT.gpkg      TOWS strategies pairing SWOT items, with measures
  measures list|set PROJECT.gpkg         the measures register (owner, status, review, links)
  actors list|add|set|delete PROJECT.gpkg
                                         partner organisations and their roles
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

&apos;rrw-cli &lt;command&gt; --help&apos; describes a command.
&apos;--lang de|cs|en&apos; (or RRW_LANG) chooses the language of messages.</source>
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
  measures list|set PROJECT.gpkg         registr opatření (gestor, stav, termín přezkumu, vazby)
  actors list|add|set|delete PROJECT.gpkg
                                         partnerské organizace a jejich role
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

&apos;rrw-cli &lt;příkaz&gt; --help&apos; popíše daný příkaz.
&apos;--lang de|cs|en&apos; (nebo RRW_LANG) volí jazyk hlášení.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="143"/>
        <source>error: unknown command &apos;{1}&apos; (see rrw-cli --help)</source>
        <translation>chyba: neznámý příkaz &apos;{1}&apos; (viz rrw-cli --help)</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="159"/>
        <source>error: {1} (see rrw-cli {2} --help)</source>
        <translation>chyba: {1} (viz rrw-cli {2} --help)</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="165"/>
        <source>error: {1}</source>
        <translation>chyba: {1}</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="171"/>
        <source>internal error: {1}</source>
        <translation>vnitřní chyba: {1}</translation>
    </message>
    <message>
        <location filename="../src/geo/crs.cpp" line="35"/>
        <source>unknown coordinate reference system EPSG:{1}</source>
        <translation>neznámý souřadnicový referenční systém EPSG:{1}</translation>
    </message>
    <message>
        <location filename="../src/geo/crs.cpp" line="48"/>
        <source>{1}: the coordinate reference system &apos;{2}&apos; is not known (use e.g. EPSG:5514 for S-JTSK, EPSG:25833 for UTM 33N)</source>
        <translation>{1}: souřadnicový referenční systém &apos;{2}&apos; není znám (použijte např. EPSG:5514 pro S-JTSK, EPSG:25833 pro UTM 33N)</translation>
    </message>
    <message>
        <location filename="../src/geo/csv_layout.cpp" line="117"/>
        <source>{1}: cannot open the file</source>
        <translation>{1}: soubor nelze otevřít</translation>
    </message>
    <message>
        <location filename="../src/geo/csv_layout.cpp" line="138"/>
        <source>{1}: row 1 (header) is longer than {2} bytes; rrw reads header rows of up to {2} bytes</source>
        <translation>{1}: řádek 1 (záhlaví) je delší než {2} bajtů; rrw načítá řádky záhlaví o délce nejvýše {2} bajtů</translation>
    </message>
    <message>
        <location filename="../src/geo/csv_layout.cpp" line="155"/>
        <source>{1}: row 1 (header) has {2} columns; at most {3} attribute fields are supported</source>
        <translation>{1}: řádek 1 (záhlaví) má příliš mnoho sloupců ({2}); podporováno je nejvýše {3} atributových polí</translation>
    </message>
    <message>
        <location filename="../src/geo/csv_layout.cpp" line="175"/>
        <source>{1}: the file is empty or has no header row</source>
        <translation>{1}: soubor je prázdný nebo nemá řádek záhlaví</translation>
    </message>
    <message>
        <location filename="../src/geo/csv_layout.cpp" line="183"/>
        <source>{1}: row 1 (header): the text is not UTF-8; give the file&apos;s encoding with --encoding (e.g. CP1250, ISO-8859-2, CP1252)</source>
        <translation>{1}: řádek 1 (záhlaví): text není v kódování UTF-8; zadejte kódování souboru pomocí --encoding (např. CP1250, ISO-8859-2, CP1252)</translation>
    </message>
    <message>
        <location filename="../src/geo/field_mapper.cpp" line="47"/>
        <source>{1}: the layer has {2} attribute fields; at most {3} are supported</source>
        <translation>{1}: vrstva má příliš mnoho atributových polí ({2}); podporováno je nejvýše {3}</translation>
    </message>
    <message>
        <source>{1}: cannot create field &apos;{2}&apos; in the store</source>
        <translation type="vanished">{1}: pole &apos;{2}&apos; nelze v projektu vytvořit</translation>
    </message>
    <message>
        <location filename="../src/geo/field_mapper.cpp" line="112"/>
        <source>{1}: cannot create field &apos;{2}&apos; in the project</source>
        <translation>{1}: pole &apos;{2}&apos; nelze v projektu vytvořit</translation>
    </message>
    <message>
        <location filename="../src/geo/field_mapper.cpp" line="126"/>
        <source>{1}: a field name is not UTF-8 text; give the file&apos;s encoding with --encoding (e.g. CP1250, ISO-8859-2)</source>
        <translation>{1}: název pole není text v kódování UTF-8; zadejte kódování souboru pomocí --encoding (např. CP1250, ISO-8859-2)</translation>
    </message>
    <message>
        <location filename="../src/geo/field_mapper.cpp" line="132"/>
        <source>{1}: feature {2}, field &apos;{3}&apos;: the text is not UTF-8; give the file&apos;s encoding with --encoding (Czech data is often CP1250 or ISO-8859-2)</source>
        <translation>{1}: prvek {2}, pole &apos;{3}&apos;: text není v kódování UTF-8; zadejte kódování souboru pomocí --encoding (česká data bývají v CP1250 nebo ISO-8859-2)</translation>
    </message>
    <message>
        <location filename="../src/geo/geometry_check.cpp" line="42"/>
        <source>ring was not closed</source>
        <translation>prstenec nebyl uzavřen</translation>
    </message>
    <message>
        <location filename="../src/geo/geometry_check.cpp" line="46"/>
        <source>polygon ring has fewer than 4 points</source>
        <translation>prstenec polygonu má méně než 4 body</translation>
    </message>
    <message>
        <location filename="../src/geo/geometry_check.cpp" line="51"/>
        <source>hole with fewer than 4 points removed</source>
        <translation>odstraněn otvor s méně než 4 body</translation>
    </message>
    <message>
        <location filename="../src/geo/geometry_check.cpp" line="75"/>
        <source>line has fewer than 2 points</source>
        <translation>linie má méně než 2 body</translation>
    </message>
    <message>
        <location filename="../src/geo/geometry_check.cpp" line="140"/>
        <source>GEOS cannot read the geometry</source>
        <translation>GEOS nedokáže geometrii načíst</translation>
    </message>
    <message>
        <location filename="../src/geo/geometry_check.cpp" line="153"/>
        <source>invalid geometry ({1})</source>
        <translation>neplatná geometrie ({1})</translation>
    </message>
    <message>
        <location filename="../src/geo/geometry_check.cpp" line="164"/>
        <source>invalid geometry ({1}) with nothing valid left after repair</source>
        <translation>neplatná geometrie ({1}), po opravě z ní nic platného nezbylo</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="30"/>
        <source>{1}: not a readable GeoPackage project ({2})</source>
        <translation>{1}: není čitelný projekt GeoPackage ({2})</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="39"/>
        <source>{1}: the project is in use by another program; try again when it has finished</source>
        <translation>{1}: projekt právě používá jiný program; zkuste to znovu, až skončí</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="48"/>
        <source>{1}: the project is in use by {2}; try again when it has finished</source>
        <translation>{1}: projekt právě používá {2}; zkuste to znovu, až skončí</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="83"/>
        <source>{1}: GDAL gave no SQLite connection for the project</source>
        <translation>{1}: GDAL neposkytl pro projekt připojení SQLite</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="95"/>
        <source>{1}: cannot configure the project database ({2})</source>
        <translation>{1}: databázi projektu nelze nastavit ({2})</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="132"/>
        <source>{1}: cannot create the project file ({2})</source>
        <translation>{1}: soubor projektu nelze vytvořit ({2})</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="142"/>
        <source>{1}: project file not found</source>
        <translation>{1}: soubor projektu nebyl nalezen</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="167"/>
        <source>{1}: a transaction is already open</source>
        <translation>{1}: transakce je již otevřena</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="174"/>
        <location filename="../src/geo/geopackage.cpp" line="195"/>
        <source>{1}: cannot start a transaction ({2}); is the project in use by another program?</source>
        <translation>{1}: transakci nelze zahájit ({2}); nepoužívá projekt jiný program?</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="214"/>
        <source>{1}: cannot save the changes ({2})</source>
        <translation>{1}: změny nelze uložit ({2})</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="187"/>
        <source>the file declares {1}; using {2} as given with --source-crs</source>
        <translation>soubor uvádí {1}; použije se {2} zadaný pomocí --source-crs</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="195"/>
        <source>{1}: the file&apos;s coordinate reference system cannot be read ({2}); name it with --source-crs</source>
        <translation>{1}: souřadnicový referenční systém souboru nelze načíst ({2}); zadejte ho pomocí --source-crs</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="209"/>
        <source>{1}: the data has no coordinate reference system; name it with --source-crs (e.g. EPSG:5514 for S-JTSK, EPSG:25833 for UTM 33N, EPSG:31468 for Gauss-Krüger zone 4)</source>
        <translation>{1}: data nemají souřadnicový referenční systém; zadejte ho pomocí --source-crs (např. EPSG:5514 pro S-JTSK, EPSG:25833 pro UTM 33N, EPSG:31468 pro Gauss-Krüger, pásmo 4)</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="222"/>
        <source>{1}: no transformation from {2} to EPSG:3035 ({3})</source>
        <translation>{1}: neexistuje transformace z {2} do EPSG:3035 ({3})</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="248"/>
        <source>no value in column &apos;{1}&apos;</source>
        <translation>ve sloupci &apos;{1}&apos; chybí hodnota</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="249"/>
        <source>&apos;{1}&apos; in column &apos;{2}&apos; is not a number</source>
        <translation>&apos;{1}&apos; ve sloupci &apos;{2}&apos; není číslo</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="278"/>
        <source>the WKT geometry text cannot be read</source>
        <translation>text geometrie WKT nelze načíst</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="286"/>
        <location filename="../src/geo/importer.cpp" line="301"/>
        <source>coordinates are not finite numbers</source>
        <translation>souřadnice nejsou konečná čísla</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="310"/>
        <source>coordinates ({1}, {2}) lie outside the area where {3} is defined</source>
        <translation>souřadnice ({1}, {2}) leží mimo oblast platnosti {3}</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="318"/>
        <source>coordinates cannot be transformed to EPSG:3035</source>
        <translation>souřadnice nelze transformovat do EPSG:3035</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="364"/>
        <source>the layer mixes geometry types; stored as one GEOMETRY layer</source>
        <translation>vrstva obsahuje různé typy geometrie; uložena jako jedna vrstva typu GEOMETRY</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="380"/>
        <source>{1}: cannot create layer &apos;{2}&apos; in the project ({3})</source>
        <translation>{1}: vrstvu &apos;{2}&apos; nelze v projektu vytvořit ({3})</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="416"/>
        <source>{1}: feature {2} could not be written to the project ({3})</source>
        <translation>{1}: prvek {2} se nepodařilo zapsat do projektu ({3})</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="427"/>
        <source>{1}: reading stopped early (features read: {2}; {3})</source>
        <translation>{1}: čtení bylo předčasně přerušeno (načtené prvky: {2}; {3})</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="436"/>
        <source>{1}: no feature could be imported (features read: {2}; first rejected: feature {3}, {4})</source>
        <translation>{1}: žádný prvek nelze importovat (načtené prvky: {2}; první odmítnutý: prvek {3}, {4})</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="448"/>
        <source>features without geometry: {1}</source>
        <translation>počet prvků bez geometrie: {1}</translation>
    </message>
    <message>
        <source>{1}: reading stopped after {2} features ({3})</source>
        <translation type="vanished">{1}: čtení bylo přerušeno, počet načtených prvků: {2} ({3})</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="431"/>
        <source>{1}: the layer has no features</source>
        <translation>{1}: vrstva neobsahuje žádné prvky</translation>
    </message>
    <message>
        <source>{1}: none of the {2} features could be imported (feature {3}: {4})</source>
        <translation type="vanished">{1}: žádný z prvků (celkem {2}) nelze importovat (prvek {3}: {4})</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="444"/>
        <source>{1}: cannot finish layer &apos;{2}&apos; ({3})</source>
        <translation>{1}: vrstvu &apos;{2}&apos; nelze dokončit ({3})</translation>
    </message>
    <message>
        <source>{1} features have no geometry</source>
        <translation type="vanished">počet prvků bez geometrie: {1}</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="460"/>
        <source>the data lies outside Europe; check the CRS and whether latitude and longitude are swapped</source>
        <translation>data leží mimo Evropu; zkontrolujte souřadnicový referenční systém a zda nejsou prohozeny zeměpisná šířka a délka</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="475"/>
        <source>no datum transformation is available for {1}; positions may be off by 100 m or more</source>
        <translation>pro {1} není k dispozici transformace datumu; polohy se mohou odchylovat o 100 m i více</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="503"/>
        <source>the layer name is empty</source>
        <translation>název vrstvy je prázdný</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="506"/>
        <source>the layer name is longer than 200 characters</source>
        <translation>název vrstvy je delší než 200 znaků</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="509"/>
        <source>the layer name &apos;{1}&apos; is not UTF-8 text</source>
        <translation>název vrstvy &apos;{1}&apos; není text v kódování UTF-8</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="513"/>
        <source>the layer name &apos;{1}&apos; starts with &apos;{2}&apos;; a layer name cannot start with a punctuation character other than &apos;_&apos;</source>
        <translation>název vrstvy &apos;{1}&apos; začíná znakem &apos;{2}&apos;; název vrstvy nesmí začínat jiným interpunkčním znakem než &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="525"/>
        <source>the layer name &apos;{1}&apos; is reserved for the project&apos;s own tables</source>
        <translation>název vrstvy &apos;{1}&apos; je vyhrazen pro vlastní tabulky projektu</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="532"/>
        <source>a layer named &apos;{1}&apos; already exists in the project</source>
        <translation>vrstva s názvem &apos;{1}&apos; již v projektu existuje</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="75"/>
        <source>{1}: feature {2} has {3} vertices; rrw reads at most {4} vertices in one feature</source>
        <translation>{1}: prvek {2} má příliš mnoho vrcholů ({3}); rrw načte v jednom prvku nejvýše {4} vrcholů</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="83"/>
        <source>{1}: the layer has more than {2} vertices; rrw reads at most {2} vertices in one layer</source>
        <translation>{1}: vrstva má více než {2} vrcholů; rrw načte v jedné vrstvě nejvýše {2} vrcholů</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="95"/>
        <location filename="../src/geo/input_source.cpp" line="103"/>
        <source>{1}: not a readable ZIP archive</source>
        <translation>{1}: není čitelný archiv ZIP</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="99"/>
        <source>{1}: the archive holds {2} entries; rrw reads archives of up to {3} entries</source>
        <translation>{1}: archiv obsahuje příliš mnoho položek ({2}); rrw načítá archivy s nejvýše {3} položkami</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="108"/>
        <location filename="../src/geo/input_source.cpp" line="96"/>
        <location filename="../src/geo/input_source.cpp" line="127"/>
        <source>{1}: archive member &apos;{2}&apos; points outside the archive; refusing it</source>
        <translation>{1}: položka archivu &apos;{2}&apos; odkazuje mimo archiv; byla odmítnuta</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="115"/>
        <source>{1}: archive member &apos;{2}&apos; unpacks from {3} MB to {4} MB, more than {5} times its size; refusing a possible zip bomb</source>
        <translation>{1}: položka archivu &apos;{2}&apos; se při rozbalení zvětší z {3} MB na {4} MB, tedy na více než {5}násobek své velikosti; byla odmítnuta jako možná zip bomba</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="124"/>
        <source>{1}: the archive unpacks to more than {2} MB; rrw reads archives of up to {2} MB</source>
        <translation>{1}: archiv má po rozbalení více než {2} MB; rrw načítá archivy o velikosti po rozbalení nejvýše {2} MB</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="144"/>
        <source>{1}: the .dbf declares {2} attribute fields; at most {3} are supported</source>
        <translation>{1}: soubor .dbf uvádí příliš mnoho atributových polí ({2}); podporováno je nejvýše {3}</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="152"/>
        <source>{1}: the .dbf declares {2} records of {3} bytes, but the file holds only {4} bytes; it is damaged or truncated</source>
        <translation>{1}: soubor .dbf uvádí {2} záznamů o délce {3} bajtů, soubor však obsahuje jen {4} bajtů; je poškozený nebo zkrácený</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="200"/>
        <source>{1}: the KML file has {2} MB; KML is read whole, rrw reads it up to {3} MB (save larger data as a GeoPackage)</source>
        <translation>{1}: soubor KML má {2} MB; KML se načítá celý najednou, rrw ho načte do velikosti {3} MB (větší data uložte jako GeoPackage)</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="210"/>
        <source>{1}: a line is longer than {2} bytes, the most rrw reads in one CSV line (save large geometries as a GeoPackage or a shapefile)</source>
        <translation>{1}: řádek je delší než {2} bajtů, což je nejvíc, co rrw v jednom řádku CSV načte (velké geometrie uložte jako GeoPackage nebo shapefile)</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="217"/>
        <source>{1}: a GeoJSON feature is larger than rrw reads ({2} MB once parsed); save large geometries as a GeoPackage or a shapefile</source>
        <translation>{1}: prvek GeoJSON je větší, než kolik rrw načte ({2} MB po zpracování); velké geometrie uložte jako GeoPackage nebo shapefile</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="133"/>
        <source>{1}: the archive holds no shapefile or other vector file</source>
        <translation>{1}: archiv neobsahuje shapefile ani jiný vektorový soubor</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="150"/>
        <source>{1}: the archive holds several vector files ({2}); choose one with --source-layer</source>
        <translation>{1}: archiv obsahuje více vektorových souborů ({2}); vyberte jeden pomocí --source-layer</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="203"/>
        <source>{1}: the shapefile&apos;s index file (.shx) is missing</source>
        <translation>{1}: chybí indexový soubor (.shx) shapefilu</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="214"/>
        <source>the shapefile has no .dbf: geometries imported without attributes</source>
        <translation>shapefile nemá soubor .dbf: geometrie importovány bez atributů</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="231"/>
        <source>{1}: the .shp holds {2} shapes but the .dbf {3} attribute records; the shapefile is incomplete</source>
        <translation>{1}: počet geometrií v .shp ({2}) neodpovídá počtu atributových záznamů v .dbf ({3}); shapefile je neúplný</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="282"/>
        <source>{1}: network sources are not read: network access is off (allow it with rrw-cli import --allow-network or RRW_ALLOW_NETWORK=1)</source>
        <translation>{1}: síťové zdroje se nenačítají: přístup k síti je vypnut (povolte jej pomocí rrw-cli import --allow-network nebo RRW_ALLOW_NETWORK=1)</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="290"/>
        <source>{1}: remote or virtual sources are not read (network access is off)</source>
        <translation>{1}: vzdálené ani virtuální zdroje se nenačítají (přístup k síti je vypnut)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_render.cpp" line="20"/>
        <source>usage: rrw-cli render PROJECT.gpkg [--layer L ...] [--style FILE.json] [--lang de|cs|en|de+cs]
                      [--size WxH] [--dpi N] [--no-labels] [--json] -o OUT.png|svg|pdf

Draws a map of the project with legend, scale bar, north arrow and the attribution of its data
sources. Without --layer it draws the project&apos;s default map; with --layer only those layers,
each with its style from --style or a plain one. PNG is raster; SVG and PDF keep vectors.

  --layer L       a layer to draw (repeat for several; bottom first)
  --style FILE    a map or layer style (JSON, see docs/STYLES.md)
  --lang LANG     language of labels and legend: de, cs, en or de+cs (default: de)
  --size WxH      size in pixels (default 1600x1000)
  --dpi N         resolution for symbol and text sizes (default 96; 300 for print)
  --no-labels     draw no labels
  --json          print what was drawn and how long it took
  -o FILE         the output file; the extension decides the format</source>
        <translation>Použití: rrw-cli render PROJECT.gpkg [--layer L ...] [--style FILE.json] [--lang de|cs|en|de+cs]
                        [--size WxH] [--dpi N] [--no-labels] [--json] -o OUT.png|svg|pdf

Vykreslí mapu projektu s legendou, měřítkem, šipkou severu a uvedením zdrojů dat. Bez --layer
vykreslí výchozí mapu projektu, s --layer pouze uvedené vrstvy, každou s jejím stylem z --style,
nebo s jednoduchým stylem. PNG je rastrový formát; SVG a PDF zachovávají vektory.

  --layer L       vrstva k vykreslení (lze opakovat pro více vrstev; první je nejspodnější)
  --style FILE    styl mapy nebo vrstvy (JSON, viz docs/STYLES.md)
  --lang LANG     jazyk popisků a legendy: de, cs, en nebo de+cs (výchozí: de)
  --size WxH      velikost v pixelech (výchozí: 1600x1000)
  --dpi N         rozlišení pro velikost symbolů a textu (výchozí: 96; pro tisk 300)
  --no-labels     nevykreslovat popisky
  --json          vypsat, co bylo vykresleno a jak dlouho to trvalo
  -o FILE         výstupní soubor; formát určuje jeho přípona</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_render.cpp" line="47"/>
        <source>--size must look like 1920x1080, not &apos;{1}&apos;</source>
        <translation>volba --size musí mít tvar 1920x1080, nikoli &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_index.cpp" line="21"/>
        <source>usage: rrw-cli index --values VALUES.csv --model MODEL.json [--samples N --seed S] [--json]

Computes a composite risk index (OECD/JRC Handbook; INFORM method): normalisation, weights and
arithmetic or geometric aggregation per group and at the top; rank 1 = highest risk. With
--samples, a Monte Carlo over weights, normalisation, missing-data treatment and aggregation gives
each region a 5-95 % rank interval and first-order sensitivity indices.

  --values FILE   CSV with the columns region,indicator,value (more columns allowed)
  --model FILE    the index model (JSON; see docs/methods/composite_index.md)
  --samples N     Monte Carlo samples (e.g. 1000)
  --seed S        seed of the Monte Carlo (default 1; the same seed gives the same result)
  --json          machine-readable result</source>
        <translation>Použití: rrw-cli index --values VALUES.csv --model MODEL.json [--samples N --seed S] [--json]

Vypočte složený index rizika (příručka OECD/JRC; metoda INFORM): normalizace, vážení a aritmetická
nebo geometrická agregace v každé skupině i na nejvyšší úrovni; pořadí 1 = nejvyšší riziko.
S volbou --samples dá simulace Monte Carlo přes váhy, normalizaci, zacházení s chybějícími
hodnotami a agregaci každému regionu interval pořadí 5-95 % a indexy citlivosti prvního řádu.

  --values FILE   CSV se sloupci region,indicator,value (další sloupce jsou povoleny)
  --model FILE    model indexu (JSON; viz docs/methods/composite_index.md)
  --samples N     počet vzorků Monte Carlo (např. 1000)
  --seed S        počáteční hodnota (seed) simulace Monte Carlo (výchozí 1; stejná počáteční
                  hodnota dává stejný výsledek)
  --json          strojově čitelný výsledek</translation>
    </message>
    <message>
        <source>usage: rrw-cli supply simulate [options]

Supply-chain disruption analysis of firms in the region.

subcommands:
  simulate  day-by-day simulation of a scenario on a firm network

&apos;rrw-cli supply simulate --help&apos; describes the options.</source>
        <translation type="vanished">Použití: rrw-cli supply simulate [volby]

Analýza narušení dodavatelských řetězců podniků v regionu.

podpříkazy:
  simulate  simulace scénáře na síti podniků den po dni

&apos;rrw-cli supply simulate --help&apos; popíše volby.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_supply.cpp" line="36"/>
        <source>usage: rrw-cli supply simulate --firms FIRMS.csv --links LINKS.csv --scenario SCENARIO.json [options]

Simulates the firms of the network day by day under the hazards of the scenario (border
closure, Far-East interruption, energy-price shock, pandemic), with its measures in place:
deliveries delayed by their lead times, inventories, substitution after the switch days,
labour without the cross-border commuters a closure stops (docs/methods/supply_simulation.md).
Reports production losses (output value and person-days), jobs at risk, time-to-survive and
time-to-recover per municipality, Kreis/okres, NACE section and country, the critical
suppliers, the single-source dependencies and the benefit/cost ratio of every measure.

  --firms FILE        firms: id,name,municipality,region,nace,employees,commuter_share,
                      daily_output[,energy_intensity][,country][,x,y]
  --links FILE        links: supplier,customer,input_share,lead_time,inventory_days,
                      substitutable_share,switch_days[,crossing][,input]
                      (external suppliers: east_asia, rest_de, rest_cz, rest_eu)
  --scenario FILE     the scenario (JSON; docs/SUPPLY.md)
  --crossings FILE    border crossings: id,freight,commuters[,name]
  --days N            days to simulate (default: the scenario&apos;s)
  --critical N        try the N firms with the largest output as critical suppliers
                      (default 10; the external nodes are always tried; -1 = none)
  --critical-days N   days a critical-supplier candidate fails (default: the whole run)
  --single-source S   smallest input share listed as a single-source dependency (default 0.1)
  --series            add every firm with its daily production to the JSON
  --json              machine-readable result</source>
        <translation>Použití: rrw-cli supply simulate --firms FIRMS.csv --links LINKS.csv --scenario SCENARIO.json [volby]

Simuluje podniky sítě den po dni při hrozbách daného scénáře (uzavření hranic, přerušení
dodávek z Dálného východu, cenový šok energií, pandemie) a s uplatněním jeho opatření: dodávky
zpožděné o dodací lhůty, zásoby, náhrada po uplynutí dnů na přechod, pracovní síla bez
přeshraničních pracovníků (pendlerů), které uzavření hranic zastaví
(docs/methods/supply_simulation.md). Vykazuje výpadky produkce (hodnota produkce a člověkodny),
ohrožená pracovní místa, dobu přežití (time-to-survive) a dobu zotavení (time-to-recover)
podle obcí, zemských okresů/okresů, sekcí NACE a zemí, dále kritické dodavatele, závislosti
na jediném dodavateli a poměr přínosů a nákladů každého opatření.

  --firms FILE        podniky: id,name,municipality,region,nace,employees,commuter_share,
                      daily_output[,energy_intensity][,country][,x,y]
  --links FILE        dodavatelské vazby: supplier,customer,input_share,lead_time,
                      inventory_days,substitutable_share,switch_days[,crossing][,input]
                      (externí dodavatelé: east_asia, rest_de, rest_cz, rest_eu)
  --scenario FILE     scénář (JSON; docs/SUPPLY.md)
  --crossings FILE    hraniční přechody: id,freight,commuters[,name]
  --days N            počet simulovaných dní (výchozí: hodnota ze scénáře)
  --critical N        vyzkoušet N podniků s největší produkcí jako kritické dodavatele
                      (výchozí 10; externí uzly se zkoušejí vždy; -1 = žádné)
  --critical-days N   počet dní, po které kandidát na kritického dodavatele vypadne
                      (výchozí: celý běh)
  --single-source S   nejmenší podíl vstupu, který se uvede jako závislost na jediném
                      dodavateli (výchozí 0.1)
  --series            přidat do JSON každý podnik s jeho denní produkcí
  --json              strojově čitelný výsledek</translation>
    </message>
    <message>
        <location filename="../src/store/supply_rows.cpp" line="58"/>
        <source>{1}: the column &apos;{2}&apos; is missing (expected {3})</source>
        <translation>{1}: chybí sloupec &apos;{2}&apos; (očekáváno: {3})</translation>
    </message>
    <message>
        <location filename="../src/store/supply_rows.cpp" line="62"/>
        <source>{1}, layer {2}: the column &apos;{3}&apos; is missing (expected {4})</source>
        <translation>{1}, vrstva {2}: chybí sloupec &apos;{3}&apos; (očekáváno: {4})</translation>
    </message>
    <message>
        <location filename="../src/store/supply_rows.cpp" line="99"/>
        <source>{1}, layer {2}, feature {3}: column &apos;{4}&apos; is empty</source>
        <translation>{1}, vrstva {2}, prvek {3}: sloupec &apos;{4}&apos; je prázdný</translation>
    </message>
    <message>
        <location filename="../src/store/supply_rows.cpp" line="121"/>
        <source>{1}, layer {2}, feature {3}: column &apos;{4}&apos;: &apos;{5}&apos; is not a number</source>
        <translation>{1}, vrstva {2}, prvek {3}: sloupec &apos;{4}&apos;: &apos;{5}&apos; není číslo</translation>
    </message>
    <message>
        <location filename="../src/store/supply_rows.cpp" line="155"/>
        <source>{1}, layer {2}, feature {3}: column &apos;{4}&apos;: &apos;{5}&apos; is not yes or no</source>
        <translation>{1}, vrstva {2}, prvek {3}: sloupec &apos;{4}&apos;: &apos;{5}&apos; není ano ani ne (yes/no)</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="99"/>
        <location filename="../src/core/json_file.cpp" line="12"/>
        <location filename="../src/geo/geopackage_reader.cpp" line="111"/>
        <location filename="../src/geo/input_source.cpp" line="299"/>
        <location filename="../src/geo/input_source.cpp" line="303"/>
        <location filename="../src/geo/table_reader.cpp" line="16"/>
        <location filename="../src/store/supply_tables.cpp" line="17"/>
        <source>{1}: file not found</source>
        <translation>{1}: soubor nebyl nalezen</translation>
    </message>
    <message>
        <location filename="../src/store/supply_rows.cpp" line="152"/>
        <source>{1}: row {2}, column &apos;{3}&apos;: &apos;{4}&apos; is not yes or no</source>
        <translation>{1}: řádek {2}, sloupec &apos;{3}&apos;: &apos;{4}&apos; není ano ani ne (yes/no)</translation>
    </message>
    <message>
        <location filename="../src/cli/args.cpp" line="69"/>
        <source>--{1} must be a whole number from {2} to {3}</source>
        <translation>--{1} musí být celé číslo od {2} do {3}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_supply.cpp" line="75"/>
        <source>Scenario {1} (version {2}), {3} days, hash {4}</source>
        <translation>Scénář {1} (verze {2}), počet dní: {3}, hash {4}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_supply.cpp" line="79"/>
        <source>Firms: {1}, links: {2}</source>
        <translation>Podniky: {1}, dodavatelské vazby: {2}</translation>
    </message>
    <message>
        <source>usage: rrw-cli supply import PROJECT.gpkg --firms FIRMS.csv --links LINKS.csv [--crossings C.csv] [--json]

Checks the network files (the same as for &apos;supply simulate&apos;; docs/SUPPLY.md) and stores them
in the project, replacing its supply network. Nothing is written when a file has an error.
Stored runs keep the digest of the network they ran on.

  --firms FILE       firms (required)
  --links FILE       supplier-customer links (required)
  --crossings FILE   border crossings and their freight and commuter roles
  --json             machine-readable summary</source>
        <translation type="vanished">Použití: rrw-cli supply import PROJECT.gpkg --firms FIRMS.csv --links LINKS.csv [--crossings C.csv] [--json]

Zkontroluje soubory sítě (stejně jako u &apos;supply simulate&apos;; docs/SUPPLY.md) a uloží je do
projektu, kde nahradí jeho dosavadní dodavatelskou síť. Obsahuje-li některý soubor chybu,
nezapíše se nic. Uložené výpočty si ponechávají kontrolní součet sítě, na které proběhly.

  --firms FILE       podniky (povinné)
  --links FILE       dodavatelské vazby mezi dodavateli a odběrateli (povinné)
  --crossings FILE   hraniční přechody a jejich role pro nákladní dopravu a pendlery
  --json             strojově čitelný souhrn</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="46"/>
        <source>usage: rrw-cli scenario &lt;subcommand&gt; PROJECT.gpkg ...

Supply-chain scenarios stored in the project, versioned, and their runs on the project&apos;s
supply network (&apos;rrw-cli supply import&apos;):

  save PROJECT FILE.json [--title-de T] [--title-cs T]
                         store the scenario as a new version of its name
  list PROJECT [--all]   the scenarios (latest versions; --all: every version)
  runs PROJECT [NAME]    the stored runs
  run PROJECT NAME [--version V] [--days N] [--critical N]
                         run a scenario (latest version unless --version) on the stored
                         network and store the run with its inputs and their hash
  compare PROJECT RUN_A RUN_B
                         differences B - A per municipality, Kreis/okres, NACE section and
                         country (loss, jobs at risk, TTS/TTR) and per measure (benefit/cost)
  delete PROJECT NAME [--version V]
                         delete one version or every version (stored runs are kept)

Every subcommand takes --json for machine-readable output. The result of &apos;run --json&apos; is the
document of &apos;supply simulate --json&apos; with &quot;run_id&quot; and &quot;inputs_hash&quot;.</source>
        <translation>Použití: rrw-cli scenario &lt;podpříkaz&gt; PROJECT.gpkg ...

Verzované scénáře dodavatelských řetězců uložené v projektu a jejich výpočty na dodavatelské
síti projektu (&apos;rrw-cli supply import&apos;):

  save PROJECT FILE.json [--title-de T] [--title-cs T]
                         uložit scénář jako novou verzi pod jeho názvem
  list PROJECT [--all]   scénáře (nejnovější verze; --all: všechny verze)
  runs PROJECT [NAME]    uložené výpočty
  run PROJECT NAME [--version V] [--days N] [--critical N]
                         vypočítat scénář (nejnovější verzi, není-li zadáno --version) na
                         uložené síti a uložit výpočet s jeho vstupy a jejich hashem
  compare PROJECT RUN_A RUN_B
                         rozdíly B - A podle obcí, zemských okresů/okresů, sekcí NACE a zemí
                         (výpadek produkce, ohrožená pracovní místa, TTS/TTR) a podle
                         opatření (poměr přínosů a nákladů)
  delete PROJECT NAME [--version V]
                         smazat jednu verzi nebo všechny verze (uložené výpočty zůstanou
                         zachovány)

Každý podpříkaz přijímá --json pro strojově čitelný výstup. Výsledkem &apos;run --json&apos; je
dokument &apos;supply simulate --json&apos; doplněný o &quot;run_id&quot; a &quot;inputs_hash&quot;.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="82"/>
        <source>expected {1}</source>
        <translation>očekávány argumenty: {1}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="95"/>
        <source>&apos;{1}&apos; is not a run id</source>
        <translation>&apos;{1}&apos; není číslo výpočtu</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="120"/>
        <source>Saved scenario {1} as version {2}.</source>
        <translation>Scénář {1} uložen jako verze {2}.</translation>
    </message>
    <message>
        <location filename="../src/store/supply_repository.cpp" line="167"/>
        <source>{1}: the project has no supply network (store one with &apos;rrw-cli supply import&apos;)</source>
        <translation>{1}: projekt neobsahuje dodavatelskou síť (uložte ji pomocí &apos;rrw-cli supply import&apos;)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="29"/>
        <source>usage: rrw-cli supply import PROJECT.gpkg --firms FIRMS.csv --links LINKS.csv [--crossings C.csv] [--json]
       rrw-cli supply import PROJECT.gpkg --from NETWORK.gpkg [--json]

Checks the network (the files of &apos;supply simulate&apos;, or the layers firms, links and crossings
of a GeoPackage; docs/SUPPLY.md) and stores it in the project, replacing its supply network.
Nothing is written when a file has an error. Stored runs keep the digest of the network they
ran on.

  --firms FILE       firms (required with --links)
  --links FILE       supplier-customer links (required with --firms)
  --crossings FILE   border crossings and their freight and commuter roles
  --from FILE        a GeoPackage with the layers firms and links (and optionally crossings),
                     instead of --firms/--links/--crossings
  --json             machine-readable summary</source>
        <translation>Použití: rrw-cli supply import PROJECT.gpkg --firms FIRMS.csv --links LINKS.csv [--crossings C.csv] [--json]
         rrw-cli supply import PROJECT.gpkg --from NETWORK.gpkg [--json]

Zkontroluje síť (soubory jako u &apos;supply simulate&apos; nebo vrstvy firms, links a crossings
souboru GeoPackage; docs/SUPPLY.md) a uloží ji do projektu, kde nahradí jeho dosavadní
dodavatelskou síť. Obsahuje-li některý soubor chybu, nezapíše se nic. Uložené běhy si
ponechávají kontrolní součet sítě, na které proběhly.

  --firms FILE       podniky (povinné spolu s --links)
  --links FILE       dodavatelské vazby mezi dodavateli a odběrateli (povinné spolu s --firms)
  --crossings FILE   hraniční přechody a jejich role pro nákladní dopravu a pendlery
  --from FILE        soubor GeoPackage s vrstvami firms a links (volitelně i crossings)
                     místo --firms/--links/--crossings
  --json             strojově čitelný souhrn</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="210"/>
        <source>Run {1}: scenario {2} version {3}, {4} days, inputs hash {5}</source>
        <translation>Výpočet č. {1}: scénář {2} verze {3}, počet dní: {4}, hash vstupů {5}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="216"/>
        <location filename="../src/cli/cmd_supply.cpp" line="83"/>
        <source>Production loss: {1} EUR ({2} % of normal output), {3} person-days, {4} jobs at risk</source>
        <translation>Výpadek produkce: {1} EUR ({2} % běžné produkce), člověkodny: {3}, ohrožená pracovní místa: {4}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="236"/>
        <source>level	key	loss A (EUR)	loss B (EUR)	difference (EUR)	jobs at risk A	jobs at risk B	TTS A	TTS B	TTR A	TTR B</source>
        <translation>úroveň	kód	výpadek A (EUR)	výpadek B (EUR)	rozdíl (EUR)	ohrožená pracovní místa A	ohrožená pracovní místa B	TTS A	TTS B	TTR A	TTR B</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="259"/>
        <source>Measure {1}: benefit/cost A {2}, B {3}; avoided loss (EUR) A {4}, B {5}</source>
        <translation>Opatření {1}: poměr přínosů a nákladů A {2}, B {3}; odvrácená ztráta (EUR) A {4}, B {5}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="285"/>
        <source>scenario run {1}: the stored result is not valid JSON ({2})</source>
        <translation>výpočet scénáře č. {1}: uložený výsledek není platný JSON ({2})</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="308"/>
        <source>A = run {1} ({2} version {3}), B = run {4} ({5} version {6}); differences are B - A.</source>
        <translation>A = výpočet č. {1} ({2} verze {3}), B = výpočet č. {4} ({5} verze {6}); rozdíly jsou B - A.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="316"/>
        <source>The two runs ran on different supply networks.</source>
        <translation>Oba výpočty proběhly na různých dodavatelských sítích.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="338"/>
        <source>Deleted {1} version(s) of the scenario {2}.</source>
        <translation>Smazané verze scénáře {2}: {1}.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="357"/>
        <source>--from cannot be combined with --firms, --links or --crossings</source>
        <translation>--from nelze kombinovat s --firms, --links ani --crossings</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="362"/>
        <source>--firms and --links are required</source>
        <translation>--firms a --links jsou povinné</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="385"/>
        <source>Stored the supply network in {1}: {2} firms, {3} links, {4} border crossings (digest {5}).</source>
        <translation>Dodavatelská síť uložena do {1}: podniky: {2}, dodavatelské vazby: {3}, hraniční přechody: {4} (kontrolní součet {5}).</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_supply.cpp" line="25"/>
        <source>usage: rrw-cli supply simulate|import [options]

Supply-chain disruption analysis of firms in the region.

subcommands:
  simulate  day-by-day simulation of a scenario on a firm network
  import    store a firm network in a project (for &apos;rrw-cli scenario run&apos;)

&apos;rrw-cli supply simulate --help&apos; and &apos;rrw-cli supply import --help&apos; describe the options.</source>
        <translation>Použití: rrw-cli supply simulate|import [volby]

Analýza narušení dodavatelských řetězců podniků v regionu.

podpříkazy:
  simulate  simulace scénáře na síti podniků den po dni
  import    uložit síť podniků do projektu (pro &apos;rrw-cli scenario run&apos;)

&apos;rrw-cli supply simulate --help&apos; a &apos;rrw-cli supply import --help&apos; popisují volby.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_supply.cpp" line="91"/>
        <source>Firms below 95 % of normal output: {1}, not recovered by the last day: {2}; shortest time-to-survive {3} days, longest time-to-recover {4} days</source>
        <translation>Podniky pod 95 % běžné produkce: {1}, do posledního dne nezotavené: {2}; nejkratší doba přežití (time-to-survive) ve dnech: {3}, nejdelší doba zotavení (time-to-recover) ve dnech: {4}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_supply.cpp" line="108"/>
        <source>Measure {1}: avoided loss {2} EUR, cost {3} EUR, benefit/cost {4}</source>
        <translation>Opatření {1}: odvrácená ztráta {2} EUR, náklady {3} EUR, poměr přínosů a nákladů {4}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_supply.cpp" line="119"/>
        <source>Critical supplier {1}: its failure costs the other firms {2} EUR</source>
        <translation>Kritický dodavatel {1}: jeho výpadek stojí ostatní podniky {2} EUR</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_supply.cpp" line="125"/>
        <source>Single-source dependencies (input share of at least {1}): {2}</source>
        <translation>Závislosti na jediném dodavateli (podíl vstupu alespoň {1}): {2}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_supply.cpp" line="148"/>
        <source>--firms, --links and --scenario are required</source>
        <translation>--firms, --links a --scenario jsou povinné</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_supply.cpp" line="165"/>
        <source>--single-source must be a number from 0 to 1</source>
        <translation>--single-source musí být číslo od 0 do 1</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_index.cpp" line="41"/>
        <source>{1}: the column &apos;{2}&apos; is missing (expected region,indicator,value)</source>
        <translation>{1}: chybí sloupec &apos;{2}&apos; (očekáváno: region,indicator,value)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_index.cpp" line="78"/>
        <source>--values and --model are required</source>
        <translation>--values a --model jsou povinné</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_index.cpp" line="92"/>
        <location filename="../src/cli/cmd_score.cpp" line="116"/>
        <source>--samples and --seed must be whole numbers</source>
        <translation>--samples a --seed musí být celá čísla</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_index.cpp" line="96"/>
        <location filename="../src/cli/cmd_score.cpp" line="120"/>
        <source>--samples must be between 1 and 1000000</source>
        <translation>--samples musí být v rozmezí 1 až 1000000</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_render.cpp" line="108"/>
        <source>the output file is missing (-o OUT.png|svg|pdf)</source>
        <translation>chybí výstupní soubor (-o OUT.png|svg|pdf)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_render.cpp" line="113"/>
        <location filename="../src/cli/cmd_report.cpp" line="87"/>
        <source>--lang must be de, cs, en or de+cs, not &apos;{1}&apos;</source>
        <translation>volba --lang musí být de, cs, en nebo de+cs, nikoli &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_render.cpp" line="121"/>
        <source>--dpi must be a number, not &apos;{1}&apos;</source>
        <translation>volba --dpi musí být číslo, nikoli &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_render.cpp" line="148"/>
        <source>Wrote {1} ({2}×{3} px, features: {4}, labels: {5}).</source>
        <translation>Soubor {1} zapsán ({2}×{3} px, prvky: {4}, popisky: {5}).</translation>
    </message>
    <message>
        <source>Wrote {1} ({2}×{3} px, {4} features, {5} labels).</source>
        <translation type="vanished">Soubor {1} zapsán ({2}×{3} px, prvky: {4}, popisky: {5}).</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="306"/>
        <source>{1}: the file is empty (0 bytes)</source>
        <translation>{1}: soubor je prázdný (0 bajtů)</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="313"/>
        <source>{1}: VRT files are not read (a VRT can point at other files and at network sources); import its source file instead</source>
        <translation>{1}: soubory VRT se nenačítají (soubor VRT může odkazovat na jiné soubory i na síťové zdroje); importujte místo něj jeho zdrojový soubor</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="350"/>
        <source>{1}: found no geometry columns (expected lat/lon, x/y, Breite/Länge or a WKT column) in the header: {2}</source>
        <translation>{1}: v záhlaví nebyly nalezeny sloupce geometrie (očekávány lat/lon, x/y, Breite/Länge nebo sloupec WKT): {2}</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="400"/>
        <source>{1}: the file is UTF-16 text; save it as UTF-8</source>
        <translation>{1}: soubor je text v kódování UTF-16; uložte jej jako UTF-8</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="406"/>
        <source>{1}: not a readable vector file (format not recognised)</source>
        <translation>{1}: není čitelný vektorový soubor (formát nebyl rozpoznán)</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="409"/>
        <source>{1}: not a readable vector file ({2})</source>
        <translation>{1}: není čitelný vektorový soubor ({2})</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="416"/>
        <source>{1}: the file holds no vector layer</source>
        <translation>{1}: soubor neobsahuje žádnou vektorovou vrstvu</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_render.cpp" line="78"/>
        <location filename="../src/geo/geopackage.cpp" line="247"/>
        <location filename="../src/geo/input_source.cpp" line="422"/>
        <location filename="../src/render/map_content.cpp" line="73"/>
        <source>{1}: no layer named &apos;{2}&apos;</source>
        <translation>{1}: vrstva s názvem &apos;{2}&apos; neexistuje</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="433"/>
        <source>{1}: the file holds several layers ({2}); choose one with --source-layer</source>
        <translation>{1}: soubor obsahuje více vrstev ({2}); vyberte jednu pomocí --source-layer</translation>
    </message>
    <message>
        <source>{1}: the file holds {2} layers ({3}); choose one with --source-layer</source>
        <translation type="vanished">{1}: soubor obsahuje více vrstev (celkem {2}: {3}); vyberte jednu pomocí --source-layer</translation>
    </message>
    <message>
        <location filename="../src/geo/table_reader.cpp" line="25"/>
        <source>{1}: cannot read the table ({2})</source>
        <translation>{1}: tabulku nelze načíst ({2})</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_region.cpp" line="33"/>
        <source>{1}: the bundled region data is missing (set RRW_DATA_DIR or --data-dir)</source>
        <translation>{1}: chybí dodávaná data regionu (nastavte RRW_DATA_DIR nebo --data-dir)</translation>
    </message>
    <message>
        <location filename="../src/core/json_file.cpp" line="17"/>
        <location filename="../src/store/bundled_region.cpp" line="40"/>
        <location filename="../ui/slide_painter.cpp" line="114"/>
        <source>{1}: not valid JSON ({2})</source>
        <translation>{1}: není platný JSON ({2})</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_index.cpp" line="60"/>
        <location filename="../src/cli/sector_csv.cpp" line="167"/>
        <location filename="../src/store/bundled_indicators.cpp" line="55"/>
        <location filename="../src/store/bundled_region.cpp" line="56"/>
        <location filename="../src/store/indicator_import.cpp" line="131"/>
        <location filename="../src/store/supply_rows.cpp" line="118"/>
        <source>{1}: row {2}, column &apos;{3}&apos;: &apos;{4}&apos; is not a number</source>
        <translation>{1}: řádek {2}, sloupec &apos;{3}&apos;: &apos;{4}&apos; není číslo</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_region.cpp" line="272"/>
        <location filename="../src/store/project.cpp" line="17"/>
        <source>{1}: the file already exists (use --force to replace it)</source>
        <translation>{1}: soubor již existuje (k nahrazení použijte --force)</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_region.cpp" line="303"/>
        <source>{1}: cannot move the new project into place ({2})</source>
        <translation>{1}: nový projekt nelze přesunout na cílové místo ({2})</translation>
    </message>
    <message>
        <location filename="../src/store/region_repository.cpp" line="46"/>
        <location filename="../src/store/region_repository.cpp" line="68"/>
        <source>{1}: &apos;{2}&apos; refers to a region that does not exist</source>
        <translation>{1}: &apos;{2}&apos; odkazuje na neexistující územní jednotku</translation>
    </message>
    <message>
        <location filename="../src/store/region_repository.cpp" line="22"/>
        <source>region {1}: unknown level &apos;{2}&apos;</source>
        <translation>územní jednotka {1}: neznámá správní úroveň &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/schema.cpp" line="402"/>
        <source>{1}: the project was written by a newer rrw (schema {2}; this version reads up to {3})</source>
        <translation>{1}: projekt byl zapsán novější verzí rrw (schéma {2}; tato verze čte nejvýše schéma {3})</translation>
    </message>
    <message>
        <source>database error while {1}: {2}</source>
        <translation type="vanished">chyba databáze ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../src/store/sqlite.cpp" line="11"/>
        <location filename="../src/store/sqlite.cpp" line="111"/>
        <source>database error: {1}</source>
        <translation>chyba databáze: {1}</translation>
    </message>
    <message>
        <location filename="../src/store/sqlite.cpp" line="27"/>
        <source>SQL text holds more than one statement: {1}</source>
        <translation>Text SQL obsahuje více než jeden příkaz: {1}</translation>
    </message>
    <message>
        <location filename="../src/geo/layer_reader.cpp" line="142"/>
        <source>layer &apos;{1}&apos; has no field &apos;{2}&apos;</source>
        <translation>vrstva &apos;{1}&apos; nemá pole &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/geo/feature_attributes.cpp" line="93"/>
        <location filename="../src/geo/layer_reader.cpp" line="199"/>
        <source>layer &apos;{1}&apos; cannot be read ({2})</source>
        <translation>vrstvu &apos;{1}&apos; nelze načíst ({2})</translation>
    </message>
    <message>
        <location filename="../src/geo/feature_attributes.cpp" line="112"/>
        <source>layer &apos;{1}&apos; has no feature with the id {2}</source>
        <translation>vrstva &apos;{1}&apos; nemá prvek s ID {2}</translation>
    </message>
    <message>
        <location filename="../src/render/furniture.cpp" line="49"/>
        <location filename="../ui/slide_painter.cpp" line="171"/>
        <source>Sources:</source>
        <translation>Zdroje:</translation>
    </message>
    <message>
        <location filename="../src/render/map_export.cpp" line="33"/>
        <source>{1}: unknown map format (use .png, .svg or .pdf)</source>
        <translation>{1}: neznámý formát mapy (použijte .png, .svg nebo .pdf)</translation>
    </message>
    <message>
        <location filename="../src/render/map_export.cpp" line="40"/>
        <source>{1}: map size {2}×{3} px at {4} dpi is out of range</source>
        <translation>{1}: velikost mapy {2}×{3} px při {4} dpi je mimo povolený rozsah</translation>
    </message>
    <message>
        <location filename="../src/render/map_export.cpp" line="105"/>
        <source>{1}: cannot write the map</source>
        <translation>{1}: mapu nelze zapsat</translation>
    </message>
    <message>
        <location filename="../src/render/style.cpp" line="15"/>
        <source>{1}: style key &apos;{2}&apos;: {3}</source>
        <translation>{1}: klíč stylu &apos;{2}&apos;: {3}</translation>
    </message>
    <message>
        <location filename="../src/render/symbology.cpp" line="63"/>
        <source>layer &apos;{1}&apos;: the style needs a numeric field &apos;{2}&apos;</source>
        <translation>vrstva &apos;{1}&apos;: styl vyžaduje číselné pole &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/render/symbology.cpp" line="86"/>
        <source>layer &apos;{1}&apos;: the manual class limits do not fit ({2})</source>
        <translation>vrstva &apos;{1}&apos;: ruční hranice tříd nevyhovují ({2})</translation>
    </message>
    <message>
        <location filename="../src/render/qgis_style.cpp" line="347"/>
        <location filename="../src/render/symbology.cpp" line="226"/>
        <source>no data</source>
        <translation>bez údajů</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_engine.cpp" line="140"/>
        <source>The values have no column for indicator {1}.</source>
        <translation>Hodnoty neobsahují sloupec pro indikátor {1}.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/bbk_matrix.cpp" line="25"/>
        <location filename="../src/analysis/risk/index_model.cpp" line="21"/>
        <location filename="../src/store/bbk_repository.cpp" line="62"/>
        <source>{1}: {2} needs the text field &quot;{3}&quot;.</source>
        <translation>{1}: {2} vyžaduje textové pole &quot;{3}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/bbk_matrix.cpp" line="38"/>
        <source>{1}: scenario number {2} is not an object.</source>
        <translation>{1}: scénář č. {2} není objekt.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/bbk_matrix.cpp" line="52"/>
        <source>{1}: scenario {2}: the likelihood &quot;{3}&quot; is not one of A, B, C, D, E.</source>
        <translation>{1}: scénář {2}: pravděpodobnost &quot;{3}&quot; není žádná z tříd A, B, C, D, E.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/bbk_matrix.cpp" line="64"/>
        <location filename="../src/store/bbk_repository.cpp" line="76"/>
        <source>{1}: scenario {2} has the unknown damage parameter &quot;{3}&quot; (known: people, environment, economy, supply, immaterial).</source>
        <translation>{1}: scénář {2} má neznámý parametr škod &quot;{3}&quot; (známé: people, environment, economy, supply, immaterial).</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/bbk_matrix.cpp" line="74"/>
        <location filename="../src/store/bbk_repository.cpp" line="85"/>
        <source>{1}: scenario {2} needs the extent class of &quot;{3}&quot; as a whole number from 1 to 5.</source>
        <translation>{1}: scénář {2} potřebuje třídu rozsahu škod pro &quot;{3}&quot; jako celé číslo od 1 do 5.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/bbk_matrix.cpp" line="98"/>
        <source>{1}: the scenario id &quot;{2}&quot; appears more than once.</source>
        <translation>{1}: ID scénáře &quot;{2}&quot; se vyskytuje vícekrát.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/bbk_matrix.cpp" line="133"/>
        <location filename="../src/analysis/risk/index_model.cpp" line="34"/>
        <source>{1}: the weight of {2} must be a number of at least 0.</source>
        <translation>{1}: váha ({2}) musí být číslo větší nebo rovné 0.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/bbk_matrix.cpp" line="153"/>
        <source>The weights of the parameters of scenario {1} sum to 0.</source>
        <translation>Součet vah parametrů scénáře {1} je 0.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="48"/>
        <source>{1}: {2} has the unknown aggregation &quot;{3}&quot;.</source>
        <translation>{1}: {2} má neznámou agregaci &quot;{3}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/bbk_matrix.cpp" line="89"/>
        <location filename="../src/analysis/risk/index_model.cpp" line="56"/>
        <location filename="../src/store/bundled_planning.cpp" line="21"/>
        <location filename="../src/store/bundled_planning.cpp" line="80"/>
        <location filename="../src/store/bundled_region.cpp" line="238"/>
        <location filename="../src/store/bundled_slides.cpp" line="74"/>
        <source>{1}: {2} needs a non-empty list &quot;{3}&quot;.</source>
        <translation>{1}: {2} vyžaduje neprázdný seznam &quot;{3}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="64"/>
        <source>{1}: indicator number {2} is not an object.</source>
        <translation>{1}: indikátor č. {2} není objekt.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="76"/>
        <source>{1}: indicator {2} has the unknown direction &quot;{3}&quot;.</source>
        <translation>{1}: indikátor {2} má neznámý směr &quot;{3}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="93"/>
        <source>{1}: indicator {2} uses goalposts but has no &quot;goalposts&quot;: [low, high] with low &lt; high.</source>
        <translation>{1}: indikátor {2} používá cílové hodnoty (goalposts), ale nemá &quot;goalposts&quot;: [low, high] s low &lt; high.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="102"/>
        <source>{1}: indicator {2} has the unknown normalisation &quot;{3}&quot;.</source>
        <translation>{1}: indikátor {2} má neznámou normalizaci &quot;{3}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="115"/>
        <source>{1}: the index model must be a JSON object.</source>
        <translation>{1}: model indexu musí být objekt JSON.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="124"/>
        <source>{1}: indicator {2} is defined twice.</source>
        <translation>{1}: indikátor {2} je definován dvakrát.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="135"/>
        <source>{1}: group number {2} is not an object.</source>
        <translation>{1}: skupina č. {2} není objekt.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="148"/>
        <source>{1}: group {2} names the unknown indicator {3}.</source>
        <translation>{1}: skupina {2} uvádí neznámý indikátor {3}.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="153"/>
        <source>{1}: group {2} names indicator {3} twice.</source>
        <translation>{1}: skupina {2} uvádí indikátor {3} dvakrát.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="161"/>
        <source>{1}: the weights of the members of group {2} are all 0.</source>
        <translation>{1}: váhy všech členů skupiny {2} jsou 0.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="167"/>
        <source>{1}: group {2} is defined twice.</source>
        <translation>{1}: skupina {2} je definována dvakrát.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="175"/>
        <source>{1}: the model needs an object &quot;top&quot;.</source>
        <translation>{1}: model vyžaduje objekt &quot;top&quot;.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="185"/>
        <source>{1}: the top level names the unknown group {2}.</source>
        <translation>{1}: nejvyšší úroveň uvádí neznámou skupinu {2}.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="189"/>
        <source>{1}: the top level names group {2} twice.</source>
        <translation>{1}: nejvyšší úroveň uvádí skupinu {2} dvakrát.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="197"/>
        <source>{1}: the weights of the top-level groups are all 0.</source>
        <translation>{1}: váhy všech skupin nejvyšší úrovně jsou 0.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="208"/>
        <source>{1}: &quot;scale&quot; must be [low, high] with low &lt; high.</source>
        <translation>{1}: &quot;scale&quot; musí mít tvar [low, high] s low &lt; high.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="222"/>
        <source>{1}: the missing-value treatment &quot;{2}&quot; is unknown (exclude or mean).</source>
        <translation>{1}: způsob zacházení s chybějícími hodnotami &quot;{2}&quot; je neznámý (exclude nebo mean).</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="250"/>
        <source>The value of indicator {2} for region {1} is infinite.</source>
        <translation>Hodnota indikátoru {2} pro region {1} je nekonečná.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="256"/>
        <source>Region {1} has two values for indicator {2}.</source>
        <translation>Region {1} má dvě hodnoty pro indikátor {2}.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/uncertainty.cpp" line="66"/>
        <source>The number of samples must be at least 1.</source>
        <translation>Počet vzorků musí být alespoň 1.</translation>
    </message>
    <message>
        <source>usage: rrw-cli score PROJECT.gpkg [--hazard H] [--samples N] [--seed S] [--level district|municipality] [--json]

Runs one of the project&apos;s index models (default: all_hazards) over the latest value of each
indicator for every region of the level (default: district = Kreise and okresy) and ranks them;
rank 1 = highest risk. With --samples, a Monte Carlo gives 5-95 % rank intervals. The run is
stored in the project with its model and inputs.

  --hazard H     the model to run (see the list in the error message when unknown)
  --samples N    Monte Carlo samples (e.g. 1000)
  --seed S       seed of the Monte Carlo (default 1)
  --level L      district (Kreis/okres) or municipality (Gemeinde/obec)
  --json         machine-readable result</source>
        <translation type="vanished">Použití: rrw-cli score PROJECT.gpkg [--hazard H] [--samples N] [--seed S] [--level district|municipality] [--json]

Spustí jeden z indexových modelů projektu (výchozí: all_hazards) nad nejnovější hodnotou každého
indikátoru pro všechny územní jednotky dané úrovně (výchozí: district = zemské okresy a okresy)
a seřadí je; pořadí 1 = nejvyšší riziko. S --samples dá simulace Monte Carlo intervaly pořadí
5–95 %. Běh se uloží do projektu spolu s modelem a vstupními daty.

  --hazard H     model, který se má spustit (při neznámém modelu vypíše chybová zpráva seznam)
  --samples N    vzorky Monte Carlo (např. 1000)
  --seed S       počáteční hodnota simulace Monte Carlo (výchozí 1)
  --level L      district (zemský okres/okres) nebo municipality (obec)
  --json         strojově čitelný výsledek</translation>
    </message>
    <message>
        <source>usage: rrw-cli score PROJECT.gpkg [--hazard H] [--samples N] [--seed S] [--level district|municipality] [--json]

Runs one of the project&apos;s index models (default: all_hazards) over the latest value of each
indicator for every region of the level (default: district = Kreise and okresy) and ranks them;
rank 1 = highest risk. With --samples, a Monte Carlo gives 5-95 % rank intervals. The run is
stored in the project with its model and inputs.

  --hazard H     the model to run (see the list in the error message when unknown)
  --samples N    Monte Carlo samples (e.g. 1000)
  --seed S       seed of the Monte Carlo (default 1)
  --level L      district (Kreis/okres) or municipality (Gemeinde/obec)
  --explain R    also split region R&apos;s score into groups and indicators (&quot;why&quot;)
  --json         machine-readable result</source>
        <translation type="vanished">Použití: rrw-cli score PROJECT.gpkg [--hazard H] [--samples N] [--seed S] [--level district|municipality] [--json]

Spustí jeden z indexových modelů projektu (výchozí: all_hazards) nad nejnovější hodnotou každého
indikátoru pro všechny územní jednotky dané úrovně (výchozí: district = zemské okresy a okresy)
a seřadí je; pořadí 1 = nejvyšší riziko. S --samples dá simulace Monte Carlo intervaly pořadí
5–95 %. Běh se uloží do projektu spolu s modelem a vstupními daty.

  --hazard H     model, který se má spustit (při neznámém modelu vypíše chybová zpráva seznam)
  --samples N    vzorky Monte Carlo (např. 1000)
  --seed S       počáteční hodnota simulace Monte Carlo (výchozí 1)
  --level L      district (zemský okres/okres) nebo municipality (obec)
  --explain R    navíc rozložit skóre územní jednotky R na skupiny a indikátory („proč“)
  --json         strojově čitelný výsledek</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_score.cpp" line="28"/>
        <source>usage: rrw-cli score PROJECT.gpkg [--hazard H] [--samples N] [--seed S] [--level district|municipality] [--json]

Runs one of the project&apos;s index models (default: all_hazards) over the latest value of each
indicator for every region of the level (default: district = Kreise and okresy) and ranks them;
rank 1 = highest risk. With --samples, a Monte Carlo gives 5-95 % rank intervals. The run is
stored in the project with its model and inputs. A region marked * has a score that uses
synthetic demo values (no open data for them); the footnote names those indicators.

  --hazard H     the model to run; the bundled project has all_hazards (default),
                 border_closure, supply_chain, energy_price, pandemic, flood_heavy_rain,
                 drought_forest and skilled_labour
  --samples N    Monte Carlo samples (e.g. 1000)
  --seed S       seed of the Monte Carlo (default 1)
  --level L      district (Kreis/okres) or municipality (Gemeinde/obec)
  --explain R    also split region R&apos;s score into groups and indicators (&quot;why&quot;)
  --json         machine-readable result</source>
        <translation>Použití: rrw-cli score PROJECT.gpkg [--hazard H] [--samples N] [--seed S] [--level district|municipality] [--json]

Spustí jeden z indexových modelů projektu (výchozí: all_hazards) nad nejnovější hodnotou každého
indikátoru pro všechny územní jednotky dané úrovně (výchozí: district = zemské okresy a okresy)
a seřadí je; pořadí 1 = nejvyšší riziko. S --samples dá simulace Monte Carlo intervaly pořadí
5–95 %. Běh se uloží do projektu spolu s modelem a vstupními daty. Územní jednotka označená *
má skóre, do něhož vstupují syntetické ukázkové hodnoty (otevřená data pro ně nejsou
k dispozici); poznámka pod tabulkou uvádí příslušné indikátory.

  --hazard H     model, který se má spustit; dodávaný projekt obsahuje all_hazards (výchozí),
                 border_closure, supply_chain, energy_price, pandemic, flood_heavy_rain,
                 drought_forest a skilled_labour
  --samples N    vzorky Monte Carlo (např. 1000)
  --seed S       počáteční hodnota simulace Monte Carlo (výchozí 1)
  --level L      district (zemský okres/okres) nebo municipality (obec)
  --explain R    navíc rozložit skóre územní jednotky R na skupiny a indikátory („proč“)
  --json         strojově čitelný výsledek</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_repository.cpp" line="152"/>
        <source>{1}: no index model &apos;{2}&apos; (the project has: {3})</source>
        <translation>{1}: indexový model &apos;{2}&apos; neexistuje (projekt obsahuje: {3})</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_score.cpp" line="103"/>
        <location filename="../src/store/swot_proposals.cpp" line="24"/>
        <location filename="../ui/score_job.cpp" line="26"/>
        <source>{1}: the project has no indicator values at level &apos;{2}&apos;</source>
        <translation>{1}: projekt nemá žádné hodnoty indikátorů na úrovni &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_score.cpp" line="195"/>
        <source>* the score uses synthetic demo values (not real data) for: {1}</source>
        <translation>* skóre používá syntetické ukázkové hodnoty (nejde o skutečná data) pro: {1}</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_repository.cpp" line="39"/>
        <source>{1}: &apos;{2}&apos; refers to a region or indicator that does not exist</source>
        <translation>{1}: &apos;{2}&apos; odkazuje na neexistující územní jednotku nebo indikátor</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/explain.cpp" line="59"/>
        <location filename="../src/cli/cmd_swot.cpp" line="110"/>
        <source>no values for the region &apos;{1}&apos;</source>
        <translation>pro územní jednotku &apos;{1}&apos; nejsou žádné hodnoty</translation>
    </message>
    <message>
        <source>usage: rrw-cli matrix --scenarios FILE.json [--aggregation mean|max] [--json]

Places scenarios in the 5x5 risk matrix of the BBK method (BBK 2010): likelihood class A-E
(A = very unlikely ... E = very likely) against the extent class 1-5, aggregated from the damage
parameters people, environment, economy, supply and immaterial. Risk level by likelihood index
(A=1..E=5) x extent: up to 4 low, 5-9 medium, 10-15 high, 16 and more very high.

  --scenarios FILE   the scenarios (JSON; see data/indicators/bbk_scenarios.json)
  --aggregation A    mean (default: equal-weight mean, rounded half up) or max
  --json             machine-readable result</source>
        <translation type="vanished">Použití: rrw-cli matrix --scenarios FILE.json [--aggregation mean|max] [--json]

Umístí scénáře do matice rizik 5×5 podle metody BBK (BBK 2010): pravděpodobnost (četnost) A–E
(A = velmi nepravděpodobné … E = velmi pravděpodobné) proti rozsahu škod 1–5, agregovanému
z parametrů škod lidé, životní prostředí, ekonomika, zásobování a nehmotné škody. Míra rizika
podle indexu pravděpodobnosti (A=1..E=5) × rozsah: do 4 nízká, 5–9 střední, 10–15 vysoká,
od 16 velmi vysoká.

  --scenarios FILE   scénáře (JSON; viz data/indicators/bbk_scenarios.json)
  --aggregation A    mean (výchozí: průměr se stejnými vahami, zaokrouhlený nahoru od ,5) nebo max
  --json             strojově čitelný výsledek</translation>
    </message>
    <message>
        <source>--scenarios is required</source>
        <translation type="vanished">--scenarios je povinné</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="24"/>
        <source>usage: rrw-cli matrix PROJECT.gpkg [--aggregation mean|max] [--json]
       rrw-cli matrix PROJECT.gpkg --set ID [--likelihood A-E] [--extent P=C,...] [--assessment TEXT] [--json]
       rrw-cli matrix --scenarios FILE.json [--aggregation mean|max] [--json]

Places scenarios in the 5x5 risk matrix of the BBK method (BBK 2010): likelihood class A-E
(A = very unlikely ... E = very likely) against the extent class 1-5, aggregated from the damage
parameters people, environment, economy, supply and immaterial. Risk level by likelihood index
(A=1..E=5) x extent: up to 4 low, 5-9 medium, 10-15 high, 16 and more very high.

The scenarios are the project&apos;s (a new project holds the programme&apos;s scenarios as workshop
estimates) or those of a JSON file. --set changes one stored scenario and shows the matrix.

  --scenarios FILE   the scenarios of a file (JSON; see data/indicators/bbk_scenarios.json)
  --aggregation A    mean (default: equal-weight mean, rounded half up) or max
  --set ID           the stored scenario to change
  --likelihood L     its new likelihood class, A to E
  --extent P=C,...   new extent classes 1-5 of parameters, e.g. people=3,economy=4
  --assessment TEXT  how the classes were decided (e.g. workshop of 12 May 2026)
  --json             machine-readable result</source>
        <translation>Použití: rrw-cli matrix PROJECT.gpkg [--aggregation mean|max] [--json]
         rrw-cli matrix PROJECT.gpkg --set ID [--likelihood A-E] [--extent P=C,...] [--assessment TEXT] [--json]
         rrw-cli matrix --scenarios FILE.json [--aggregation mean|max] [--json]

Umístí scénáře do matice rizik 5×5 podle metody BBK (BBK 2010): pravděpodobnost (četnost) A–E
(A = velmi nepravděpodobné … E = velmi pravděpodobné) proti rozsahu škod 1–5, agregovanému
z parametrů škod lidé (people), životní prostředí (environment), ekonomika (economy), zásobování
(supply) a nehmotné škody (immaterial). Míra rizika podle indexu pravděpodobnosti (A=1..E=5)
× rozsah: do 4 nízká, 5–9 střední, 10–15 vysoká, od 16 velmi vysoká.

Scénáře pocházejí z projektu (nový projekt obsahuje scénáře programu jako odhady pro workshop),
nebo ze souboru JSON. --set změní jeden uložený scénář a zobrazí matici.

  --scenarios FILE   scénáře ze souboru (JSON; viz data/indicators/bbk_scenarios.json)
  --aggregation A    mean (výchozí: průměr se stejnými vahami, zaokrouhlený nahoru od ,5) nebo max
  --set ID           uložený scénář, který se má změnit
  --likelihood L     jeho nová třída pravděpodobnosti, A až E
  --extent P=C,...   nové třídy rozsahu škod 1–5 pro jednotlivé parametry, např. people=3,economy=4
  --assessment TEXT  jak byly třídy stanoveny (např. workshop 12. května 2026)
  --json             strojově čitelný výsledek</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="109"/>
        <source>--extent: unknown damage parameter &apos;{1}&apos; (known: people, environment, economy, supply, immaterial)</source>
        <translation>--extent: neznámý parametr škod &apos;{1}&apos; (známé: people, environment, economy, supply, immaterial)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="116"/>
        <source>--extent: the class of {1} must be a whole number from 1 to 5, not &apos;{2}&apos;</source>
        <translation>--extent: třída parametru {1} musí být celé číslo od 1 do 5, nikoli &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="125"/>
        <source>--extent needs PARAMETER=CLASS, e.g. people=3</source>
        <translation>--extent vyžaduje tvar PARAMETER=CLASS, např. people=3</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="134"/>
        <source>--set needs at least one of --likelihood, --extent, --assessment</source>
        <translation>--set vyžaduje alespoň jednu z voleb --likelihood, --extent, --assessment</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="144"/>
        <location filename="../src/cli/cmd_measures.cpp" line="94"/>
        <location filename="../src/cli/cmd_tows.cpp" line="75"/>
        <location filename="../src/cli/planning_format.cpp" line="40"/>
        <source>{1} must be one of {2}, not &apos;{3}&apos;</source>
        <translation>{1} musí být jedna z hodnot {2}, nikoli &apos;{3}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="160"/>
        <source>{1}: there is no BBK scenario &apos;{2}&apos; (the project has: {3})</source>
        <translation>{1}: scénář BBK &apos;{2}&apos; neexistuje (projekt obsahuje: {3})</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="190"/>
        <source>give either PROJECT.gpkg or --scenarios FILE.json</source>
        <translation>zadejte buď PROJECT.gpkg, nebo --scenarios FILE.json</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="195"/>
        <source>--likelihood, --extent and --assessment need --set ID</source>
        <translation>--likelihood, --extent a --assessment vyžadují --set ID</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="200"/>
        <source>--set changes a project&apos;s scenarios: give PROJECT.gpkg</source>
        <translation>--set mění scénáře projektu: zadejte PROJECT.gpkg</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="205"/>
        <source>--aggregation must be mean or max</source>
        <translation>--aggregation musí být mean nebo max</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="221"/>
        <source>{1}: the project has no BBK scenarios</source>
        <translation>{1}: projekt neobsahuje žádné scénáře BBK</translation>
    </message>
    <message>
        <location filename="../src/analysis/swot/suggestions.cpp" line="108"/>
        <source>the SWOT threshold must be a positive number, not {1}</source>
        <translation>práh SWOT musí být kladné číslo, nikoli {1}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot.cpp" line="29"/>
        <source>usage: rrw-cli swot &lt;subcommand&gt; PROJECT.gpkg [options]

The SWOT register of a project: strengths (S), weaknesses (W), opportunities (O) and threats
(T) per region or for the whole cross-border area, in German and Czech.

subcommands:
  suggest   propose strengths and weaknesses from the project&apos;s indicators
  accept    store a proposal as a SWOT item (with the indicator as evidence)
  reject    reject a proposal (it is not proposed again)
  list      list the SWOT items
  add       add a SWOT item
  move      move an item to another category or position
  delete    delete an item with its evidence

&apos;rrw-cli swot &lt;subcommand&gt; --help&apos; describes a subcommand.</source>
        <translation>Použití: rrw-cli swot &lt;podpříkaz&gt; PROJECT.gpkg [volby]

Registr SWOT projektu: silné stránky (S), slabé stránky (W), příležitosti (O) a hrozby (T)
pro jednotlivé územní jednotky nebo pro celé přeshraniční území, v němčině a češtině.

podpříkazy:
  suggest   navrhnout silné a slabé stránky z indikátorů projektu
  accept    uložit návrh jako položku SWOT (s indikátorem jako podkladem)
  reject    odmítnout návrh (znovu se již nenavrhne)
  list      vypsat položky SWOT
  add       přidat položku SWOT
  move      přesunout položku do jiné kategorie nebo na jinou pozici
  delete    smazat položku včetně jejích podkladů

&apos;rrw-cli swot &lt;podpříkaz&gt; --help&apos; popíše daný podpříkaz.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot.cpp" line="46"/>
        <source>usage: rrw-cli swot suggest PROJECT.gpkg [--region CODE] [--threshold T] [--json]

Proposes strengths (S) and weaknesses (W) for every Kreis and okres from the latest value of
each of the project&apos;s indicators: a value at least T standard deviations better than the
cross-border mean of all districts with a value is a strength, at least T worse a weakness.
Indicators with fewer than 3 values or no spread give no proposals. The proposals are
suggestions to accept or reject, not findings. Texts are given in German and Czech.

  --region CODE  only the proposals for this region (e.g. CZ0413)
  --threshold T  standard deviations from the mean (default 1)
  --json         machine-readable result</source>
        <translation>Použití: rrw-cli swot suggest PROJECT.gpkg [--region CODE] [--threshold T] [--json]

Navrhne silné (S) a slabé (W) stránky pro každý zemský okres a okres z nejnovější hodnoty
každého indikátoru projektu: hodnota alespoň o T směrodatných odchylek lepší než přeshraniční
průměr všech okresů s hodnotou je silná stránka, alespoň o T horší slabá stránka. Indikátory
s méně než 3 hodnotami nebo bez rozptylu nedávají žádné návrhy. Návrhy je třeba přijmout nebo
odmítnout, nejde o zjištění. Texty jsou v němčině a češtině.

  --region CODE  jen návrhy pro tuto územní jednotku (např. CZ0413)
  --threshold T  směrodatné odchylky od průměru (výchozí 1)
  --json         strojově čitelný výsledek</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot.cpp" line="60"/>
        <source>usage: rrw-cli swot accept|reject PROJECT.gpkg --region CODE --indicator ID [--threshold T] [--author NAME] [--json]

Decides on one proposal of &apos;rrw-cli swot suggest&apos; (the same rule and threshold). accept stores
it as a SWOT item (origin &quot;suggestion&quot;, importance 3, the German and Czech text) with the
indicator, its value, the cross-border mean and z as evidence; reject records the rejection.
Either way the proposal is not proposed again.

  --region CODE    the region of the proposal (e.g. CZ0413)
  --indicator ID   the indicator of the proposal (e.g. unemployment_rate)
  --threshold T    standard deviations from the mean (default 1)
  --author NAME    who decided
  --json           machine-readable result</source>
        <translation>Použití: rrw-cli swot accept|reject PROJECT.gpkg --region CODE --indicator ID [--threshold T] [--author NAME] [--json]

Rozhodne o jednom návrhu z &apos;rrw-cli swot suggest&apos; (se stejným pravidlem a prahem). accept jej
uloží jako položku SWOT (původ &quot;suggestion&quot;, význam 3, německý a český text) s indikátorem, jeho
hodnotou, přeshraničním průměrem a hodnotou z jako podkladem; reject zaznamená odmítnutí.
V obou případech se návrh již znovu nenabídne.

  --region CODE    územní jednotka návrhu (např. CZ0413)
  --indicator ID   indikátor návrhu (např. unemployment_rate)
  --threshold T    směrodatné odchylky od průměru (výchozí 1)
  --author NAME    kdo rozhodl
  --json           strojově čitelný výsledek</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot.cpp" line="87"/>
        <source>--threshold must be a positive number, not &apos;{1}&apos;</source>
        <translation>--threshold musí být kladné číslo, nikoli &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot.cpp" line="168"/>
        <location filename="../src/cli/cmd_swot_items.cpp" line="154"/>
        <location filename="../src/cli/cmd_swot_items.cpp" line="190"/>
        <location filename="../src/cli/cmd_tows.cpp" line="142"/>
        <source>--{1} is required</source>
        <translation>--{1} je povinné</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot.cpp" line="180"/>
        <source>{1}: there is no suggestion for the region &apos;{2}&apos; and the indicator &apos;{3}&apos; at threshold {4} (see rrw-cli swot suggest)</source>
        <translation>{1}: pro územní jednotku &apos;{2}&apos; a indikátor &apos;{3}&apos; při prahu {4} neexistuje žádný návrh (viz rrw-cli swot suggest)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot.cpp" line="196"/>
        <source>Accepted: {1} for {2} / {3} is now SWOT item {4}.</source>
        <translation>Přijato: {1} pro {2} / {3} je nyní položkou SWOT {4}.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot.cpp" line="215"/>
        <source>Rejected: {1} for {2} / {3} will not be proposed again.</source>
        <translation>Odmítnuto: {1} pro {2} / {3} již nebude znovu navrženo.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot.cpp" line="230"/>
        <source>expected a subcommand: suggest, accept, reject, list, add, move, delete</source>
        <translation>očekává se podpříkaz: suggest, accept, reject, list, add, move, delete</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot.cpp" line="255"/>
        <source>unknown subcommand &apos;{1}&apos; (known: suggest, accept, reject, list, add, move, delete)</source>
        <translation>neznámý podpříkaz &apos;{1}&apos; (známé: suggest, accept, reject, list, add, move, delete)</translation>
    </message>
    <message>
        <source>expected a subcommand: suggest</source>
        <translation type="vanished">očekává se podpříkaz: suggest</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;{1}&apos; (known: suggest)</source>
        <translation type="vanished">neznámý podpříkaz &apos;{1}&apos; (známé: suggest)</translation>
    </message>
    <message>
        <source>usage: rrw-cli measures list PROJECT.gpkg [--status idea|planned|in_progress|done] [--json]

Lists the project&apos;s measures by id, one per line: id, status, German title, Czech title. A new
project starts with the partners&apos; measure ideas (data/indicators/measures.json, status idea).

  --status S   only the measures with this status
  --json       machine-readable result (with descriptions and sources)</source>
        <translation type="vanished">Použití: rrw-cli measures list PROJECT.gpkg [--status idea|planned|in_progress|done] [--json]

Vypíše opatření projektu podle ID, jedno na řádek: ID, stav, německý název, český název. Nový
projekt začíná s náměty opatření od partnerů (data/indicators/measures.json, stav idea).

  --status S   jen opatření s tímto stavem
  --json       strojově čitelný výsledek (s popisy a zdroji)</translation>
    </message>
    <message>
        <source>expected a subcommand: list</source>
        <translation type="vanished">očekává se podpříkaz: list</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;{1}&apos; (known: list)</source>
        <translation type="vanished">neznámý podpříkaz &apos;{1}&apos; (známé: list)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot_items.cpp" line="16"/>
        <source>usage: rrw-cli swot list PROJECT.gpkg [--region CODE | --area] [--category S|W|O|T] [--json]

Lists the SWOT items by region (the cross-border area first), category (S, W, O, T) and
position, one per line: id, region, category, importance (1-5), German text, Czech text,
evidence (kind:reference).

  --region CODE   only the items of this region (e.g. DE24D)
  --area          only the items of the whole cross-border area
  --category C    only strengths (S), weaknesses (W), opportunities (O) or threats (T)
  --json          machine-readable result</source>
        <translation>Použití: rrw-cli swot list PROJECT.gpkg [--region CODE | --area] [--category S|W|O|T] [--json]

Vypíše položky SWOT seřazené podle územní jednotky (nejprve přeshraniční území), kategorie
(S, W, O, T) a pozice, jednu na řádek: ID, územní jednotka, kategorie, význam (1-5), německý
text, český text, podklady (druh:odkaz).

  --region CODE   jen položky této územní jednotky (např. DE24D)
  --area          jen položky celého přeshraničního území
  --category C    jen silné stránky (S), slabé stránky (W), příležitosti (O) nebo hrozby (T)
  --json          strojově čitelný výsledek</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot_items.cpp" line="29"/>
        <source>usage: rrw-cli swot add PROJECT.gpkg --category S|W|O|T [--text-de TEXT] [--text-cs TEXT] [--region CODE] [--importance N] [--author NAME] [--evidence KIND:REF]... [--json]

Adds a SWOT item at the end of its quadrant. A German or a Czech text is required; give both
where you can.

  --category C        S (strength), W (weakness), O (opportunity) or T (threat)
  --text-de TEXT      the German text
  --text-cs TEXT      the Czech text
  --region CODE       the region (default: the whole cross-border area)
  --importance N      1 (minor) to 5 (decisive), default 3
  --author NAME       who wrote it
  --evidence K:REF    what supports it, repeatable: indicator:ID, layer:NAME, index_run:ID,
                      bbk_scenario:ID (each must exist in the project) or source:TEXT
  --json              machine-readable result</source>
        <translation>Použití: rrw-cli swot add PROJECT.gpkg --category S|W|O|T [--text-de TEXT] [--text-cs TEXT] [--region CODE] [--importance N] [--author NAME] [--evidence KIND:REF]... [--json]

Přidá položku SWOT na konec jejího kvadrantu. Je nutný německý nebo český text; pokud možno
zadejte oba.

  --category C        S (silná stránka), W (slabá stránka), O (příležitost) nebo T (hrozba)
  --text-de TEXT      německý text
  --text-cs TEXT      český text
  --region CODE       územní jednotka (výchozí: celé přeshraniční území)
  --importance N      1 (malý význam) až 5 (rozhodující), výchozí 3
  --author NAME       kdo položku napsal
  --evidence K:REF    čím je doložena, lze opakovat: indicator:ID, layer:NAME, index_run:ID,
                      bbk_scenario:ID (musí v projektu existovat) nebo source:TEXT
  --json              strojově čitelný výsledek</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot_items.cpp" line="46"/>
        <source>usage: rrw-cli swot move PROJECT.gpkg ID --category S|W|O|T [--position N] [--json]

Moves SWOT item ID to another category (or within its own) of the same region, at position N
(default: the end); items from N on move down by one. A category that a linked TOWS strategy
does not pair is refused.

  --category C   the new category
  --position N   the new position, 1 = first
  --json         machine-readable result</source>
        <translation>Použití: rrw-cli swot move PROJECT.gpkg ID --category S|W|O|T [--position N] [--json]

Přesune položku SWOT ID do jiné kategorie (nebo v rámci její vlastní) téže územní jednotky na
pozici N (výchozí: na konec); položky od pozice N se posunou o jedno místo níž. Kategorie, která
neodpovídá propojené strategii TOWS, se odmítne.

  --category C   nová kategorie
  --position N   nová pozice, 1 = první
  --json         strojově čitelný výsledek</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot_items.cpp" line="59"/>
        <source>usage: rrw-cli swot delete PROJECT.gpkg ID [--json]

Deletes SWOT item ID with its evidence and its links from TOWS strategies.

  --json   machine-readable result (the deleted item)</source>
        <translation>Použití: rrw-cli swot delete PROJECT.gpkg ID [--json]

Smaže položku SWOT ID včetně jejích podkladů a vazeb na strategie TOWS.

  --json   strojově čitelný výsledek (smazaná položka)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot_items.cpp" line="77"/>
        <source>--evidence must be KIND:REF (e.g. indicator:unemployment_rate), not &apos;{1}&apos;</source>
        <translation>--evidence musí mít tvar KIND:REF (např. indicator:unemployment_rate), nikoli &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot_items.cpp" line="86"/>
        <source>--evidence: the kind &apos;{1}&apos; is not one of indicator, layer, index_run, source, bbk_scenario</source>
        <translation>--evidence: druh &apos;{1}&apos; není žádný z druhů indicator, layer, index_run, source, bbk_scenario</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot_items.cpp" line="114"/>
        <source>use either --region or --area, not both</source>
        <translation>použijte buď --region, nebo --area, ne obojí</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot_items.cpp" line="127"/>
        <location filename="../src/store/swot_suggestion_repository.cpp" line="41"/>
        <source>{1}: the project has no region &apos;{2}&apos;</source>
        <translation>{1}: projekt neobsahuje územní jednotku &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot_items.cpp" line="166"/>
        <source>--importance must be a whole number from 1 to 5, not &apos;{1}&apos;</source>
        <translation>--importance musí být celé číslo od 1 do 5, nikoli &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot_items.cpp" line="225"/>
        <source>Deleted SWOT item {1}.</source>
        <translation>Položka SWOT {1} smazána.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_tows.cpp" line="18"/>
        <source>usage: rrw-cli tows list|add|delete PROJECT.gpkg [options]

TOWS strategies (Weihrich 1982) of a project: SO uses strengths to seize opportunities, ST uses
strengths against threats, WO overcomes weaknesses with opportunities, WT limits weaknesses and
avoids threats. A strategy links SWOT items of its two categories and measures.

&apos;rrw-cli tows &lt;subcommand&gt; --help&apos; describes a subcommand.</source>
        <translation>Použití: rrw-cli tows list|add|delete PROJECT.gpkg [volby]

Strategie TOWS (Weihrich 1982) projektu: SO využívá silné stránky k uchopení příležitostí, ST
nasazuje silné stránky proti hrozbám, WO překonává slabé stránky pomocí příležitostí, WT omezuje
slabé stránky a vyhýbá se hrozbám. Strategie propojuje položky SWOT obou svých kategorií
s opatřeními.

&apos;rrw-cli tows &lt;podpříkaz&gt; --help&apos; popíše daný podpříkaz.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_tows.cpp" line="28"/>
        <source>usage: rrw-cli tows list PROJECT.gpkg [--kind SO|ST|WO|WT] [--json]

Lists the TOWS strategies by kind and id, one per line: id, kind, German title, Czech title,
linked SWOT items, linked measures.

  --kind K   only the strategies of this kind
  --json     machine-readable result</source>
        <translation>Použití: rrw-cli tows list PROJECT.gpkg [--kind SO|ST|WO|WT] [--json]

Vypíše strategie TOWS podle typu a ID, jednu na řádek: ID, typ, německý název, český název,
propojené položky SWOT, propojená opatření.

  --kind K   jen strategie tohoto typu
  --json     strojově čitelný výsledek</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_tows.cpp" line="37"/>
        <source>usage: rrw-cli tows add PROJECT.gpkg --kind SO|ST|WO|WT [--title-de TEXT] [--title-cs TEXT] [--text-de TEXT] [--text-cs TEXT] [--items ID,ID...] [--measures ID,ID...] [--json]

Adds a TOWS strategy. A German or a Czech title is required. The SWOT items must belong to the
kind&apos;s two categories (SO: S and O items, ST: S and T, WO: W and O, WT: W and T).

  --kind K          SO, ST, WO or WT
  --title-de TEXT   the German title
  --title-cs TEXT   the Czech title
  --text-de TEXT    the German description
  --text-cs TEXT    the Czech description
  --items LIST      SWOT item ids, comma-separated (see rrw-cli swot list)
  --measures LIST   measure ids, comma-separated (see rrw-cli measures list)
  --json            machine-readable result</source>
        <translation>Použití: rrw-cli tows add PROJECT.gpkg --kind SO|ST|WO|WT [--title-de TEXT] [--title-cs TEXT] [--text-de TEXT] [--text-cs TEXT] [--items ID,ID...] [--measures ID,ID...] [--json]

Přidá strategii TOWS. Je nutný německý nebo český název. Položky SWOT musí patřit do dvou
kategorií daného typu (SO: položky S a O, ST: S a T, WO: W a O, WT: W a T).

  --kind K          SO, ST, WO nebo WT
  --title-de TEXT   německý název
  --title-cs TEXT   český název
  --text-de TEXT    německý popis
  --text-cs TEXT    český popis
  --items LIST      ID položek SWOT oddělená čárkami (viz rrw-cli swot list)
  --measures LIST   ID opatření oddělená čárkami (viz rrw-cli measures list)
  --json            strojově čitelný výsledek</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_tows.cpp" line="54"/>
        <source>usage: rrw-cli tows delete PROJECT.gpkg ID [--json]

Deletes TOWS strategy ID and its links (the SWOT items and measures stay).

  --json   machine-readable result (the deleted strategy)</source>
        <translation>Použití: rrw-cli tows delete PROJECT.gpkg ID [--json]

Smaže strategii TOWS ID a její vazby (položky SWOT a opatření zůstanou zachovány).

  --json   strojově čitelný výsledek (smazaná strategie)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_tows.cpp" line="178"/>
        <source>Deleted TOWS strategy {1}.</source>
        <translation>Strategie TOWS {1} smazána.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_tows.cpp" line="194"/>
        <source>expected a subcommand: list, add, delete</source>
        <translation>očekává se podpříkaz: list, add, delete</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_tows.cpp" line="207"/>
        <source>unknown subcommand &apos;{1}&apos; (known: list, add, delete)</source>
        <translation>neznámý podpříkaz &apos;{1}&apos; (známé: list, add, delete)</translation>
    </message>
    <message>
        <location filename="../src/cli/planning_format.cpp" line="22"/>
        <source>{1} must be a positive whole number, not &apos;{2}&apos;</source>
        <translation>{1} musí být kladné celé číslo, nikoli &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/planning_format.cpp" line="71"/>
        <source>cross-border area</source>
        <translation>přeshraniční území</translation>
    </message>
    <message>
        <location filename="../src/cli/planning_format.cpp" line="116"/>
        <source>expected PROJECT.gpkg and the id of the entry</source>
        <translation>očekávány argumenty PROJECT.gpkg a ID záznamu</translation>
    </message>
    <message>
        <location filename="../src/store/bbk_repository.cpp" line="52"/>
        <source>BBK scenario &apos;{1}&apos;: the id must be 1 to 64 characters of A-Z, a-z, 0-9, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>scénář BBK &apos;{1}&apos;: ID musí mít 1 až 64 znaků z množiny A-Z, a-z, 0-9, &apos;_&apos;, &apos;-&apos; a &apos;.&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/bbk_repository.cpp" line="67"/>
        <source>BBK scenario &apos;{1}&apos;: the field {2} is not valid UTF-8</source>
        <translation>scénář BBK &apos;{1}&apos;: pole {2} není v platném kódování UTF-8</translation>
    </message>
    <message>
        <location filename="../src/store/bbk_repository.cpp" line="155"/>
        <source>{1}: there is no BBK scenario &apos;{2}&apos;</source>
        <translation>{1}: scénář BBK &apos;{2}&apos; neexistuje</translation>
    </message>
    <message>
        <location filename="../src/core/json_file.cpp" line="28"/>
        <source>{1}: {2}: the field &quot;{3}&quot; must be text</source>
        <translation>{1}: {2}: pole &quot;{3}&quot; musí být text</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_planning.cpp" line="30"/>
        <source>{1}: measure number {2} is not an object.</source>
        <translation>{1}: opatření č. {2} není objekt.</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_planning.cpp" line="49"/>
        <source>{1}: the measure id &quot;{2}&quot; appears more than once.</source>
        <translation>{1}: ID opatření &quot;{2}&quot; se vyskytuje vícekrát.</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_planning.cpp" line="89"/>
        <source>{1}: organisation number {2} is not an object.</source>
        <translation>{1}: organizace č. {2} není objekt.</translation>
    </message>
    <message>
        <location filename="../src/store/measure_repository.cpp" line="64"/>
        <source>{1}: measure &apos;{2}&apos;: the owner &apos;{3}&apos; is not an organisation of the project</source>
        <translation>{1}: opatření &apos;{2}&apos;: gestor &apos;{3}&apos; není organizací projektu</translation>
    </message>
    <message>
        <location filename="../src/store/measure_repository.cpp" line="70"/>
        <source>{1}: measure &apos;{2}&apos;: the review date &apos;{3}&apos; is not a calendar date written YYYY-MM-DD</source>
        <translation>{1}: opatření &apos;{2}&apos;: termín přezkumu &apos;{3}&apos; není kalendářní datum ve tvaru YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../src/store/measure_repository.cpp" line="79"/>
        <source>measure &apos;{1}&apos;: the id must be 1 to 64 characters of A-Z, a-z, 0-9, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>opatření &apos;{1}&apos;: ID musí mít 1 až 64 znaků z množiny A-Z, a-z, 0-9, &apos;_&apos;, &apos;-&apos; a &apos;.&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/measure_repository.cpp" line="85"/>
        <source>measure &apos;{1}&apos;: the field {2} is not valid UTF-8</source>
        <translation>opatření &apos;{1}&apos;: pole {2} není v platném kódování UTF-8</translation>
    </message>
    <message>
        <location filename="../src/store/measure_repository.cpp" line="95"/>
        <source>measure &apos;{1}&apos;: it needs a German or a Czech title</source>
        <translation>opatření &apos;{1}&apos;: je nutný německý nebo český název</translation>
    </message>
    <message>
        <location filename="../src/store/measure_repository.cpp" line="98"/>
        <source>measure &apos;{1}&apos;: the status must be idea, planned, in_progress or done, not &apos;{2}&apos;</source>
        <translation>opatření &apos;{1}&apos;: stav musí být idea, planned, in_progress nebo done, nikoli &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_measures.cpp" line="20"/>
        <source>usage: rrw-cli measures list PROJECT.gpkg [--status idea|planned|in_progress|done]
                             [--owner ORG] [--json]
       rrw-cli measures set PROJECT.gpkg ID [--owner ORG|none] [--status S]
                             [--review YYYY-MM-DD|none] [--link-swot N] [--unlink-swot N]
                             [--link-risk KIND:ID] [--unlink-risk KIND:ID] [--json]

list: the project&apos;s measures by id, one per line: id, status, owner (short name), review
date, linked SWOT items, linked risks, German title, Czech title. A new project starts with
the partners&apos; measure ideas (data/indicators/measures.json, status idea, no owner).

set: changes one measure in one step (all or nothing). The owner is an organisation id of
`rrw-cli actors list`; the review date a calendar date; --link-swot/--unlink-swot take a SWOT
item id, --link-risk/--unlink-risk a risk KIND:ID with KIND hazard_model (an index model),
bbk_scenario (a BBK scenario) or supply_scenario (a stored supply-chain scenario). The link
options can be repeated.

  --status S   (list) only the measures with this status
  --owner ORG  (list) only the measures of this organisation (&quot;none&quot;: without owner)
  --json       machine-readable result (with descriptions, sources and links)</source>
        <translation>Použití: rrw-cli measures list PROJECT.gpkg [--status idea|planned|in_progress|done]
                               [--owner ORG] [--json]
         rrw-cli measures set PROJECT.gpkg ID [--owner ORG|none] [--status S]
                               [--review YYYY-MM-DD|none] [--link-swot N] [--unlink-swot N]
                               [--link-risk KIND:ID] [--unlink-risk KIND:ID] [--json]

list: vypíše opatření projektu podle ID, jedno na řádek: ID, stav, gestor (zkrácený název),
termín přezkumu, propojené položky SWOT, propojená rizika, německý název, český název. Nový
projekt začíná s náměty opatření od partnerů (data/indicators/measures.json, stav idea, bez
gestora).

set: změní jedno opatření v jednom kroku (vše, nebo nic). Gestor je ID organizace z výpisu
`rrw-cli actors list`, termín přezkumu kalendářní datum; --link-swot/--unlink-swot očekávají
ID položky SWOT, --link-risk/--unlink-risk riziko KIND:ID, kde KIND je hazard_model (indexový
model), bbk_scenario (scénář BBK) nebo supply_scenario (uložený scénář dodavatelského řetězce).
Volby pro vazby lze opakovat.

  --status S   (list) jen opatření s tímto stavem
  --owner ORG  (list) jen opatření této organizace (&quot;none&quot;: bez gestora)
  --json       strojově čitelný výsledek (s popisy, zdroji a vazbami)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_measures.cpp" line="173"/>
        <source>nothing to change: give --owner, --status, --review or a --link/--unlink option</source>
        <translation>není co měnit: zadejte --owner, --status, --review nebo některou z voleb --link/--unlink</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_measures.cpp" line="182"/>
        <location filename="../src/store/measure_links.cpp" line="39"/>
        <location filename="../src/store/measure_repository.cpp" line="109"/>
        <source>{1}: there is no measure &apos;{2}&apos;</source>
        <translation>{1}: opatření &apos;{2}&apos; neexistuje</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_measures.cpp" line="225"/>
        <source>expected a subcommand: list, set</source>
        <translation>očekává se podpříkaz: list, set</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_measures.cpp" line="235"/>
        <source>unknown subcommand &apos;{1}&apos; (known: list, set)</source>
        <translation>neznámý podpříkaz &apos;{1}&apos; (známé: list, set)</translation>
    </message>
    <message>
        <location filename="../src/store/measure_repository.cpp" line="167"/>
        <source>{1}: the measure &apos;{2}&apos; exists already</source>
        <translation>{1}: opatření &apos;{2}&apos; již existuje</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="70"/>
        <location filename="../ui/commands/swot_commands.cpp" line="21"/>
        <source>{1}: there is no SWOT item {2}</source>
        <translation>{1}: položka SWOT {2} neexistuje</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="79"/>
        <source>SWOT item {1}: the category must be S, W, O or T, not &apos;{2}&apos;</source>
        <translation>položka SWOT {1}: kategorie musí být S, W, O nebo T, nikoli &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="88"/>
        <location filename="../src/store/swot_repository.cpp" line="158"/>
        <source>SWOT item {1}: the field {2} is not valid UTF-8</source>
        <translation>položka SWOT {1}: pole {2} není v platném kódování UTF-8</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="95"/>
        <source>SWOT item {1}: it needs a German or a Czech text</source>
        <translation>položka SWOT {1}: je nutný německý nebo český text</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="98"/>
        <source>a new SWOT item needs a German or a Czech text</source>
        <translation>nová položka SWOT vyžaduje německý nebo český text</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="101"/>
        <source>SWOT item {1}: the importance must be a whole number from 1 to 5, not {2}</source>
        <translation>položka SWOT {1}: význam musí být celé číslo od 1 do 5, nikoli {2}</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="108"/>
        <source>SWOT item {1}: the origin must be manual or suggestion, not &apos;{2}&apos;</source>
        <translation>položka SWOT {1}: původ musí být manual nebo suggestion, nikoli &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="113"/>
        <source>SWOT item {1}: the project has no region &apos;{2}&apos;</source>
        <translation>položka SWOT {1}: projekt neobsahuje územní jednotku &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="152"/>
        <source>SWOT item {1}: the evidence kind &apos;{2}&apos; is not one of indicator, layer, index_run, source, bbk_scenario</source>
        <translation>položka SWOT {1}: druh podkladu &apos;{2}&apos; není žádný z druhů indicator, layer, index_run, source, bbk_scenario</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="163"/>
        <source>SWOT item {1}: the evidence {2} needs a reference</source>
        <translation>položka SWOT {1}: podklad {2} vyžaduje odkaz</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="168"/>
        <source>SWOT item {1}: the evidence {2}:{3} refers to nothing in the project (no such {2})</source>
        <translation>položka SWOT {1}: podklad {2}:{3} neodkazuje na nic v projektu ({2} s tímto označením neexistuje)</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="181"/>
        <source>SWOT item {1} already has the evidence {2}:{3}</source>
        <translation>položka SWOT {1} již má podklad {2}:{3}</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="188"/>
        <source>{1}: the SWOT evidence {2} exists already</source>
        <translation>{1}: podklad SWOT {2} již existuje</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="227"/>
        <source>SWOT item {1} cannot become {2}: the TOWS strategy {3} links it, and strategies of kind {4} pair only {5} with {6} items</source>
        <translation>položka SWOT {1} nemůže přejít do kategorie {2}: propojuje ji strategie TOWS {3} a strategie typu {4} kombinují pouze položky {5} s položkami {6}</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="368"/>
        <source>SWOT item {1}: the position must be 1 or more, not {2}</source>
        <translation>položka SWOT {1}: pozice musí být 1 nebo větší, nikoli {2}</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="423"/>
        <source>{1}: the SWOT item {2} exists already</source>
        <translation>{1}: položka SWOT {2} již existuje</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="477"/>
        <source>{1}: there is no SWOT evidence {2}</source>
        <translation>{1}: podklad SWOT {2} neexistuje</translation>
    </message>
    <message>
        <location filename="../src/store/swot_suggestion_repository.cpp" line="35"/>
        <source>the suggestion for {1} / {2} has the category &apos;{3}&apos;; suggestions are S or W</source>
        <translation>návrh pro {1} / {2} má kategorii &apos;{3}&apos;; návrhy mohou mít jen kategorii S nebo W</translation>
    </message>
    <message>
        <location filename="../src/store/swot_suggestion_repository.cpp" line="47"/>
        <source>{1}: the project has no indicator &apos;{2}&apos;</source>
        <translation>{1}: projekt neobsahuje indikátor &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/swot_suggestion_repository.cpp" line="51"/>
        <source>the suggestion {1} for {2} / {3} was already decided: {4} on {5}</source>
        <translation>o návrhu {1} pro {2} / {3} již bylo rozhodnuto: {4} dne {5}</translation>
    </message>
    <message>
        <location filename="../src/store/swot_suggestion_repository.cpp" line="135"/>
        <source>the suggestion for {1}: the field {2} is not valid UTF-8</source>
        <translation>návrh pro {1}: pole {2} není v platném kódování UTF-8</translation>
    </message>
    <message>
        <location filename="../src/store/tows_repository.cpp" line="49"/>
        <source>{1}: there is no TOWS strategy {2}</source>
        <translation>{1}: strategie TOWS {2} neexistuje</translation>
    </message>
    <message>
        <location filename="../src/store/tows_repository.cpp" line="65"/>
        <source>TOWS strategy {1}: the kind must be SO, ST, WO or WT, not &apos;{2}&apos;</source>
        <translation>strategie TOWS {1}: typ musí být SO, ST, WO nebo WT, nikoli &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/tows_repository.cpp" line="70"/>
        <source>TOWS strategy {1}: the field {2} is not valid UTF-8</source>
        <translation>strategie TOWS {1}: pole {2} není v platném kódování UTF-8</translation>
    </message>
    <message>
        <location filename="../src/store/tows_repository.cpp" line="78"/>
        <source>TOWS strategy {1}: it needs a German or a Czech title</source>
        <translation>strategie TOWS {1}: je nutný německý nebo český název</translation>
    </message>
    <message>
        <location filename="../src/store/tows_repository.cpp" line="82"/>
        <source>a new TOWS strategy needs a German or a Czech title</source>
        <translation>nová strategie TOWS vyžaduje německý nebo český název</translation>
    </message>
    <message>
        <location filename="../src/store/tows_repository.cpp" line="89"/>
        <source>TOWS strategy {1}: there is no SWOT item {2}</source>
        <translation>strategie TOWS {1}: položka SWOT {2} neexistuje</translation>
    </message>
    <message>
        <location filename="../src/store/tows_repository.cpp" line="94"/>
        <source>TOWS strategy {1}: SWOT item {2} has the category {3}; strategies of kind {4} pair only {5} with {6} items</source>
        <translation>strategie TOWS {1}: položka SWOT {2} má kategorii {3}; strategie typu {4} kombinují pouze položky {5} s položkami {6}</translation>
    </message>
    <message>
        <location filename="../src/store/tows_repository.cpp" line="108"/>
        <source>TOWS strategy {1}: there is no measure &apos;{2}&apos;</source>
        <translation>strategie TOWS {1}: opatření &apos;{2}&apos; neexistuje</translation>
    </message>
    <message>
        <location filename="../src/store/tows_repository.cpp" line="177"/>
        <source>{1}: the TOWS strategy {2} exists already</source>
        <translation>{1}: strategie TOWS {2} již existuje</translation>
    </message>
    <message>
        <location filename="../src/render/map_content.cpp" line="35"/>
        <source>{1}: layer &apos;{2}&apos; has no field &apos;{3}&apos; to join values on</source>
        <translation>{1}: vrstva &apos;{2}&apos; nemá pole &apos;{3}&apos;, přes které lze připojit hodnoty</translation>
    </message>
    <message>
        <location filename="../src/render/map_content.cpp" line="39"/>
        <source>{1}: layer &apos;{2}&apos; already has a field &apos;{3}&apos;; joined values need a new name</source>
        <translation>{1}: vrstva &apos;{2}&apos; již má pole &apos;{3}&apos;; připojené hodnoty potřebují nový název</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="487"/>
        <source>Risk score: {1}</source>
        <translation>Index rizika: {1}</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="497"/>
        <source>rrw index run {1}</source>
        <translation>výpočet indexu rrw č. {1}</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="15"/>
        <source>Border closure</source>
        <translation>Uzavření hranic</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="16"/>
        <source>Supply-chain disruption</source>
        <translation>Narušení dodavatelských řetězců</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="17"/>
        <source>Energy-price shock</source>
        <translation>Cenový šok energií</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="18"/>
        <source>Pandemic</source>
        <translation>Pandemie</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="19"/>
        <source>Flood and heavy rain</source>
        <translation>Povodně a přívalové srážky</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="20"/>
        <source>Drought and forest dieback</source>
        <translation>Sucho a odumírání lesů</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="21"/>
        <source>Skilled-labour shortage</source>
        <translation>Nedostatek kvalifikovaných pracovníků</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="22"/>
        <source>All hazards</source>
        <translation>Všechny hrozby</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="27"/>
        <source>inh/km²</source>
        <translation>obyv./km²</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="28"/>
        <source>EUR/inh</source>
        <translation>EUR/obyv.</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="29"/>
        <source>per 1,000 inh</source>
        <translation>na 1 000 obyv.</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="30"/>
        <source>per 100,000 inh</source>
        <translation>na 100 000 obyv.</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="31"/>
        <source>per 1,000 employees</source>
        <translation>na 1 000 zaměstnanců</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="32"/>
        <source>beds per 1,000 inh</source>
        <translation>lůžek na 1 000 obyv.</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="33"/>
        <source>days/year</source>
        <translation>dní/rok</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="34"/>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="37"/>
        <source>synthetic</source>
        <translation>syntetické</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_repository.cpp" line="158"/>
        <source>{1}: the index model &apos;{2}&apos; is not JSON: {3}</source>
        <translation>{1}: indexový model &apos;{2}&apos; není platný JSON: {3}</translation>
    </message>
    <message>
        <location filename="../ui/score_job.cpp" line="39"/>
        <source>{1} samples are too many for {2} regions (at most {3} in all)</source>
        <translation>Počet vzorků {1} je pro počet územních jednotek {2} příliš vysoký (vzorky × územní jednotky celkem nejvýše {3})</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="84"/>
        <source>{1}: row {2}, column &apos;{3}&apos;: the text is not UTF-8 (save the file as UTF-8)</source>
        <translation>{1}: řádek {2}, sloupec &apos;{3}&apos;: text není v kódování UTF-8 (uložte soubor jako UTF-8)</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="117"/>
        <source>{1}: row {2}: unknown region code &apos;{3}&apos;</source>
        <translation>{1}: řádek {2}: neznámý kód územní jednotky &apos;{3}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="121"/>
        <source>{1}: row {2}: unknown indicator &apos;{3}&apos; (import its catalog entry first)</source>
        <translation>{1}: řádek {2}: neznámý indikátor &apos;{3}&apos; (nejprve importujte jeho položku katalogu)</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="127"/>
        <source>{1}: row {2}: the year is empty</source>
        <translation>{1}: řádek {2}: chybí rok</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="139"/>
        <source>{1}: row {2}: no source (add a &apos;source&apos; column or give one source for the whole file)</source>
        <translation>{1}: řádek {2}: chybí zdroj (přidejte sloupec &apos;source&apos; nebo zadejte jeden zdroj pro celý soubor)</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="146"/>
        <source>{1}: row {2}: &apos;{3}&apos;, &apos;{4}&apos;, {5} is given more than once</source>
        <translation>{1}: řádek {2}: kombinace &apos;{3}&apos;, &apos;{4}&apos;, {5} je uvedena vícekrát</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="177"/>
        <source>{1}: row {2}: &apos;{3}&apos; is not a usable indicator id</source>
        <translation>{1}: řádek {2}: &apos;{3}&apos; není použitelné ID indikátoru</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="182"/>
        <location filename="../src/store/supply_rows.cpp" line="95"/>
        <source>{1}: row {2}, column &apos;{3}&apos; is empty</source>
        <translation>{1}: řádek {2}, sloupec &apos;{3}&apos; je prázdný</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="188"/>
        <source>{1}: row {2}: direction &apos;{3}&apos; is neither higher_is_worse nor higher_is_better</source>
        <translation>{1}: řádek {2}: směr &apos;{3}&apos; není ani higher_is_worse, ani higher_is_better</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="196"/>
        <source>{1}: row {2}: dimension &apos;{3}&apos; is none of hazard_exposure, vulnerability, coping_capacity</source>
        <translation>{1}: řádek {2}: dimenze &apos;{3}&apos; není žádná z hodnot hazard_exposure, vulnerability, coping_capacity</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="202"/>
        <source>{1}: row {2}: indicator &apos;{3}&apos; is given twice</source>
        <translation>{1}: řádek {2}: indikátor &apos;{3}&apos; je uveden dvakrát</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="260"/>
        <source>{1}: the project is too old for indicators</source>
        <translation>{1}: projekt je pro indikátory příliš starý (starší schéma)</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="280"/>
        <source>{1}: expected the columns region_code, indicator_id, year, value (indicator values) or id, name_de, name_cs, name_en, direction, dimension (indicator catalog)</source>
        <translation>{1}: očekávány sloupce region_code, indicator_id, year, value (hodnoty indikátorů) nebo id, name_de, name_cs, name_en, direction, dimension (katalog indikátorů)</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="30"/>
        <source>{1}: sector number {2} has an empty id</source>
        <translation>{1}: sektor číslo {2} má prázdné ID</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="34"/>
        <location filename="../src/analysis/supply/iim.cpp" line="107"/>
        <source>{1}: the sector &apos;{2}&apos; is listed twice</source>
        <translation>{1}: sektor &apos;{2}&apos; je uveden dvakrát</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="46"/>
        <source>{1}: the matrix has no sectors</source>
        <translation>{1}: matice neobsahuje žádné sektory</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="50"/>
        <source>{1}: the matrix has {2} rows and {3} columns; it must be square (one row and one column per sector)</source>
        <translation>{1}: matice má řádků: {2}, sloupců: {3}; musí být čtvercová (pro každý sektor jeden řádek a jeden sloupec)</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="58"/>
        <source>{1}: the column &apos;{2}&apos; has no row of the same sector (row and column ids must be the same)</source>
        <translation>{1}: ke sloupci &apos;{2}&apos; neexistuje řádek téhož sektoru (ID řádků a sloupců se musí shodovat)</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="68"/>
        <source>{1}: the row &apos;{2}&apos; has {3} values, not {4}</source>
        <translation>{1}: řádek &apos;{2}&apos;: počet hodnot je {3}, nikoli {4}</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="74"/>
        <source>{1}: row &apos;{2}&apos;, column &apos;{3}&apos;: the coefficient is not a finite number</source>
        <translation>{1}: řádek &apos;{2}&apos;, sloupec &apos;{3}&apos;: koeficient není konečné číslo</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="80"/>
        <source>{1}: row &apos;{2}&apos;, column &apos;{3}&apos;: the coefficient {4} is negative (technical coefficients are 0 or more)</source>
        <translation>{1}: řádek &apos;{2}&apos;, sloupec &apos;{3}&apos;: koeficient {4} je záporný (technické koeficienty jsou větší nebo rovny 0)</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="100"/>
        <source>{1}: unknown sector &apos;{2}&apos; (not in the technical coefficient matrix)</source>
        <translation>{1}: neznámý sektor &apos;{2}&apos; (není v matici technických koeficientů)</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="112"/>
        <source>{1}: sector &apos;{2}&apos;: the value is not a finite number</source>
        <translation>{1}: sektor &apos;{2}&apos;: hodnota není konečné číslo</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="120"/>
        <source>{1}: the sector &apos;{2}&apos; is missing (every sector of the matrix needs a value)</source>
        <translation>{1}: chybí sektor &apos;{2}&apos; (každý sektor matice musí mít hodnotu)</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="156"/>
        <source>{1}: the matrix I - A is singular (rank {2} of {3}), so the model has no unique solution; column sums of A reaching 1: {4}</source>
        <translation>{1}: matice I - A je singulární (hodnost {2} z {3}), model proto nemá jednoznačné řešení; sloupcové součty A, které dosahují 1: {4}</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="165"/>
        <source>{1}: the economy is not productive (spectral radius of A is {2}, it must be below 1): the Leontief inverse has negative entries; column sums of A reaching 1: {3}</source>
        <translation>{1}: ekonomika není produktivní (spektrální poloměr A je {2}, musí být menší než 1): Leontiefova inverze má záporné prvky; sloupcové součty A, které dosahují 1: {3}</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="186"/>
        <source>the number of days must be between 0 and {1}</source>
        <translation>počet dní musí být v rozmezí 0 až {1}</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="190"/>
        <source>the duration must be 0 days or more</source>
        <translation>doba trvání musí být 0 dní nebo více</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="193"/>
        <source>recovery coefficients need a number of days for the dynamic model</source>
        <translation>koeficienty obnovy vyžadují počet dní pro dynamický model</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="209"/>
        <source>{1}: sector &apos;{2}&apos; has the recovery coefficient {3}, above 1: the dynamic model overshoots and may oscillate</source>
        <translation>{1}: sektor &apos;{2}&apos; má koeficient obnovy {3}, větší než 1: dynamický model překmitává a může oscilovat</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="215"/>
        <source>{1}: sector &apos;{2}&apos; has the recovery coefficient 0: its inoperability never changes from 0 in the dynamic model</source>
        <translation>{1}: sektor &apos;{2}&apos; má koeficient obnovy 0: jeho neoperabilita zůstává v dynamickém modelu trvale 0</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="228"/>
        <source>the dynamic model does not converge (spectral radius of I - K(I - A*) is {1}); choose recovery coefficients between 0 and 1</source>
        <translation>dynamický model nekonverguje (spektrální poloměr I - K(I - A*) je {1}); zvolte koeficienty obnovy mezi 0 a 1</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="251"/>
        <source>the dynamic model diverged on day {1}; choose recovery coefficients between 0 and 1</source>
        <translation>dynamický model divergoval v den {1}; zvolte koeficienty obnovy mezi 0 a 1</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="276"/>
        <source>{1}: sector &apos;{2}&apos; has the output {3}; the total output must be above 0 (the model divides by it: leave a sector without output out of all files)</source>
        <translation>{1}: sektor &apos;{2}&apos; má celkovou produkci {3}; celková produkce musí být větší než 0 (model jí dělí: sektor bez produkce vynechte ze všech souborů)</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="285"/>
        <source>{1}: sector &apos;{2}&apos; has the perturbation {3}; it must be a fraction of the sector&apos;s output between 0 and 1</source>
        <translation>{1}: sektor &apos;{2}&apos; má poruchu {3}; musí jít o podíl na produkci sektoru mezi 0 a 1</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="292"/>
        <source>{1}: sector &apos;{2}&apos; has the recovery coefficient {3}; it must be 0 or more (between 0 and 1 recommended)</source>
        <translation>{1}: sektor &apos;{2}&apos; má koeficient obnovy {3}; musí být větší nebo roven 0 (doporučeno mezi 0 a 1)</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="313"/>
        <source>sector &apos;{1}&apos; has the inoperability {2}, above 1: the perturbation is larger than the sector&apos;s whole output, so it is not feasible as given</source>
        <translation>sektor &apos;{1}&apos; má neoperabilitu {2}, větší než 1: porucha je větší než celá produkce sektoru, a v zadané podobě proto není proveditelná</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="82"/>
        <source>{1}: row {2}: text after a closing quote (write &quot;&quot; for a quote inside a cell)</source>
        <translation>{1}: řádek {2}: text za uzavíracími uvozovkami (uvozovky uvnitř buňky zapište jako &quot;&quot;)</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="89"/>
        <source>{1}: row {2}: a quote is not closed</source>
        <translation>{1}: řádek {2}: uvozovky nejsou uzavřeny</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="107"/>
        <source>{1}: the file is UTF-16; save it as UTF-8</source>
        <translation>{1}: soubor je v kódování UTF-16; uložte jej jako UTF-8</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="118"/>
        <source>{1}: row {2}: the text is not UTF-8 (save the file as UTF-8)</source>
        <translation>{1}: řádek {2}: text není v kódování UTF-8 (uložte soubor jako UTF-8)</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="139"/>
        <source>{1}: the file is empty</source>
        <translation>{1}: soubor je prázdný</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="142"/>
        <source>{1}: row {2}: the header has only one column (separate the columns with &apos;,&apos; or &apos;;&apos;)</source>
        <translation>{1}: řádek {2}: záhlaví má jen jeden sloupec (oddělte sloupce znakem &apos;,&apos; nebo &apos;;&apos;)</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="154"/>
        <source>{1}: row {2}, column &apos;{3}&apos;: the cell is empty</source>
        <translation>{1}: řádek {2}, sloupec &apos;{3}&apos;: buňka je prázdná</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="176"/>
        <source>{1}: row {2} has {3} cells, but the header has {4}</source>
        <translation>{1}: řádek {2}: počet buněk je {3}, v záhlaví však {4}</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="200"/>
        <source>{1}: row {2}: column {3} of the header has no sector id</source>
        <translation>{1}: řádek {2}: sloupec {3} záhlaví nemá ID sektoru</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="210"/>
        <location filename="../src/cli/sector_csv.cpp" line="246"/>
        <source>{1}: row {2}: the sector id is empty</source>
        <translation>{1}: řádek {2}: ID sektoru je prázdné</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="235"/>
        <source>{1}: the column &apos;{2}&apos; is missing (expected sector,value)</source>
        <translation>{1}: chybí sloupec &apos;{2}&apos; (očekáváno: sector,value)</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/conditions.cpp" line="37"/>
        <source>{1}: hazard {2} names the crossing &quot;{3}&quot;, which no link uses and the crossings table does not list.</source>
        <translation>{1}: hrozba {2} uvádí hraniční přechod &quot;{3}&quot;, který nevyužívá žádná dodavatelská vazba a který tabulka hraničních přechodů neobsahuje.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/measures.cpp" line="35"/>
        <source>{1}: {2}: the supplier &quot;{3}&quot; is not in the network.</source>
        <translation>{1}: {2}: dodavatel &quot;{3}&quot; není v dodavatelské síti.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/measures.cpp" line="45"/>
        <source>{1}: {2}: the crossing &quot;{3}&quot; is unknown or carries no freight.</source>
        <translation>{1}: {2}: hraniční přechod &quot;{3}&quot; je neznámý nebo jím neprochází nákladní doprava.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/measures.cpp" line="68"/>
        <source>{1}: {2}: the supplier &quot;{3}&quot; cannot take over its own East Asia supply.</source>
        <translation>{1}: {2}: dodavatel &quot;{3}&quot; nemůže převzít své vlastní dodávky z východní Asie.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="38"/>
        <source>{1}: {2} has the unknown key &quot;{3}&quot;.</source>
        <translation>{1}: {2} má neznámý klíč &quot;{3}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="46"/>
        <location filename="../src/store/bundled_region.cpp" line="146"/>
        <source>{1}: {2} needs &quot;{3}&quot;.</source>
        <translation>{1}: {2} vyžaduje &quot;{3}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="57"/>
        <source>{1}: {2}: &quot;{3}&quot; must be a text.</source>
        <translation>{1}: {2}: &quot;{3}&quot; musí být text.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="66"/>
        <source>{1}: {2}: &quot;{3}&quot; must be a number from {4} to {5}.</source>
        <translation>{1}: {2}: &quot;{3}&quot; musí být číslo od {4} do {5}.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="75"/>
        <source>{1}: {2}: &quot;{3}&quot; must be a whole number from {4} to {5}.</source>
        <translation>{1}: {2}: &quot;{3}&quot; musí být celé číslo od {4} do {5}.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="88"/>
        <location filename="../src/analysis/scenario/scenario.cpp" line="243"/>
        <location filename="../src/store/bundled_supply.cpp" line="31"/>
        <source>{1}: {2}: &quot;{3}&quot; must be a list.</source>
        <translation>{1}: {2}: &quot;{3}&quot; musí být seznam.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="94"/>
        <source>{1}: {2}: {3} is not a NACE code or prefix (such as C or C29).</source>
        <translation>{1}: {2}: {3} není kód ani předpona NACE (např. C nebo C29).</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="114"/>
        <location filename="../src/store/bundled_region.cpp" line="227"/>
        <location filename="../src/store/bundled_region.cpp" line="254"/>
        <location filename="../src/store/bundled_supply.cpp" line="22"/>
        <location filename="../src/store/bundled_supply.cpp" line="44"/>
        <source>{1}: {2} must be a JSON object.</source>
        <translation>{1}: {2} musí být objekt JSON.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="138"/>
        <location filename="../src/analysis/scenario/scenario.cpp" line="202"/>
        <source>{1}: {2} has the unknown type &quot;{3}&quot;.</source>
        <translation>{1}: {2} má neznámý typ &quot;{3}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="158"/>
        <source>{1}: {2}: &quot;crossings&quot; must be &quot;all&quot; or a list of crossing ids.</source>
        <translation>{1}: {2}: &quot;crossings&quot; musí být &quot;all&quot; nebo seznam ID hraničních přechodů.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="218"/>
        <source>{1}: {2} changes nothing: give &quot;substitutable_share&quot; or &quot;switch_days&quot;.</source>
        <translation>{1}: {2} nic nemění: zadejte &quot;substitutable_share&quot; nebo &quot;switch_days&quot;.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="294"/>
        <source>{1}: the scenario needs a name.</source>
        <translation>{1}: scénář musí mít název.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="302"/>
        <source>{1}: &quot;version&quot; must be a whole number of at least 1 or a text.</source>
        <translation>{1}: &quot;version&quot; musí být celé číslo alespoň 1 nebo text.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="34"/>
        <source>{1}: {2} must be between 0 and 1 (found {3}).</source>
        <translation>{1}: {2} musí být v rozmezí 0 až 1 (zadáno: {3}).</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="42"/>
        <source>{1}: {2} must be a number of at least 0 (found {3}).</source>
        <translation>{1}: {2} musí být číslo větší nebo rovné 0 (zadáno: {3}).</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="49"/>
        <source>{1}: {2} must be a whole number of days from {3} to {4} (found {5}).</source>
        <translation>{1}: {2} musí být celý počet dní od {3} do {4} (zadáno: {5}).</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="63"/>
        <source>{1}: the country &quot;{2}&quot; is not a two-letter code such as DE or CZ.</source>
        <translation>{1}: země &quot;{2}&quot; není dvoupísmenný kód, např. DE nebo CZ.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="98"/>
        <source>{1}: the firm id is empty.</source>
        <translation>{1}: ID podniku je prázdné.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="102"/>
        <source>{1}: the firm id &quot;{2}&quot; is reserved for an external node.</source>
        <translation>{1}: ID podniku &quot;{2}&quot; je vyhrazeno pro externí uzel.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="109"/>
        <source>{1}: the firm id &quot;{2}&quot; appears twice (also {3}).</source>
        <translation>{1}: ID podniku &quot;{2}&quot; se vyskytuje dvakrát (také {3}).</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="114"/>
        <source>{1}: &quot;{2}&quot; is not a NACE Rev. 2 code (such as C29.32).</source>
        <translation>{1}: &quot;{2}&quot; není kód NACE Rev. 2 (např. C29.32).</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="129"/>
        <source>{1}: x and y must both be numbers or both be empty.</source>
        <translation>{1}: x a y musí být buď obě čísla, nebo obě prázdné.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="167"/>
        <source>{1}: the crossing id is empty.</source>
        <translation>{1}: ID hraničního přechodu je prázdné.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="170"/>
        <source>{1}: the crossing id &quot;{2}&quot; appears twice.</source>
        <translation>{1}: ID hraničního přechodu &quot;{2}&quot; se vyskytuje dvakrát.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="175"/>
        <source>{1}: more than 65534 crossings.</source>
        <translation>{1}: více než 65534 hraničních přechodů.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="201"/>
        <source>{1}: the supplier &quot;{2}&quot; is neither a firm nor an external node.</source>
        <translation>{1}: dodavatel &quot;{2}&quot; není podnik ani externí uzel.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="208"/>
        <source>{1}: the customer &quot;{2}&quot; is not a firm.</source>
        <translation>{1}: odběratel &quot;{2}&quot; není podnik.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="212"/>
        <source>{1}: the external node &quot;{2}&quot; cannot be a customer.</source>
        <translation>{1}: externí uzel &quot;{2}&quot; nemůže být odběratelem.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="218"/>
        <source>{1}: the firm &quot;{2}&quot; cannot supply itself.</source>
        <translation>{1}: podnik &quot;{2}&quot; nemůže dodávat sám sobě.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="228"/>
        <source>{1}: {2} must be at most {3} (found {4}).</source>
        <translation>{1}: {2} smí být nejvýše {3} (zadáno: {4}).</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="239"/>
        <source>{1}: the crossing &quot;{2}&quot; is not in the crossings table.</source>
        <translation>{1}: hraniční přechod &quot;{2}&quot; není v tabulce hraničních přechodů.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="246"/>
        <source>{1}: the crossing &quot;{2}&quot; carries no freight.</source>
        <translation>{1}: hraničním přechodem &quot;{2}&quot; neprochází nákladní doprava.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="274"/>
        <source>{1}: &quot;{2}&quot; supplies &quot;{3}&quot; with &quot;{4}&quot; twice (also {5}).</source>
        <translation>{1}: &quot;{2}&quot; dodává podniku &quot;{3}&quot; vstup &quot;{4}&quot; dvakrát (také {5}).</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="281"/>
        <source>{1}: with this link the input shares of &quot;{2}&quot; add up to {3}, more than 1.</source>
        <translation>{1}: s touto dodavatelskou vazbou činí součet podílů vstupů podniku &quot;{2}&quot; {3}, tedy více než 1.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="359"/>
        <source>The supply network is too large.</source>
        <translation>Dodavatelská síť je příliš velká.</translation>
    </message>
    <message>
        <location filename="../src/store/scenario_repository.cpp" line="42"/>
        <source>scenario &apos;{1}&apos;: the field {2} is not valid UTF-8</source>
        <translation>scénář &apos;{1}&apos;: pole {2} není v platném kódování UTF-8</translation>
    </message>
    <message>
        <location filename="../src/store/scenario_repository.cpp" line="47"/>
        <source>{1}: a scenario needs a name</source>
        <translation>{1}: scénář musí mít název</translation>
    </message>
    <message>
        <location filename="../src/store/scenario_repository.cpp" line="97"/>
        <source>{1}: the scenario &apos;{2}&apos; has no version {3}</source>
        <translation>{1}: scénář &apos;{2}&apos; nemá verzi {3}</translation>
    </message>
    <message>
        <location filename="../src/store/scenario_repository.cpp" line="100"/>
        <source>{1}: there is no scenario &apos;{2}&apos;</source>
        <translation>{1}: scénář &apos;{2}&apos; neexistuje</translation>
    </message>
    <message>
        <location filename="../src/store/scenario_repository.cpp" line="114"/>
        <source>scenario &apos;{1}&apos; version {2}: not valid JSON ({3})</source>
        <translation>scénář &apos;{1}&apos; verze {2}: není platný JSON ({3})</translation>
    </message>
    <message>
        <location filename="../src/store/scenario_run_repository.cpp" line="42"/>
        <source>run of the scenario &apos;{1}&apos;: the inputs hash and the network digest must be 16 hex digits</source>
        <translation>výpočet scénáře &apos;{1}&apos;: hash vstupů a kontrolní součet sítě musí mít 16 šestnáctkových číslic</translation>
    </message>
    <message>
        <location filename="../src/store/scenario_run_repository.cpp" line="104"/>
        <source>{1}: there is no scenario run {2}</source>
        <translation>{1}: výpočet scénáře č. {2} neexistuje</translation>
    </message>
    <message>
        <location filename="../src/store/supply_repository.cpp" line="91"/>
        <source>{1}: link {2} refers to a missing firm</source>
        <translation>{1}: dodavatelská vazba {2} odkazuje na neexistující podnik</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage_reader.cpp" line="47"/>
        <source>{1}, layer {2}, feature {3}: the geometry is a {4}, not a point</source>
        <translation>{1}, vrstva {2}, prvek {3}: geometrie je typu {4}, nikoli bod</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage_reader.cpp" line="62"/>
        <source>{1}, layer {2}, feature {3}: the point ({4}, {5}) in {6} cannot be transformed to WGS84 longitude/latitude</source>
        <translation>{1}, vrstva {2}, prvek {3}: bod ({4}, {5}) v {6} nelze transformovat na zeměpisnou délku/šířku (WGS84)</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage_reader.cpp" line="75"/>
        <source>{1}, layer {2}: the layer has points but no coordinate reference system</source>
        <translation>{1}, vrstva {2}: vrstva obsahuje body, ale nemá souřadnicový referenční systém</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage_reader.cpp" line="86"/>
        <source>{1}, layer {2}: no transformation from {3} to WGS84 ({4})</source>
        <translation>{1}, vrstva {2}: neexistuje transformace z {3} do WGS84 ({4})</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage_reader.cpp" line="119"/>
        <source>{1}: not a GeoPackage ({2})</source>
        <translation>{1}: nejde o soubor GeoPackage ({2})</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage_reader.cpp" line="157"/>
        <source>{1}: the layer &apos;{2}&apos; is missing (layers in the file: {3})</source>
        <translation>{1}: chybí vrstva &apos;{2}&apos; (vrstvy v souboru: {3})</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage_reader.cpp" line="184"/>
        <source>{1}, layer {2}: cannot read the layer ({3})</source>
        <translation>{1}, vrstva {2}: vrstvu nelze načíst ({3})</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="42"/>
        <source>rest of Germany</source>
        <translation>zbytek Německa</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="45"/>
        <source>rest of Czechia</source>
        <translation>zbytek Česka</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="48"/>
        <source>East Asia</source>
        <translation>východní Asie</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="50"/>
        <source>rest of the EU</source>
        <translation>zbytek EU</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="105"/>
        <source>cross-border DE–CZ</source>
        <translation>přeshraniční DE–CZ</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="106"/>
        <source>within the region, one country</source>
        <translation>v rámci regionu, v jednom státě</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="107"/>
        <source>from outside the region</source>
        <translation>z území mimo region</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="108"/>
        <source>cut by the scenario&apos;s hazards</source>
        <translation>přerušené hrozbami scénáře</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="110"/>
        <source>Supply flows</source>
        <translation>Dodavatelské toky</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="111"/>
        <source>widest line: {1} EUR/day</source>
        <translation>nejširší čára: {1} EUR/den</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="114"/>
        <source>{1} largest of {2} flows between places</source>
        <translation>{1} největších z {2} toků mezi místy</translation>
    </message>
    <message>
        <location filename="../ui/run_catalog.cpp" line="53"/>
        <source>{1}: the stored result of run {2} cannot be read</source>
        <translation>{1}: uložený výsledek běhu {2} nelze načíst</translation>
    </message>
    <message>
        <location filename="../ui/run_catalog.cpp" line="72"/>
        <source>#%1 %2 (v%3, %4)</source>
        <translation>#%1 %2 (v%3, %4)</translation>
    </message>
    <message>
        <location filename="../ui/run_catalog.cpp" line="83"/>
        <source>rrw simulation, run {1}, {2}</source>
        <translation>simulace rrw, běh {1}, {2}</translation>
    </message>
    <message>
        <location filename="../ui/run_catalog.cpp" line="88"/>
        <source>supply network: synthetic demo data</source>
        <translation>dodavatelská síť: syntetická ukázková data</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="34"/>
        <location filename="../ui/run_results.cpp" line="31"/>
        <source>Jobs at risk: {1}</source>
        <translation>Ohrožená pracovní místa: {1}</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="35"/>
        <location filename="../ui/run_results.cpp" line="32"/>
        <source>Jobs at risk (persons)</source>
        <translation>Ohrožená pracovní místa (osoby)</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="36"/>
        <source>Jobs at risk, B − A (persons)</source>
        <translation>Ohrožená pracovní místa, B − A (osoby)</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="38"/>
        <source>Jobs at risk, difference B − A: {1}</source>
        <translation>Ohrožená pracovní místa, rozdíl B − A: {1}</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="204"/>
        <source>{1}: the project has no municipality layers</source>
        <translation>{1}: projekt neobsahuje vrstvy obcí</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="292"/>
        <source>The scenario draft has no scenario.</source>
        <translation>Koncept scénáře neobsahuje žádný scénář.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="316"/>
        <source>The scenario needs a name (field &quot;{1}&quot;).</source>
        <translation>Scénář musí mít název (pole &quot;{1}&quot;).</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="323"/>
        <source>Hazard {1} ({2}): &quot;{3}&quot; needs at least one crossing, or choose &quot;{4}&quot;.</source>
        <translation>Hrozba {1} ({2}): &quot;{3}&quot; vyžaduje alespoň jeden hraniční přechod, nebo zvolte &quot;{4}&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="336"/>
        <source>Measure {1} ({2}): &quot;{3}&quot;: &quot;{4}&quot; is not a NACE code or prefix (such as C or C29).</source>
        <translation>Opatření {1} ({2}): &quot;{3}&quot;: &quot;{4}&quot; není kód ani předpona NACE (např. C nebo C29).</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_report.cpp" line="19"/>
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
        <location filename="../src/cli/cmd_report.cpp" line="73"/>
        <source>-o FILE is required</source>
        <translation>-o FILE je povinné</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_report.cpp" line="78"/>
        <source>--template must be swot, risk, scenario or full, not &apos;{1}&apos;</source>
        <translation>--template musí být swot, risk, scenario nebo full, nikoli &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_report.cpp" line="92"/>
        <source>--format must be pdf, odt or html, not &apos;{1}&apos;</source>
        <translation>--format musí být pdf, odt nebo html, nikoli &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_report.cpp" line="99"/>
        <source>--date must look like 2026-11-26, not &apos;{1}&apos;</source>
        <translation>--date musí mít tvar 2026-11-26, nikoli &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_report.cpp" line="130"/>
        <source>{1}: {2} pages, {3} maps, {4} tables, {5} charts ({6} s)</source>
        <translation>{1}: stran: {2}, map: {3}, tabulek: {4}, grafů: {5} ({6} s)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_report.cpp" line="139"/>
        <source>{1}: {2} maps, {3} tables, {4} charts ({5} s)</source>
        <translation>{1}: map: {2}, tabulek: {3}, grafů: {4} ({5} s)</translation>
    </message>
    <message>
        <location filename="../src/geo/zip_writer.cpp" line="20"/>
        <source>{1}: cannot write the archive member &apos;{2}&apos; ({3})</source>
        <translation>{1}: součást archivu &apos;{2}&apos; nelze zapsat ({3})</translation>
    </message>
    <message>
        <location filename="../src/geo/zip_writer.cpp" line="30"/>
        <source>{1}: the archive member name &apos;{2}&apos; is not a plain relative path; refusing to write it</source>
        <translation>{1}: název součásti archivu &apos;{2}&apos; není prostá relativní cesta; zápis byl odmítnut</translation>
    </message>
    <message>
        <location filename="../src/core/atomic_file.cpp" line="67"/>
        <location filename="../src/geo/zip_writer.cpp" line="47"/>
        <source>{1}: cannot create the file ({2})</source>
        <translation>{1}: soubor nelze vytvořit ({2})</translation>
    </message>
    <message>
        <location filename="../src/core/atomic_file.cpp" line="91"/>
        <source>{1}: cannot put the finished file in place ({2})</source>
        <translation>{1}: hotový soubor nelze uložit pod jeho názvem ({2})</translation>
    </message>
    <message>
        <location filename="../src/report/confidentiality.cpp" line="13"/>
        <source>confidentiality check: invalid aggregate (total {1}, largest firm {2})</source>
        <translation>kontrola důvěrnosti: neplatný souhrn (celkem {1}, největší podnik {2})</translation>
    </message>
    <message>
        <location filename="../src/report/html_writer.cpp" line="216"/>
        <location filename="../src/report/pdf_writer.cpp" line="491"/>
        <location filename="../src/report/pdf_writer.cpp" line="498"/>
        <source>{1}: cannot write the report</source>
        <translation>{1}: zprávu nelze zapsat</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="196"/>
        <source>{1}: the project has no districts (Kreise, okresy) to report on</source>
        <translation>{1}: projekt neobsahuje žádné okresy (Kreise, okresy), o kterých by bylo možné podat zprávu</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_actors.cpp" line="18"/>
        <source>usage: rrw-cli actors list PROJECT.gpkg [--json]
       rrw-cli actors add PROJECT.gpkg ID --name-de TEXT|--name-cs TEXT --country DE|CZ|DE-CZ
                          --kind KIND [--name-en TEXT] [--short TEXT]
                          [--role-de TEXT] [--role-cs TEXT] [--role-en TEXT] [--json]
       rrw-cli actors set PROJECT.gpkg ID [the options of add] [--json]
       rrw-cli actors delete PROJECT.gpkg ID [--json]

The partner organisations of the region and their role in the programme: id, short name,
country, kind, German name, Czech name, German role. A new project starts with the eleven
partners of the model region (data/governance/organisations.json). Measures name one of them
as owner (`rrw-cli measures set --owner ID`); deleting an organisation leaves its measures
without owner.

  KIND   district, region, city, association, university, planning_association, agency or
         chamber
  --json machine-readable result</source>
        <translation>Použití: rrw-cli actors list PROJECT.gpkg [--json]
         rrw-cli actors add PROJECT.gpkg ID --name-de TEXT|--name-cs TEXT --country DE|CZ|DE-CZ
                            --kind KIND [--name-en TEXT] [--short TEXT]
                            [--role-de TEXT] [--role-cs TEXT] [--role-en TEXT] [--json]
         rrw-cli actors set PROJECT.gpkg ID [volby jako u add] [--json]
         rrw-cli actors delete PROJECT.gpkg ID [--json]

Partnerské organizace regionu a jejich role v programu: ID, zkrácený název, země, druh,
německý název, český název, role německy. Nový projekt začíná s jedenácti partnery modelového
regionu (data/governance/organisations.json). Opatření uvádějí jednu z nich jako gestora
(`rrw-cli measures set --owner ID`); po smazání organizace zůstanou její opatření bez gestora.

  KIND   district, region, city, association, university, planning_association, agency nebo
         chamber
  --json strojově čitelný výsledek</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_actors.cpp" line="119"/>
        <source>nothing to change: give at least one of {1}</source>
        <translation>není co měnit: zadejte alespoň jednu z voleb {1}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_actors.cpp" line="128"/>
        <location filename="../src/cli/cmd_measures.cpp" line="117"/>
        <location filename="../src/store/organisation_repository.cpp" line="75"/>
        <source>{1}: there is no organisation &apos;{2}&apos;</source>
        <translation>{1}: organizace &apos;{2}&apos; neexistuje</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_actors.cpp" line="149"/>
        <source>Deleted organisation {1}; {2} measures have no owner now.</source>
        <translation>Organizace {1} smazána; počet opatření, která nyní nemají gestora: {2}.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_actors.cpp" line="162"/>
        <source>expected a subcommand: list, add, set, delete</source>
        <translation>očekává se podpříkaz: list, add, set, delete</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_actors.cpp" line="171"/>
        <source>unknown subcommand &apos;{1}&apos; (known: list, add, set, delete)</source>
        <translation>neznámý podpříkaz &apos;{1}&apos; (známé: list, add, set, delete)</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_slides.cpp" line="34"/>
        <source>{1}: {2}: &quot;style&quot; must be &quot;default_map&quot; (with a default map in the project) or a map style object</source>
        <translation>{1}: {2}: &quot;style&quot; musí být &quot;default_map&quot; (s výchozí mapou v projektu) nebo objekt stylu mapy</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_slides.cpp" line="44"/>
        <source>{1}: {2}: the field &quot;{3}&quot; must be a list of layer names</source>
        <translation>{1}: {2}: pole &quot;{3}&quot; musí být seznam názvů vrstev</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_slides.cpp" line="59"/>
        <source>{1}: {2}: the map style draws no layer &quot;{3}&quot; (hide_layers)</source>
        <translation>{1}: {2}: styl mapy nevykresluje žádnou vrstvu &quot;{3}&quot; (hide_layers)</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_region.cpp" line="245"/>
        <location filename="../src/store/bundled_slides.cpp" line="82"/>
        <location filename="../src/store/bundled_supply.cpp" line="38"/>
        <source>{1}: {2} is not an object</source>
        <translation>{1}: {2} není objekt</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_slides.cpp" line="94"/>
        <source>{1}: {2}: &quot;extent&quot; must be four numbers (min x, min y, max x, max y in EPSG:3035)</source>
        <translation>{1}: {2}: &quot;extent&quot; musí být čtyři čísla (min x, min y, max x, max y v EPSG:3035)</translation>
    </message>
    <message>
        <location filename="../src/store/measure_links.cpp" line="31"/>
        <location filename="../src/store/measure_repository.cpp" line="58"/>
        <location filename="../src/store/organisation_repository.cpp" line="31"/>
        <source>{1}: the project has no governance register (schema {2}); open it for writing once to update it</source>
        <translation>{1}: projekt nemá registr řízení (schéma {2}); jednou jej otevřete pro zápis, aby se aktualizoval</translation>
    </message>
    <message>
        <location filename="../src/store/measure_links.cpp" line="54"/>
        <source>{1}: measure &apos;{2}&apos;: there is no SWOT item #{3}</source>
        <translation>{1}: opatření &apos;{2}&apos;: položka SWOT č. {3} neexistuje</translation>
    </message>
    <message>
        <location filename="../src/store/measure_links.cpp" line="60"/>
        <source>{1}: measure &apos;{2}&apos;: the risk kind must be hazard_model, bbk_scenario or supply_scenario, not &apos;{3}&apos;</source>
        <translation>{1}: opatření &apos;{2}&apos;: druh rizika musí být hazard_model, bbk_scenario nebo supply_scenario, nikoli &apos;{3}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/measure_links.cpp" line="68"/>
        <source>{1}: measure &apos;{2}&apos;: there is no risk {3} in the project</source>
        <translation>{1}: opatření &apos;{2}&apos;: riziko {3} v projektu neexistuje</translation>
    </message>
    <message>
        <location filename="../src/store/measure_links.cpp" line="103"/>
        <source>&apos;{1}&apos; is not a risk: write KIND:ID with KIND hazard_model, bbk_scenario or supply_scenario</source>
        <translation>&apos;{1}&apos; není riziko: zadejte KIND:ID, kde KIND je hazard_model, bbk_scenario nebo supply_scenario</translation>
    </message>
    <message>
        <location filename="../src/store/measure_links.cpp" line="177"/>
        <source>{1}: measure &apos;{2}&apos; is not linked to SWOT item #{3}</source>
        <translation>{1}: opatření &apos;{2}&apos; není propojeno s položkou SWOT č. {3}</translation>
    </message>
    <message>
        <location filename="../src/store/measure_links.cpp" line="186"/>
        <source>{1}: measure &apos;{2}&apos; is not linked to the risk {3}</source>
        <translation>{1}: opatření &apos;{2}&apos; není propojeno s rizikem {3}</translation>
    </message>
    <message>
        <location filename="../src/store/organisation_repository.cpp" line="37"/>
        <source>organisation &apos;{1}&apos;: the id must be 1 to 64 characters of A-Z, a-z, 0-9, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>organizace &apos;{1}&apos;: ID musí mít 1 až 64 znaků z A-Z, a-z, 0-9, &apos;_&apos;, &apos;-&apos; a &apos;.&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/organisation_repository.cpp" line="43"/>
        <source>organisation &apos;{1}&apos;: the field {2} is not valid UTF-8</source>
        <translation>organizace &apos;{1}&apos;: pole {2} není v platném kódování UTF-8</translation>
    </message>
    <message>
        <location filename="../src/store/organisation_repository.cpp" line="53"/>
        <source>organisation &apos;{1}&apos;: it needs a German or a Czech name</source>
        <translation>organizace &apos;{1}&apos;: je nutný německý nebo český název</translation>
    </message>
    <message>
        <location filename="../src/store/organisation_repository.cpp" line="57"/>
        <source>organisation &apos;{1}&apos;: the country must be DE, CZ or DE-CZ, not &apos;{2}&apos;</source>
        <translation>organizace &apos;{1}&apos;: země musí být DE, CZ nebo DE-CZ, nikoli &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/organisation_repository.cpp" line="64"/>
        <source>organisation &apos;{1}&apos;: the kind must be district, region, city, association, university, planning_association, agency or chamber, not &apos;{2}&apos;</source>
        <translation>organizace &apos;{1}&apos;: druh musí být district, region, city, association, university, planning_association, agency nebo chamber, nikoli &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/organisation_repository.cpp" line="123"/>
        <source>{1}: the organisation &apos;{2}&apos; exists already</source>
        <translation>{1}: organizace &apos;{2}&apos; již existuje</translation>
    </message>
    <message>
        <location filename="../src/store/slide_repository.cpp" line="51"/>
        <location filename="../src/store/slide_repository.cpp" line="207"/>
        <source>{1}: there is no slide {2}</source>
        <translation>{1}: snímek {2} neexistuje</translation>
    </message>
    <message>
        <location filename="../src/store/slide_repository.cpp" line="82"/>
        <source>{1}: slide {2}: the field {3} is not valid UTF-8</source>
        <translation>{1}: snímek {2}: pole {3} není v platném kódování UTF-8</translation>
    </message>
    <message>
        <location filename="../src/store/slide_repository.cpp" line="87"/>
        <source>{1}: slide {2} needs a German or a Czech title</source>
        <translation>{1}: snímek {2} potřebuje německý nebo český nadpis</translation>
    </message>
    <message>
        <location filename="../src/store/slide_repository.cpp" line="100"/>
        <source>{1}: slide {2}: the map style is not a JSON object ({3})</source>
        <translation>{1}: snímek {2}: styl mapy není objekt JSON ({3})</translation>
    </message>
    <message>
        <location filename="../src/store/slide_repository.cpp" line="106"/>
        <source>{1}: slide {2}: the extent {3} is not a rectangle (finite coordinates, minimum below maximum)</source>
        <translation>{1}: snímek {2}: výřez {3} není obdélník (konečné souřadnice, minimum menší než maximum)</translation>
    </message>
    <message>
        <location filename="../src/store/slide_repository.cpp" line="117"/>
        <source>{1}: slide {2}: the position {3} is outside 1–{4}</source>
        <translation>{1}: snímek {2}: pozice {3} je mimo rozsah 1–{4}</translation>
    </message>
    <message>
        <location filename="../src/store/slide_repository.cpp" line="211"/>
        <source>{1}: the slide {2} exists already</source>
        <translation>{1}: snímek {2} již existuje</translation>
    </message>
    <message>
        <location filename="../ui/deck_export.cpp" line="21"/>
        <source>{1}: the project has no slides to export</source>
        <translation>{1}: projekt neobsahuje žádné snímky k exportu</translation>
    </message>
    <message>
        <location filename="../ui/deck_export.cpp" line="27"/>
        <source>{1}: slide {2} ({3}) cannot be drawn: {4}</source>
        <translation>{1}: snímek {2} ({3}) nelze vykreslit: {4}</translation>
    </message>
    <message>
        <location filename="../ui/deck_export.cpp" line="44"/>
        <location filename="../ui/deck_export.cpp" line="56"/>
        <source>{1}: cannot write the slides</source>
        <translation>{1}: snímky nelze zapsat</translation>
    </message>
    <message>
        <location filename="../src/core/sql_identifier.cpp" line="13"/>
        <source>the name &apos;{1}…&apos; contains a NUL character and cannot be used in the project</source>
        <translation>název &apos;{1}…&apos; obsahuje znak NUL a v projektu jej nelze použít</translation>
    </message>
    <message>
        <location filename="../src/geo/geojson_scan.cpp" line="218"/>
        <source>{1}: a GeoJSON file that is not a FeatureCollection is read whole; rrw reads such files up to {2} MB (save it as a FeatureCollection or a GeoPackage)</source>
        <translation>{1}: soubor GeoJSON, který není FeatureCollection, se načítá celý najednou; rrw takové soubory načte do velikosti {2} MB (uložte jej jako FeatureCollection nebo GeoPackage)</translation>
    </message>
    <message>
        <location filename="../src/geo/geojson_scan.cpp" line="229"/>
        <source>{1}: feature {2} has more than {3} vertices, the most rrw reads in one GeoJSON feature (save large geometries as a GeoPackage or a shapefile)</source>
        <translation>{1}: prvek {2} má více než {3} vrcholů, což je nejvíc, co rrw v jednom prvku GeoJSON načte (velké geometrie uložte jako GeoPackage nebo shapefile)</translation>
    </message>
    <message>
        <location filename="../src/geo/geojson_scan.cpp" line="238"/>
        <source>{1}: the features have more than {2} different property names; at most {2} attribute fields are supported</source>
        <translation>{1}: prvky mají více než {2} různých názvů vlastností; podporováno je nejvýše {2} atributových polí</translation>
    </message>
    <message>
        <location filename="../src/geo/xml_scan.cpp" line="178"/>
        <source>{1}: the file uses more than {2} different element names; at most {3} attribute fields are supported</source>
        <translation>{1}: soubor používá více než {2} různých názvů elementů; podporováno je nejvýše {3} atributových polí</translation>
    </message>
    <message>
        <location filename="../src/geo/xml_scan.cpp" line="186"/>
        <source>{1}: the placemarks have more than {2} different data field names; at most {2} attribute fields are supported</source>
        <translation>{1}: prvky Placemark mají více než {2} různých názvů datových polí; podporováno je nejvýše {2} atributových polí</translation>
    </message>
    <message>
        <location filename="../ui/draft_json.cpp" line="10"/>
        <source>The SWOT item draft has no valid &quot;{1}&quot;.</source>
        <translation>Koncept položky SWOT neobsahuje platné pole &quot;{1}&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/recovery_file.cpp" line="41"/>
        <source>{1}: not a readable recovery file ({2})</source>
        <translation>{1}: není čitelný soubor pro obnovení ({2})</translation>
    </message>
    <message>
        <location filename="../ui/recovery_file.cpp" line="96"/>
        <source>{1}: cannot write the recovery file ({2})</source>
        <translation>{1}: soubor pro obnovení nelze zapsat ({2})</translation>
    </message>
</context>
<context>
    <name>rrw::ui::AnalysisWorkspace</name>
    <message>
        <location filename="../ui/analysis_workspace.cpp" line="92"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../ui/analysis_workspace.cpp" line="93"/>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <location filename="../ui/analysis_workspace.cpp" line="94"/>
        <source>TOWS strategies</source>
        <translation>Strategie TOWS</translation>
    </message>
    <message>
        <location filename="../ui/analysis_workspace.cpp" line="95"/>
        <source>Risk matrix (BBK)</source>
        <translation>Matice rizik (BBK)</translation>
    </message>
    <message>
        <location filename="../ui/analysis_workspace.cpp" line="96"/>
        <source>Supply-chain scenarios</source>
        <translation>Scénáře dodavatelských řetězců</translation>
    </message>
    <message>
        <location filename="../ui/analysis_workspace.cpp" line="97"/>
        <source>Measures register</source>
        <translation>Registr opatření</translation>
    </message>
    <message>
        <location filename="../ui/analysis_workspace.cpp" line="98"/>
        <source>Risk index</source>
        <translation>Index rizika</translation>
    </message>
    <message>
        <location filename="../ui/analysis_workspace.cpp" line="99"/>
        <source>Indicators</source>
        <translation>Indikátory</translation>
    </message>
</context>
<context>
    <name>rrw::ui::AttributeTablePanel</name>
    <message>
        <location filename="../ui/attribute_table.cpp" line="214"/>
        <source>&amp;Layer:</source>
        <translation>&amp;Vrstva:</translation>
    </message>
    <message>
        <location filename="../ui/attribute_table.cpp" line="215"/>
        <source>Filter rows</source>
        <translation>Filtrovat řádky</translation>
    </message>
    <message>
        <location filename="../ui/attribute_table.cpp" line="216"/>
        <source>Shows the rows that contain this text in any column</source>
        <translation>Zobrazí řádky, které obsahují tento text v libovolném sloupci</translation>
    </message>
    <message>
        <location filename="../ui/attribute_table.cpp" line="293"/>
        <source>Features: %1 of %2</source>
        <translation>Prvky: %1 z %2</translation>
    </message>
</context>
<context>
    <name>rrw::ui::ClassListView</name>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="55"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>rrw::ui::ClassListWidget</name>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="199"/>
        <source>Choose a numeric field for the classes.</source>
        <translation>Vyberte číselné pole pro třídy.</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="204"/>
        <source>Enter the class limits as numbers separated by semicolons, e.g. 10; 50; 100.</source>
        <translation>Zadejte hranice tříd jako čísla oddělená středníky, např. 10; 50; 100.</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="209"/>
        <source>Enter between %1 and %2 inner class limits.</source>
        <translation>Zadejte %1 až %2 vnitřních hranic tříd.</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="215"/>
        <source>The class limits must be ascending.</source>
        <translation>Hranice tříd musí být vzestupné.</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="219"/>
        <source>Choose a colour ramp.</source>
        <translation>Vyberte barevnou škálu.</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="254"/>
        <source>%1 – %2  (features: %3)</source>
        <translation>%1 – %2  (prvky: %3)</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="271"/>
        <source>Value field:</source>
        <translation>Pole hodnot:</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="272"/>
        <source>Divided by:</source>
        <translation>Děleno:</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="273"/>
        <source>(nothing)</source>
        <translation>(nic)</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="274"/>
        <source>For densities and rates, e.g. population divided by area_km2.</source>
        <translation>Pro hustoty a míry, např. population děleno area_km2.</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="275"/>
        <source>Method:</source>
        <translation>Metoda:</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="276"/>
        <source>Equal interval</source>
        <translation>Stejné intervaly</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="277"/>
        <source>Quantiles (equal count)</source>
        <translation>Kvantily (stejný počet)</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="278"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Přirozené zlomy (Jenks)</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="279"/>
        <source>Manual</source>
        <translation>Ručně</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="280"/>
        <source>Classes:</source>
        <translation>Třídy:</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="281"/>
        <source>Inner limits:</source>
        <translation>Vnitřní hranice:</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="282"/>
        <source>e.g. 10; 50; 100</source>
        <translation>např. 10; 50; 100</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="283"/>
        <source>Colour ramp:</source>
        <translation>Barevná škála:</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="284"/>
        <source>Reverse</source>
        <translation>Obrátit</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="285"/>
        <source>Show all ramps</source>
        <translation>Zobrazit všechny škály</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="286"/>
        <source>Also list ramps that are not safe for colour-blind readers.</source>
        <translation>Nabídnout i škály, které nejsou vhodné pro barvoslepé.</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="287"/>
        <source>Result:</source>
        <translation>Výsledek:</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="316"/>
        <source>%1 (not colour-blind safe)</source>
        <translation>%1 (nevhodná pro barvoslepé)</translation>
    </message>
</context>
<context>
    <name>rrw::ui::EvidenceCatalog</name>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="66"/>
        <source>Indicator</source>
        <translation>Indikátor</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="69"/>
        <source>Layer</source>
        <translation>Vrstva</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="72"/>
        <source>Index run</source>
        <translation>Výpočet indexu</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="75"/>
        <source>BBK scenario</source>
        <translation>Scénář BBK</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="78"/>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="116"/>
        <source>The item is about the whole cross-border area: there is no single value.</source>
        <translation>Položka se týká celého přeshraničního území: jednu hodnotu nelze uvést.</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="120"/>
        <source>No value of this indicator for %1.</source>
        <translation>Pro %1 není hodnota tohoto indikátoru k dispozici.</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="124"/>
        <source>%1: %2 %3 (%4), source: %5</source>
        <translation>%1: %2 %3 (%4), zdroj: %5</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="130"/>
        <source>SYNTHETIC demo value: no evidence of the real situation.</source>
        <translation>SYNTETICKÁ ukázková hodnota: nedokládá skutečný stav.</translation>
    </message>
</context>
<context>
    <name>rrw::ui::GovernanceText</name>
    <message>
        <location filename="../ui/governance_text.cpp" line="14"/>
        <source>Idea</source>
        <translation>Námět</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="17"/>
        <source>Planned</source>
        <translation>Plánováno</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="20"/>
        <source>In progress</source>
        <translation>Probíhá</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="23"/>
        <source>Done</source>
        <translation>Dokončeno</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="30"/>
        <source>District</source>
        <translation>Zemský okres</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="33"/>
        <source>Region</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="36"/>
        <source>City</source>
        <translation>Město</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="39"/>
        <source>Association</source>
        <translation>Sdružení</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="42"/>
        <source>University</source>
        <translation>Vysoká škola</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="45"/>
        <source>Planning association</source>
        <translation>Plánovací svaz</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="48"/>
        <source>Agency</source>
        <translation>Agentura</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="51"/>
        <source>Chamber of commerce</source>
        <translation>Hospodářská komora</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="58"/>
        <source>Germany</source>
        <translation>Německo</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="61"/>
        <source>Czechia</source>
        <translation>Česko</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="64"/>
        <source>Germany and Czechia</source>
        <translation>Německo a Česko</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="71"/>
        <source>Hazard index</source>
        <translation>Index hrozby</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="74"/>
        <source>BBK scenario</source>
        <translation>Scénář BBK</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="77"/>
        <source>Supply-chain scenario</source>
        <translation>Scénář dodavatelského řetězce</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="83"/>
        <source>overdue</source>
        <translation>po termínu</translation>
    </message>
</context>
<context>
    <name>rrw::ui::HazardForm</name>
    <message>
        <location filename="../ui/hazard_form.cpp" line="200"/>
        <source>Closed crossings</source>
        <translation>Uzavřené hraniční přechody</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="204"/>
        <source>All crossings</source>
        <translation>Všechny hraniční přechody</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="208"/>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="209"/>
        <source>optional</source>
        <translation>nepovinné</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="210"/>
        <source>Start day</source>
        <translation>Počáteční den</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="211"/>
        <source>Day 1 is the first simulated day.</source>
        <translation>Den 1 je první simulovaný den.</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="212"/>
        <source>Duration (days)</source>
        <translation>Trvání (dny)</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="213"/>
        <source>Freight throughput</source>
        <translation>Propustnost pro nákladní dopravu</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="214"/>
        <source>Share of the freight that still passes the closed crossings.</source>
        <translation>Podíl nákladní dopravy, který uzavřenými hraničními přechody ještě projde.</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="215"/>
        <source>Commuter throughput</source>
        <translation>Propustnost pro pendlery</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="216"/>
        <source>Share of the commuters who can still cross.</source>
        <translation>Podíl pendlerů, kteří mohou hranici ještě překročit.</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="219"/>
        <source>Supply that still arrives</source>
        <translation>Dodávky, které ještě dorazí</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="220"/>
        <source>Share of the supply from East Asia that still arrives.</source>
        <translation>Podíl dodávek z východní Asie, který ještě dorazí.</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="221"/>
        <source>Price increase</source>
        <translation>Nárůst ceny</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="222"/>
        <source>Relative increase of the energy price: 100 % = doubled.</source>
        <translation>Relativní nárůst ceny energie: 100 % = dvojnásobek.</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="223"/>
        <source>Absence rate</source>
        <translation>Míra absence</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="224"/>
        <source>Share of the workforce that is absent.</source>
        <translation>Podíl nepřítomné pracovní síly.</translation>
    </message>
</context>
<context>
    <name>rrw::ui::IdentifyPanel</name>
    <message>
        <location filename="../ui/identify_panel.cpp" line="118"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../ui/identify_panel.cpp" line="118"/>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <location filename="../ui/identify_panel.cpp" line="130"/>
        <source>Feature %1</source>
        <translation>Prvek %1</translation>
    </message>
    <message>
        <location filename="../ui/identify_panel.cpp" line="142"/>
        <source>No feature here</source>
        <translation>Zde není žádný prvek</translation>
    </message>
    <message>
        <location filename="../ui/identify_panel.cpp" line="152"/>
        <source>Layer %1, feature %2</source>
        <translation>Vrstva %1, prvek %2</translation>
    </message>
    <message>
        <location filename="../ui/identify_panel.cpp" line="167"/>
        <source>More features not shown: %1</source>
        <translation>Další nezobrazené prvky: %1</translation>
    </message>
</context>
<context>
    <name>rrw::ui::ImportRunner</name>
    <message>
        <location filename="../ui/import_runner.cpp" line="29"/>
        <source>Importing %1…</source>
        <translation>Importuje se %1…</translation>
    </message>
    <message>
        <location filename="../ui/import_runner.cpp" line="29"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../ui/import_runner.cpp" line="74"/>
        <source>%1: %2 features (%3 repaired, %4 rejected)</source>
        <translation>%1: prvky: %2 (opraveno: %3, odmítnuto: %4)</translation>
    </message>
    <message>
        <location filename="../ui/import_runner.cpp" line="93"/>
        <source>%1: %2 indicators added, %3 replaced</source>
        <translation>%1: přidáno indikátorů: %2, nahrazeno: %3</translation>
    </message>
    <message>
        <location filename="../ui/import_runner.cpp" line="97"/>
        <source>%1: %2 indicator values added, %3 replaced (%4 flagged synthetic)</source>
        <translation>%1: přidáno hodnot indikátorů: %2, nahrazeno: %3 (označeno jako syntetické: %4)</translation>
    </message>
</context>
<context>
    <name>rrw::ui::IndicatorExplorer</name>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="234"/>
        <source>%1: no values at this level.</source>
        <translation>%1: na této úrovni nejsou žádné hodnoty.</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="235"/>
        <source>%1 (%2), latest value per region</source>
        <translation>%1 (%2), nejnovější hodnota za každou územní jednotku</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="277"/>
        <source>Hatched: synthetic values</source>
        <translation>Šrafováno: syntetické hodnoty</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="307"/>
        <source>The regions with values have no map layer.</source>
        <translation>Územní jednotky s hodnotami nemají žádnou mapovou vrstvu.</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="345"/>
        <source>Show indicator on the map</source>
        <translation>Zobrazit indikátor na mapě</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="363"/>
        <source>&amp;Level:</source>
        <translation>Ú&amp;roveň:</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="364"/>
        <source>Kreise and okresy</source>
        <translation>Zemské okresy a okresy</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="365"/>
        <source>Gemeinden and obce</source>
        <translation>Obce (DE a CZ)</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="367"/>
        <source>Indicator</source>
        <translation>Indikátor</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="367"/>
        <source>Dimension</source>
        <translation>Dimenze</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="367"/>
        <source>Direction</source>
        <translation>Směr</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="367"/>
        <source>Unit</source>
        <translation>Jednotka</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="367"/>
        <location filename="../ui/indicator_explorer.cpp" line="369"/>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="367"/>
        <location filename="../ui/indicator_explorer.cpp" line="369"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="369"/>
        <source>Region</source>
        <translation>Územní jednotka</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="369"/>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="369"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="370"/>
        <source>Show on &amp;map</source>
        <translation>Zobrazit na &amp;mapě</translation>
    </message>
</context>
<context>
    <name>rrw::ui::LayerPanel</name>
    <message>
        <location filename="../ui/layer_panel.cpp" line="178"/>
        <source>Opacity</source>
        <translation>Krytí</translation>
    </message>
    <message>
        <location filename="../ui/layer_panel.cpp" line="179"/>
        <source>Style…</source>
        <translation>Styl…</translation>
    </message>
    <message>
        <location filename="../ui/layer_panel.cpp" line="180"/>
        <source>Zoom to layer</source>
        <translation>Přiblížit na vrstvu</translation>
    </message>
</context>
<context>
    <name>rrw::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="138"/>
        <source>Open project</source>
        <translation>Otevřít projekt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="139"/>
        <source>rrw projects (*.gpkg)</source>
        <translation>Projekty rrw (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="184"/>
        <location filename="../ui/main_window.cpp" line="287"/>
        <source>About rrw</source>
        <translation>O aplikaci rrw</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="185"/>
        <source>&lt;b&gt;Resilient Region Workbench&lt;/b&gt;&lt;p&gt;Regional risk and resilience analysis for the Fichtelgebirge and the Karlovy Vary Region.&lt;/p&gt;&lt;p&gt;Colour schemes: ColorBrewer, © Cynthia Brewer, Mark Harrower and The Pennsylvania State University (Apache 2.0); viridis and cividis (CC0).&lt;/p&gt;&lt;p&gt;Data sources and licences: docs/DATA.md and each layer&apos;s metadata.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Resilient Region Workbench&lt;/b&gt;&lt;p&gt;Analýza regionálních rizik a odolnosti pro Smrčiny a Karlovarský kraj.&lt;/p&gt;&lt;p&gt;Barevná schémata: ColorBrewer, © Cynthia Brewer, Mark Harrower a The Pennsylvania State University (Apache 2.0); viridis a cividis (CC0).&lt;/p&gt;&lt;p&gt;Zdroje dat a licence: docs/DATA.md a metadata jednotlivých vrstev.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267"/>
        <source>rrw – %1</source>
        <translation>rrw – %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267"/>
        <location filename="../ui/main_window.cpp" line="510"/>
        <source>rrw</source>
        <translation>rrw</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="268"/>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="269"/>
        <source>Recent projects</source>
        <translation>Nedávné projekty</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="270"/>
        <source>&amp;Edit</source>
        <translation>Úpr&amp;avy</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="271"/>
        <source>&amp;View</source>
        <translation>&amp;Zobrazit</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="272"/>
        <source>&amp;Bookmarks</source>
        <translation>Zá&amp;ložky</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="273"/>
        <source>&amp;Language / Sprache / Jazyk</source>
        <translation>&amp;Jazyk / Language / Sprache</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274"/>
        <source>&amp;Help</source>
        <translation>Nápo&amp;věda</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="275"/>
        <source>Pre&amp;sentation</source>
        <translation>P&amp;rezentace</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="276"/>
        <source>Slides</source>
        <translation>Snímky</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="277"/>
        <source>&amp;Open…</source>
        <translation>&amp;Otevřít…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="278"/>
        <source>&amp;Import data…</source>
        <translation>&amp;Importovat data…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="279"/>
        <source>&amp;Export map…</source>
        <translation>&amp;Exportovat mapu…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="280"/>
        <source>&amp;Report…</source>
        <translation>&amp;Zpráva…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="281"/>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="306"/>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="307"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Zpět: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="308"/>
        <source>&amp;Redo</source>
        <translation>Z&amp;novu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="413"/>
        <source>The project was changed by another program and cannot be read again: %1</source>
        <translation>Projekt byl změněn jiným programem a nelze jej znovu načíst: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="468"/>
        <source>Vector data (*.geojson *.json *.shp *.zip *.gpkg *.kml *.gml *.csv);;Indicator tables (*.csv);;All files (*)</source>
        <translation>Vektorová data (*.geojson *.json *.shp *.zip *.gpkg *.kml *.gml *.csv);;Tabulky indikátorů (*.csv);;Všechny soubory (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="283"/>
        <source>Whole region</source>
        <translation>Celý region</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="88"/>
        <source>The project was changed by another program; reloaded. The undo history was cleared.</source>
        <translation>Projekt byl změněn jiným programem a byl znovu načten. Historie kroků zpět byla vymazána.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="90"/>
        <source>The project was changed by another program; reloaded.</source>
        <translation>Projekt byl změněn jiným programem a byl znovu načten.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="284"/>
        <source>Zoom in</source>
        <translation>Přiblížit</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="285"/>
        <source>Zoom out</source>
        <translation>Oddálit</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="286"/>
        <source>Add bookmark…</source>
        <translation>Přidat záložku…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="288"/>
        <source>Layers</source>
        <translation>Vrstvy</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="289"/>
        <source>Identify</source>
        <translation>Identifikovat prvky</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="290"/>
        <source>Attribute table</source>
        <translation>Atributová tabulka</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="309"/>
        <source>&amp;Redo %1</source>
        <translation>Z&amp;novu: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="371"/>
        <source>Add bookmark</source>
        <translation>Přidat záložku</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="371"/>
        <source>Name of this view:</source>
        <translation>Název tohoto pohledu:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="439"/>
        <source>Map exported to %1</source>
        <translation>Mapa exportována do %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="446"/>
        <location filename="../ui/main_window.cpp" line="459"/>
        <source>Export map</source>
        <translation>Exportovat mapu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="447"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Obrázek PNG (*.png);;Kresba SVG (*.svg);;Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="459"/>
        <source>Resolution (dpi):</source>
        <translation>Rozlišení (dpi):</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="467"/>
        <source>Import data</source>
        <translation>Importovat data</translation>
    </message>
    <message>
        <source>Vector data (*.geojson *.json *.shp *.zip *.gpkg *.kml *.gml *.csv);;All files (*)</source>
        <translation type="vanished">Vektorová data (*.geojson *.json *.shp *.zip *.gpkg *.kml *.gml *.csv);;Všechny soubory (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="495"/>
        <source>EPSG:3035 %1, %2 | WGS84 %3° N, %4° E</source>
        <translation>EPSG:3035 %1, %2 | WGS84 %3° s. š., %4° v. d.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="505"/>
        <source>Scale 1 : %1</source>
        <translation>Měřítko 1 : %1</translation>
    </message>
</context>
<context>
    <name>rrw::ui::MapDocument</name>
    <message>
        <location filename="../ui/map_document.cpp" line="285"/>
        <source>Show layer</source>
        <translation>Zobrazit vrstvu</translation>
    </message>
    <message>
        <location filename="../ui/map_document.cpp" line="285"/>
        <source>Hide layer</source>
        <translation>Skrýt vrstvu</translation>
    </message>
    <message>
        <location filename="../ui/map_document.cpp" line="291"/>
        <source>Change opacity</source>
        <translation>Změnit krytí</translation>
    </message>
    <message>
        <location filename="../ui/map_document.cpp" line="297"/>
        <source>Change style</source>
        <translation>Změnit styl</translation>
    </message>
    <message>
        <location filename="../ui/map_document.cpp" line="308"/>
        <source>Move layer</source>
        <translation>Přesunout vrstvu</translation>
    </message>
    <message>
        <location filename="../ui/map_document.cpp" line="316"/>
        <source>Add layer</source>
        <translation>Přidat vrstvu</translation>
    </message>
</context>
<context>
    <name>rrw::ui::MeasureCommands</name>
    <message>
        <location filename="../ui/commands/measure_commands.cpp" line="9"/>
        <source>Add measure</source>
        <translation>Přidat opatření</translation>
    </message>
    <message>
        <location filename="../ui/commands/measure_commands.cpp" line="28"/>
        <source>Edit measure</source>
        <translation>Upravit opatření</translation>
    </message>
    <message>
        <location filename="../ui/commands/measure_commands.cpp" line="48"/>
        <source>Delete measure</source>
        <translation>Smazat opatření</translation>
    </message>
    <message>
        <location filename="../ui/commands/measure_commands.cpp" line="65"/>
        <source>Add organisation</source>
        <translation>Přidat organizaci</translation>
    </message>
    <message>
        <location filename="../ui/commands/measure_commands.cpp" line="83"/>
        <source>Edit organisation</source>
        <translation>Upravit organizaci</translation>
    </message>
    <message>
        <location filename="../ui/commands/measure_commands.cpp" line="100"/>
        <source>Delete organisation</source>
        <translation>Smazat organizaci</translation>
    </message>
</context>
<context>
    <name>rrw::ui::MeasureDialog</name>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="263"/>
        <source>The id needs 1 to 64 characters of A–Z, a–z, 0–9, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>ID musí mít 1 až 64 znaků z A–Z, a–z, 0–9, &apos;_&apos;, &apos;-&apos; a &apos;.&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="267"/>
        <source>A measure with the id &apos;%1&apos; exists already.</source>
        <translation>Opatření s ID &apos;%1&apos; již existuje.</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="272"/>
        <source>Give the measure a German or a Czech title.</source>
        <translation>Zadejte německý nebo český název opatření.</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="286"/>
        <source>New measure</source>
        <translation>Nové opatření</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="286"/>
        <source>Edit measure</source>
        <translation>Upravit opatření</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="287"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="288"/>
        <source>Title (German):</source>
        <translation>Název (německy):</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="289"/>
        <source>Title (Czech):</source>
        <translation>Název (česky):</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="290"/>
        <source>Description (German):</source>
        <translation>Popis (německy):</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="291"/>
        <source>Description (Czech):</source>
        <translation>Popis (česky):</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="292"/>
        <source>Owner:</source>
        <translation>Gestor:</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="293"/>
        <source>Status:</source>
        <translation>Stav:</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="294"/>
        <source>Review date:</source>
        <translation>Termín přezkumu:</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="295"/>
        <source>SWOT items it answers:</source>
        <translation>Položky SWOT, na které reaguje:</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="296"/>
        <source>Risks it addresses:</source>
        <translation>Rizika, která řeší:</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="297"/>
        <source>none</source>
        <translation>bez termínu</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="302"/>
        <source>(no owner)</source>
        <translation>(bez gestora)</translation>
    </message>
</context>
<context>
    <name>rrw::ui::MeasureForm</name>
    <message>
        <location filename="../ui/measure_form.cpp" line="256"/>
        <source>Sectors</source>
        <translation>Sektory</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="260"/>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="261"/>
        <source>optional</source>
        <translation>nepovinné</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="262"/>
        <source>Cost (EUR)</source>
        <translation>Náklady (EUR)</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="264"/>
        <source>all sectors</source>
        <translation>všechny sektory</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="266"/>
        <source>NACE codes or prefixes of the customers, separated by commas (such as C, C29, C29.3); empty = all sectors.</source>
        <translation>Kódy nebo předpony NACE odběratelů oddělené čárkami (např. C, C29, C29.3); prázdné = všechny sektory.</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="268"/>
        <source>Extra days of stock</source>
        <translation>Dny zásob navíc</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="269"/>
        <source>Added replaceable share</source>
        <translation>Dodatečně nahraditelný podíl</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="271"/>
        <source>Share of the inputs that can additionally be replaced by another supplier.</source>
        <translation>Podíl vstupů, který lze navíc nahradit jiným dodavatelem.</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="272"/>
        <source>Switch within (days)</source>
        <translation>Přechod během (dny)</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="274"/>
        <source>Days needed to switch to another supplier; taken when shorter than before.</source>
        <translation>Počet dní potřebných k přechodu na jiného dodavatele; použije se, je-li kratší než dosud.</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="275"/>
        <source>Share moved</source>
        <translation>Přesunutý podíl</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="277"/>
        <source>Part of the input shares from East Asia that moves to the new supplier.</source>
        <translation>Část podílů vstupů z východní Asie, která přejde k novému dodavateli.</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="278"/>
        <source>Supplier (id)</source>
        <translation>Dodavatel (ID)</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="279"/>
        <source>the customer&apos;s own country</source>
        <translation>vlastní stát odběratele</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="280"/>
        <source>Lead time (days)</source>
        <translation>Dodací lhůta (dny)</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="281"/>
        <source>Route via crossing</source>
        <translation>Trasa přes hraniční přechod</translation>
    </message>
</context>
<context>
    <name>rrw::ui::MeasureRanking</name>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="84"/>
        <source>This scenario has no measures.</source>
        <translation>Tento scénář neobsahuje žádná opatření.</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="85"/>
        <source>Run a scenario to rank its measures.</source>
        <translation>Pro seřazení opatření scénáře ho nejprve spusťte.</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="117"/>
        <location filename="../ui/measure_ranking.cpp" line="121"/>
        <source>no cost</source>
        <translation>bez nákladů</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="128"/>
        <source>Blue: the measure avoids more loss than it costs (ratio ≥ 1).</source>
        <translation>Modrá: opatření odvrátí větší ztrátu, než kolik stojí (poměr ≥ 1).</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="130"/>
        <source>All measures together avoid %1 EUR of production loss for %2 EUR (loss %3 EUR without measures, %4 EUR with them).</source>
        <translation>Všechna opatření dohromady odvrátí výpadek produkce %1 EUR za %2 EUR (výpadek %3 EUR bez opatření, %4 EUR s nimi).</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="137"/>
        <source>Benefit/cost = the loss the measure avoids (the scenario with all its measures against the scenario without this one) divided by its cost.</source>
        <translation>Přínosy/náklady = ztráta, kterou opatření odvrátí (scénář se všemi jeho opatřeními oproti scénáři bez tohoto opatření), dělená jeho náklady.</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="150"/>
        <source>Rank</source>
        <translation>Pořadí</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="150"/>
        <source>Measure</source>
        <translation>Opatření</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="150"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="150"/>
        <source>Cost (EUR)</source>
        <translation>Náklady (EUR)</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="151"/>
        <source>Avoided loss (EUR)</source>
        <translation>Odvrácená ztráta (EUR)</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="151"/>
        <source>Avoided person-days</source>
        <translation>Odvrácené člověkodny</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="152"/>
        <source>Benefit/cost</source>
        <translation>Přínosy/náklady</translation>
    </message>
</context>
<context>
    <name>rrw::ui::MeasureRegister</name>
    <message>
        <location filename="../ui/measure_register.cpp" line="229"/>
        <location filename="../ui/measure_register.cpp" line="237"/>
        <location filename="../ui/measure_register.cpp" line="246"/>
        <source>Measures register</source>
        <translation>Registr opatření</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="250"/>
        <location filename="../ui/measure_register.cpp" line="258"/>
        <location filename="../ui/measure_register.cpp" line="267"/>
        <location filename="../ui/measure_register.cpp" line="481"/>
        <source>Organisations</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="360"/>
        <location filename="../ui/measure_register.cpp" line="368"/>
        <source>All</source>
        <translation>Vše</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="369"/>
        <source>No owner</source>
        <translation>Bez gestora</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="474"/>
        <source>Add measure…</source>
        <translation>Přidat opatření…</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="475"/>
        <location filename="../ui/measure_register.cpp" line="483"/>
        <source>Edit…</source>
        <translation>Upravit…</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="476"/>
        <location filename="../ui/measure_register.cpp" line="484"/>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="477"/>
        <source>Status:</source>
        <translation>Stav:</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="478"/>
        <source>Owner:</source>
        <translation>Gestor:</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="479"/>
        <source>Measure</source>
        <translation>Opatření</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="479"/>
        <source>Owner</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="479"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="480"/>
        <source>Review date</source>
        <translation>Termín přezkumu</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="480"/>
        <source>SWOT items</source>
        <translation>Položky SWOT</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="480"/>
        <source>Risks</source>
        <translation>Rizika</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="482"/>
        <source>Add organisation…</source>
        <translation>Přidat organizaci…</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="486"/>
        <source>Short name</source>
        <translation>Zkrácený název</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="486"/>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="486"/>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="486"/>
        <source>Role in the programme</source>
        <translation>Role v programu</translation>
    </message>
</context>
<context>
    <name>rrw::ui::OrganisationDialog</name>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="110"/>
        <source>The id needs 1 to 64 characters of A–Z, a–z, 0–9, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>ID musí mít 1 až 64 znaků z A–Z, a–z, 0–9, &apos;_&apos;, &apos;-&apos; a &apos;.&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="114"/>
        <source>An organisation with the id &apos;%1&apos; exists already.</source>
        <translation>Organizace s ID &apos;%1&apos; již existuje.</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="119"/>
        <source>Give the organisation a German or a Czech name.</source>
        <translation>Zadejte německý nebo český název organizace.</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="133"/>
        <source>New organisation</source>
        <translation>Nová organizace</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="133"/>
        <source>Edit organisation</source>
        <translation>Upravit organizaci</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="135"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="135"/>
        <source>Name (German):</source>
        <translation>Název (německy):</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="135"/>
        <source>Name (Czech):</source>
        <translation>Název (česky):</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="135"/>
        <source>Name (English):</source>
        <translation>Název (anglicky):</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="136"/>
        <source>Short name:</source>
        <translation>Zkrácený název:</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="136"/>
        <source>Country:</source>
        <translation>Země:</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="136"/>
        <source>Kind:</source>
        <translation>Druh:</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="136"/>
        <source>Role (German):</source>
        <translation>Role (německy):</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="137"/>
        <source>Role (Czech):</source>
        <translation>Role (česky):</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="137"/>
        <source>Role (English):</source>
        <translation>Role (anglicky):</translation>
    </message>
</context>
<context>
    <name>rrw::ui::PlanningText</name>
    <message>
        <location filename="../ui/planning_text.cpp" line="47"/>
        <source>Strengths</source>
        <extracomment>SWOT quadrant. de: Stärken, cs: Silné stránky</extracomment>
        <translation>Silné stránky</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="50"/>
        <source>Weaknesses</source>
        <extracomment>SWOT quadrant. de: Schwächen, cs: Slabé stránky</extracomment>
        <translation>Slabé stránky</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="53"/>
        <source>Opportunities</source>
        <extracomment>SWOT quadrant. de: Chancen, cs: Příležitosti</extracomment>
        <translation>Příležitosti</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="56"/>
        <source>Threats</source>
        <extracomment>SWOT quadrant. de: Risiken, cs: Hrozby</extracomment>
        <translation>Hrozby</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="66"/>
        <source>Strength</source>
        <extracomment>One SWOT item. de: Stärke, cs: Silná stránka</extracomment>
        <translation>Silná stránka</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="69"/>
        <source>Weakness</source>
        <extracomment>One SWOT item. de: Schwäche, cs: Slabá stránka</extracomment>
        <translation>Slabá stránka</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="72"/>
        <source>Opportunity</source>
        <extracomment>One SWOT item. de: Chance, cs: Příležitost</extracomment>
        <translation>Příležitost</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="75"/>
        <source>Threat</source>
        <extracomment>One SWOT item. de: Risiko, cs: Hrozba</extracomment>
        <translation>Hrozba</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="85"/>
        <source>SO strategies (use strengths to seize opportunities)</source>
        <extracomment>de: SO-Strategien (Stärken nutzen, Chancen ergreifen); cs: strategie SO (využít silné stránky k využití příležitostí)</extracomment>
        <translation>Strategie SO (využít silné stránky k využití příležitostí)</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="90"/>
        <source>ST strategies (use strengths to avert threats)</source>
        <extracomment>de: ST-Strategien (Stärken nutzen, Risiken abwehren); cs: strategie ST (využít silné stránky k odvrácení hrozeb)</extracomment>
        <translation>Strategie ST (využít silné stránky k odvrácení hrozeb)</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="95"/>
        <source>WO strategies (overcome weaknesses by seizing opportunities)</source>
        <extracomment>de: WO-Strategien (Schwächen abbauen, Chancen nutzen); cs: strategie WO (překonat slabé stránky využitím příležitostí)</extracomment>
        <translation>Strategie WO (překonat slabé stránky využitím příležitostí)</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="100"/>
        <source>WT strategies (reduce weaknesses and avoid threats)</source>
        <extracomment>de: WT-Strategien (Schwächen abbauen, Risiken vermeiden); cs: strategie WT (omezit slabé stránky a vyhnout se hrozbám)</extracomment>
        <translation>Strategie WT (omezit slabé stránky a vyhnout se hrozbám)</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="108"/>
        <source>whole cross-border area</source>
        <extracomment>An item for the whole region, not one Kreis/okres. de: gesamter Grenzraum, cs: celé přeshraniční území</extracomment>
        <translation>celé přeshraniční území</translation>
    </message>
</context>
<context>
    <name>rrw::ui::PresentationWindow</name>
    <message>
        <location filename="../ui/presentation_window.cpp" line="137"/>
        <source>German (D)</source>
        <translation>Německy (D)</translation>
    </message>
    <message>
        <location filename="../ui/presentation_window.cpp" line="138"/>
        <source>Czech (C)</source>
        <translation>Česky (C)</translation>
    </message>
    <message>
        <location filename="../ui/presentation_window.cpp" line="139"/>
        <source>German and Czech (B)</source>
        <translation>Německy a česky (B)</translation>
    </message>
    <message>
        <location filename="../ui/presentation_window.cpp" line="140"/>
        <source>End the presentation (Esc)</source>
        <translation>Ukončit prezentaci (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/presentation_window.cpp" line="141"/>
        <source>Presentation</source>
        <translation>Prezentace</translation>
    </message>
    <message>
        <location filename="../ui/presentation_window.cpp" line="191"/>
        <source>There are no slides.</source>
        <translation>Nejsou žádné snímky.</translation>
    </message>
</context>
<context>
    <name>rrw::ui::Recovery</name>
    <message>
        <location filename="../ui/recovery.cpp" line="102"/>
        <source>Unsaved edits</source>
        <translation>Neuložené úpravy</translation>
    </message>
    <message>
        <location filename="../ui/recovery.cpp" line="103"/>
        <source>Some edits could not be restored:</source>
        <translation>Některé úpravy se nepodařilo obnovit:</translation>
    </message>
</context>
<context>
    <name>rrw::ui::RecoveryDialog</name>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="100"/>
        <source>Scenario editor: a scenario without a name</source>
        <translation>Editor scénářů: scénář bez názvu</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="101"/>
        <source>Scenario editor: scenario “%1”</source>
        <translation>Editor scénářů: scénář „%1“</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="104"/>
        <source>New slide “%1”</source>
        <translation>Nový snímek „%1“</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="105"/>
        <source>Slide “%1”: titles and notes</source>
        <translation>Snímek „%1“: nadpisy a poznámky</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="108"/>
        <source>Style of the map layer “%1”</source>
        <translation>Styl mapové vrstvy „%1“</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="111"/>
        <source>New SWOT item “%1”</source>
        <translation>Nová položka SWOT „%1“</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="112"/>
        <source>SWOT item “%1”</source>
        <translation>Položka SWOT „%1“</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="114"/>
        <source>An edit this version cannot restore (%1)</source>
        <translation>Úprava, kterou tato verze nedokáže obnovit (%1)</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="118"/>
        <source>Unsaved edits found</source>
        <translation>Nalezeny neuložené úpravy</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="119"/>
        <source>Restore unsaved edits from %1?</source>
        <translation>Obnovit neuložené úpravy z %1?</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="122"/>
        <source>The workbench was not closed normally while these edits were open. Restored edits come back into their editors unsaved: check them, then save.</source>
        <translation>Aplikace nebyla řádně ukončena, když byly tyto úpravy otevřené. Obnovené úpravy se vrátí do svých editorů neuložené: zkontrolujte je a pak je uložte.</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="128"/>
        <source>&amp;Restore</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="129"/>
        <source>&amp;Discard</source>
        <translation>&amp;Zahodit</translation>
    </message>
</context>
<context>
    <name>rrw::ui::RegisterCommand</name>
    <message>
        <location filename="../ui/commands/register_command.cpp" line="41"/>
        <source>No project is open.</source>
        <translation>Není otevřen žádný projekt.</translation>
    </message>
</context>
<context>
    <name>rrw::ui::ReportDialog</name>
    <message>
        <location filename="../ui/report_dialog.cpp" line="41"/>
        <source>&amp;Build preview</source>
        <translation>&amp;Sestavit náhled</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="42"/>
        <source>&amp;Cancel</source>
        <translation>Zr&amp;ušit</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="43"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportovat…</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="47"/>
        <source>Report</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="48"/>
        <source>Full report</source>
        <translation>Úplná zpráva</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="49"/>
        <source>SWOT analysis</source>
        <translation>Analýza SWOT</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="50"/>
        <source>Risk analysis</source>
        <translation>Analýza rizik</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="51"/>
        <source>Supply-chain scenarios</source>
        <translation>Scénáře dodavatelských řetězců</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="52"/>
        <source>German</source>
        <translation>Němčina</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="53"/>
        <source>Czech</source>
        <translation>Čeština</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="54"/>
        <source>English</source>
        <translation>Angličtina</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="55"/>
        <source>German and Czech</source>
        <translation>Němčina a čeština</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="58"/>
        <source>All scenarios</source>
        <translation>Všechny scénáře</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="66"/>
        <source>&amp;Template:</source>
        <translation>Ša&amp;blona:</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="67"/>
        <source>&amp;Language:</source>
        <translation>&amp;Jazyk:</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="68"/>
        <source>&amp;Scenarios:</source>
        <translation>Scé&amp;náře:</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="72"/>
        <source>C&amp;ontents (uncheck what to leave out):</source>
        <translation>&amp;Obsah (zrušte zaškrtnutí u toho, co vynechat):</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="122"/>
        <location filename="../ui/report_dialog.cpp" line="126"/>
        <source>Press Build preview to build the report with these settings.</source>
        <translation>Klepnutím na „Sestavit náhled“ sestavíte zprávu s tímto nastavením.</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="159"/>
        <source>Built: %1 sections. The preview shows the first pages of the PDF.</source>
        <translation>Sestaveno; počet oddílů: %1. Náhled ukazuje první stránky PDF.</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="166"/>
        <source>Canceled.</source>
        <translation>Zrušeno.</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="179"/>
        <source>Building the report …</source>
        <translation>Sestavuje se zpráva …</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="230"/>
        <source>%1: choose a file ending in .pdf, .odt or .html.</source>
        <translation>%1: zvolte soubor s příponou .pdf, .odt nebo .html.</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="238"/>
        <source>Exported %1 (pages: %2, maps: %3).</source>
        <translation>Exportováno do %1 (stránky: %2, mapy: %3).</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="242"/>
        <source>Exported %1 (maps: %2).</source>
        <translation>Exportováno do %1 (mapy: %2).</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="253"/>
        <source>Export report</source>
        <translation>Exportovat zprávu</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="254"/>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;Text OpenDocument (*.odt);;HTML (*.html)</translation>
    </message>
</context>
<context>
    <name>rrw::ui::RiskMatrixPage</name>
    <message>
        <location filename="../ui/risk_matrix_page.cpp" line="171"/>
        <source>likelihood of “%1”</source>
        <translation>pravděpodobnost scénáře „%1“</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_page.cpp" line="187"/>
        <source>damage extent of “%1”</source>
        <translation>rozsah škod scénáře „%1“</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_page.cpp" line="206"/>
        <source>Extent class: mean of the five parameters (BBK 2010)</source>
        <translation>Třída rozsahu škod: průměr pěti parametrů (BBK 2010)</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_page.cpp" line="207"/>
        <source>Extent class: worst parameter (cautious)</source>
        <translation>Třída rozsahu škod: nejhorší parametr (opatrný přístup)</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_page.cpp" line="208"/>
        <source>Scenario</source>
        <translation>Scénář</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_page.cpp" line="208"/>
        <source>Likelihood</source>
        <translation>Pravděpodobnost</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_page.cpp" line="212"/>
        <source>Extent class</source>
        <translation>Třída rozsahu škod</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_page.cpp" line="212"/>
        <source>Risk</source>
        <translation>Riziko</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_page.cpp" line="215"/>
        <source>Workshop starting estimates, to be revised by the partners. Likelihood A (very unlikely) to E (very likely); damage extent 1 (insignificant) to 5 (catastrophic); method: BBK, Methode für die Risikoanalyse im Bevölkerungsschutz (2010). Every change is stored and can be undone.</source>
        <translation>Výchozí odhady z workshopu, které partneři ještě upřesní. Pravděpodobnost A (velmi nepravděpodobná) až E (velmi pravděpodobná); rozsah škod 1 (zanedbatelný) až 5 (katastrofální); metoda: BBK, Methode für die Risikoanalyse im Bevölkerungsschutz (2010). Každá změna se ukládá a lze ji vrátit zpět.</translation>
    </message>
</context>
<context>
    <name>rrw::ui::RiskMatrixView</name>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="182"/>
        <source>Likelihood %1 (%2), extent class %3 (%4)</source>
        <translation>Pravděpodobnost %1 (%2), třída rozsahu škod %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="187"/>
        <source>Risk %1: %2</source>
        <translation>Riziko %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="190"/>
        <source>Extent classes (the highest counts): %1</source>
        <translation>Třídy rozsahu škod (rozhoduje nejvyšší): %1</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="191"/>
        <source>Extent classes (their mean counts): %1</source>
        <translation>Třídy rozsahu škod (rozhoduje jejich průměr): %1</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="231"/>
        <source>%1 × %2 = risk %3: %4</source>
        <translation>%1 × %2 = riziko %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="254"/>
        <source>Risk matrix (BBK method)</source>
        <translation>Matice rizik (metoda BBK)</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="317"/>
        <source>Extent of damage</source>
        <translation>Rozsah škod</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="322"/>
        <source>Likelihood</source>
        <translation>Pravděpodobnost</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="349"/>
        <source>%1 / %2 · risk %3: %4</source>
        <translation>%1 / %2 · riziko %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="365"/>
        <source>%1 (risk %2)</source>
        <translation>%1 (riziko %2)</translation>
    </message>
</context>
<context>
    <name>rrw::ui::RiskPanel</name>
    <message>
        <location filename="../ui/risk_panel.cpp" line="288"/>
        <source>The project has no index models.</source>
        <translation>Projekt neobsahuje žádné indexové modely.</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="292"/>
        <source>Running…</source>
        <translation>Probíhá výpočet…</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="295"/>
        <source>Canceled; nothing was stored.</source>
        <translation>Zrušeno; nic nebylo uloženo.</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="303"/>
        <location filename="../ui/risk_panel.cpp" line="529"/>
        <source>Gemeinden and obce</source>
        <translation>Obce (DE a CZ)</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="303"/>
        <location filename="../ui/risk_panel.cpp" line="528"/>
        <source>Kreise and okresy</source>
        <translation>Zemské okresy a okresy</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="306"/>
        <source>Run %1 stored: %2, %3, %4 regions, %5 Monte Carlo samples (seed %6).</source>
        <translation>Výpočet č. %1 uložen: %2, %3, územní jednotky: %4, vzorky Monte Carlo: %5 (počáteční hodnota %6).</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="312"/>
        <source>Run %1 stored: %2, %3, %4 regions, no Monte Carlo.</source>
        <translation>Výpočet č. %1 uložen: %2, %3, územní jednotky: %4, bez simulace Monte Carlo.</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="389"/>
        <source>Synthetic values: %1</source>
        <translation>Syntetické hodnoty: %1</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="402"/>
        <source>Rank (1 = highest risk); bars: 5–95 % of the Monte Carlo ranks</source>
        <translation>Pořadí (1 = nejvyšší riziko); pruhy: 5–95 % pořadí ze simulace Monte Carlo</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="527"/>
        <source>Samples for the 5–95 % rank intervals (0 = ranks only)</source>
        <translation>Vzorky pro intervaly pořadí 5–95 % (0 = pouze pořadí)</translation>
    </message>
    <message>
        <source>Rank (1 = highest risk); bars: 5᎕ % of the Monte Carlo ranks</source>
        <translation type="vanished">Pořadí (1 = nejvyšší riziko); pruhy: 5–95 % pořadí ze simulace Monte Carlo</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="403"/>
        <source>Open dots: synthetic input data</source>
        <translation>Nevyplněné body: syntetická vstupní data</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="466"/>
        <source>The regions of this level have no map layer.</source>
        <translation>Územní jednotky této úrovně nemají žádnou mapovou vrstvu.</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="505"/>
        <source>Show risk scores on the map</source>
        <translation>Zobrazit hodnoty indexu rizika na mapě</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="523"/>
        <source>&amp;Hazard model:</source>
        <translation>Model &amp;hrozby:</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="524"/>
        <source>&amp;Level:</source>
        <translation>Ú&amp;roveň:</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="525"/>
        <source>Monte Carlo &amp;samples:</source>
        <translation>Vzor&amp;ky Monte Carlo:</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="526"/>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>Samples for the 5᎕ % rank intervals (0 = ranks only)</source>
        <translation type="vanished">Vzorky pro intervaly pořadí 5–95 % (0 = pouze pořadí)</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="534"/>
        <source>&amp;Run</source>
        <translation>&amp;Spustit</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="535"/>
        <source>&amp;Cancel</source>
        <translation>Zr&amp;ušit</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="536"/>
        <source>Show on &amp;map</source>
        <translation>Zobrazit na &amp;mapě</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="538"/>
        <source>Rank</source>
        <translation>Pořadí</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="538"/>
        <source>Region</source>
        <translation>Územní jednotka</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="538"/>
        <source>Score</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <source>Rank 5᎕ %</source>
        <translation type="vanished">Pořadí 5–95 %</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="538"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="538"/>
        <source>Rank 5–95 %</source>
        <translation>Pořadí 5–95 %</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="539"/>
        <source>Ranking</source>
        <translation>Žebříček</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="540"/>
        <source>Rank intervals</source>
        <translation>Intervaly pořadí</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="541"/>
        <source>Why?</source>
        <translation>Proč?</translation>
    </message>
</context>
<context>
    <name>rrw::ui::RiskTexts</name>
    <message>
        <location filename="../ui/risk_texts.cpp" line="126"/>
        <source>Hazard and exposure</source>
        <translation>Hrozba a expozice</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="129"/>
        <source>Vulnerability</source>
        <translation>Zranitelnost</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="132"/>
        <source>Coping capacity</source>
        <translation>Schopnost zvládání</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="139"/>
        <source>higher is worse</source>
        <translation>vyšší je horší</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="142"/>
        <source>higher is better</source>
        <translation>vyšší je lepší</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="150"/>
        <source>very unlikely</source>
        <translation>velmi nepravděpodobná</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="152"/>
        <source>unlikely</source>
        <translation>nepravděpodobná</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="154"/>
        <source>conditionally likely</source>
        <translation>podmíněně pravděpodobná</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="156"/>
        <source>likely</source>
        <translation>pravděpodobná</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="158"/>
        <source>very likely</source>
        <translation>velmi pravděpodobná</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="166"/>
        <source>insignificant</source>
        <translation>zanedbatelný</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="168"/>
        <source>minor</source>
        <translation>malý</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="170"/>
        <source>moderate</source>
        <translation>střední</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="172"/>
        <source>major</source>
        <translation>velký</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="174"/>
        <source>catastrophic</source>
        <translation>katastrofální</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="182"/>
        <source>People</source>
        <translation>Obyvatelstvo</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="185"/>
        <source>Environment</source>
        <translation>Životní prostředí</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="188"/>
        <source>Economy</source>
        <translation>Ekonomika</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="191"/>
        <source>Supply</source>
        <translation>Zásobování</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="194"/>
        <source>Immaterial</source>
        <translation>Nehmotné škody</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="201"/>
        <source>low</source>
        <translation>nízké</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="204"/>
        <source>medium</source>
        <translation>střední</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="207"/>
        <source>high</source>
        <translation>vysoké</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="210"/>
        <source>very high</source>
        <translation>velmi vysoké</translation>
    </message>
</context>
<context>
    <name>rrw::ui::RunComparison</name>
    <message>
        <location filename="../ui/run_comparison.cpp" line="165"/>
        <source>Run at least two scenarios to compare them.</source>
        <translation>Pro porovnání spusťte alespoň dva scénáře.</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="171"/>
        <source>Choose two different runs.</source>
        <translation>Vyberte dva různé běhy.</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="190"/>
        <source>Run B loses %1 EUR less production than run A</source>
        <translation>Běh B ztratí o %1 EUR produkce méně než běh A</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="191"/>
        <source>Run B loses %1 EUR more production than run A</source>
        <translation>Běh B ztratí o %1 EUR produkce více než běh A</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="192"/>
        <source>%1 fewer jobs at risk.</source>
        <translation>ohrožených pracovních míst je o %1 méně.</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="193"/>
        <source>%1 more jobs at risk.</source>
        <translation>ohrožených pracovních míst je o %1 více.</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="195"/>
        <source>The two runs used different supply networks.</source>
        <translation>Oba běhy proběhly na různých dodavatelských sítích.</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="232"/>
        <source>Whole region</source>
        <translation>Celý region</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="235"/>
        <source>German side</source>
        <translation>Německá strana</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="236"/>
        <source>Czech side</source>
        <translation>Česká strana</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="282"/>
        <source>Run A</source>
        <translation>Běh A</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="284"/>
        <source>Run B</source>
        <translation>Běh B</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="287"/>
        <source>Day</source>
        <translation>Den</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="287"/>
        <source>Production (% of normal)</source>
        <translation>Produkce (% běžné úrovně)</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="288"/>
        <source>Regional production, runs A and B</source>
        <translation>Regionální produkce, běhy A a B</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="301"/>
        <source>Run &amp;A:</source>
        <translation>Běh &amp;A:</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="302"/>
        <source>Run &amp;B:</source>
        <translation>Běh &amp;B:</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="303"/>
        <source>S&amp;wap</source>
        <translation>&amp;Prohodit</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="304"/>
        <source>Side by side</source>
        <translation>Vedle sebe</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="305"/>
        <source>Difference B − A</source>
        <translation>Rozdíl B − A</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="306"/>
        <source>Table</source>
        <translation>Tabulka</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="307"/>
        <source>Production</source>
        <translation>Produkce</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="309"/>
        <source>Area</source>
        <translation>Území</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="309"/>
        <source>Loss A (EUR)</source>
        <translation>Výpadek A (EUR)</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="309"/>
        <source>Loss B (EUR)</source>
        <translation>Výpadek B (EUR)</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="309"/>
        <source>Loss B − A</source>
        <translation>Výpadek B − A</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="309"/>
        <source>Jobs at risk A</source>
        <translation>Ohrožená pracovní místa A</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="310"/>
        <source>Jobs at risk B</source>
        <translation>Ohrožená pracovní místa B</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="310"/>
        <source>Jobs B − A</source>
        <translation>Pracovní místa B − A</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="310"/>
        <source>Time to survive A (days)</source>
        <translation>Doba přežití A (dny)</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="311"/>
        <source>Time to survive B (days)</source>
        <translation>Doba přežití B (dny)</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="311"/>
        <source>Time to recover A (days)</source>
        <translation>Doba obnovy A (dny)</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="312"/>
        <source>Time to recover B (days)</source>
        <translation>Doba obnovy B (dny)</translation>
    </message>
</context>
<context>
    <name>rrw::ui::RunResults</name>
    <message>
        <location filename="../ui/run_results.cpp" line="124"/>
        <source>Production loss %1 EUR (%2 % of normal output), %3 person-days, %4 jobs at risk (German side %5, Czech side %6).</source>
        <translation>Výpadek produkce %1 EUR (%2 % běžné produkce), člověkodny: %3, ohrožená pracovní místa: %4 (německá strana %5, česká strana %6).</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="133"/>
        <source>%1 firms fall below 95 % of their output; the first after %2 days (time to survive), the last recovers %3 days after the hazards end (time to recover).</source>
        <translation>Podniky pod 95 % své produkce: %1; první po %2 dnech (doba přežití, TTS), poslední se obnoví %3 dní po skončení hrozeb (doba obnovy, TTR).</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="143"/>
        <source>The project has no municipality layers.</source>
        <translation>Projekt neobsahuje vrstvy obcí.</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="156"/>
        <source>Whole region</source>
        <translation>Celý region</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="158"/>
        <source>German side</source>
        <translation>Německá strana</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="161"/>
        <source>Czech side</source>
        <translation>Česká strana</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="164"/>
        <source>Day</source>
        <translation>Den</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="164"/>
        <source>Production (% of normal)</source>
        <translation>Produkce (% běžné úrovně)</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="165"/>
        <source>Regional production: %1</source>
        <translation>Regionální produkce: %1</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="176"/>
        <source>The project has no supply network.</source>
        <translation>Projekt nemá dodavatelskou síť.</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="212"/>
        <source>%1 supply links as %2 flows between municipalities and external suppliers (%3 links within one municipality are not drawn). The hazards cut %4 links carrying %5 % of the volume (dashed). Volume = input share × the customer&apos;s daily output (EUR/day).</source>
        <translation>Dodavatelské vazby (%1) zobrazené jako toky (%2) mezi obcemi a externími dodavateli; vazby uvnitř jedné obce (%3) se nekreslí. Hrozby přerušují vazby (%4), které nesou %5 % objemu (čárkovaně). Objem = podíl vstupu × denní produkce odběratele (EUR/den).</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="222"/>
        <source>The project&apos;s network has changed since this run; the flows show the current network.</source>
        <translation>Síť projektu se od tohoto běhu změnila; toky zobrazují aktuální síť.</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="244"/>
        <source>Show jobs at risk on the map</source>
        <translation>Zobrazit ohrožená pracovní místa na mapě</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="270"/>
        <source>Jobs at risk</source>
        <translation>Ohrožená pracovní místa</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="271"/>
        <source>Production</source>
        <translation>Produkce</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="272"/>
        <source>Supply flows</source>
        <translation>Dodavatelské toky</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="273"/>
        <source>Measures</source>
        <translation>Opatření</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="274"/>
        <source>Show on &amp;main map</source>
        <translation>Zobrazit na &amp;hlavní mapě</translation>
    </message>
</context>
<context>
    <name>rrw::ui::ScenarioEditor</name>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="472"/>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="473"/>
        <source>The scenario&apos;s id; an existing name is saved as a new version of it.</source>
        <translation>ID scénáře; pod již existujícím názvem se uloží jeho nová verze.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="474"/>
        <source>German title</source>
        <translation>Německý název</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="475"/>
        <source>Czech title</source>
        <translation>Český název</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="476"/>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="477"/>
        <source>Days simulated</source>
        <translation>Simulované dny</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="478"/>
        <source>Hazards</source>
        <translation>Hrozby</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="479"/>
        <source>Measures</source>
        <translation>Opatření</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="480"/>
        <location filename="../ui/scenario_editor.cpp" line="481"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="480"/>
        <source>Start</source>
        <translation>Začátek</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="480"/>
        <source>Days</source>
        <translation>Dny</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="480"/>
        <location filename="../ui/scenario_editor.cpp" line="481"/>
        <source>Summary</source>
        <translation>Souhrn</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="481"/>
        <source>Cost (EUR)</source>
        <translation>Náklady (EUR)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="482"/>
        <source>Add hazard</source>
        <translation>Přidat hrozbu</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="483"/>
        <location filename="../ui/scenario_editor.cpp" line="486"/>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="484"/>
        <source>Remove the selected hazard</source>
        <translation>Odebrat vybranou hrozbu</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="485"/>
        <source>Add measure</source>
        <translation>Přidat opatření</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="487"/>
        <source>Remove the selected measure</source>
        <translation>Odebrat vybrané opatření</translation>
    </message>
</context>
<context>
    <name>rrw::ui::ScenarioFields</name>
    <message>
        <location filename="../ui/scenario_fields.cpp" line="38"/>
        <source> %</source>
        <extracomment>Suffix of percent input fields (with the space the language puts before %).</extracomment>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/scenario_fields.cpp" line="76"/>
        <source>none</source>
        <translation>žádný</translation>
    </message>
    <message>
        <location filename="../ui/scenario_fields.cpp" line="89"/>
        <source>%1 (not in the network)</source>
        <translation>%1 (není v síti)</translation>
    </message>
</context>
<context>
    <name>rrw::ui::ScenarioPage</name>
    <message>
        <location filename="../ui/scenario_page.cpp" line="176"/>
        <location filename="../ui/scenario_page.cpp" line="222"/>
        <source>No scenario has been run yet: choose one and press Run.</source>
        <translation>Zatím nebyl spuštěn žádný scénář: vyberte některý a stiskněte „Spustit“.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="180"/>
        <source>The project has no supply network: import one with &apos;rrw-cli supply import&apos;.</source>
        <translation>Projekt neobsahuje dodavatelskou síť: importujte ji pomocí &apos;rrw-cli supply import&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="260"/>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="291"/>
        <source>Provenance: hash of the scenario as run and of the network %1</source>
        <translation>Původ: hash scénáře v podobě, v jaké byl spuštěn, a kontrolní součet sítě %1</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="345"/>
        <source>Saved scenario %1 as version %2.</source>
        <translation>Scénář %1 uložen jako verze %2.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="362"/>
        <source>Delete scenario</source>
        <translation>Smazat scénář</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="363"/>
        <source>Delete every version of scenario %1? Its stored runs are kept.</source>
        <translation>Smazat všechny verze scénáře %1? Jeho uložené běhy zůstanou zachovány.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="372"/>
        <source>Deleted scenario %1.</source>
        <translation>Scénář %1 smazán.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="402"/>
        <source>Running %1 …</source>
        <translation>Probíhá simulace scénáře %1 …</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="425"/>
        <source>Run %1 stored (inputs hash %2).</source>
        <translation>Běh %1 uložen (hash vstupů %2).</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="435"/>
        <source>The run was canceled; nothing was stored.</source>
        <translation>Běh byl zrušen; nic nebylo uloženo.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="487"/>
        <source>Save and &amp;run</source>
        <translation>Uložit a &amp;spustit</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="487"/>
        <source>&amp;Run</source>
        <translation>&amp;Spustit</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="512"/>
        <source>&amp;Scenarios (latest versions):</source>
        <translation>S&amp;cénáře (nejnovější verze):</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="513"/>
        <source>&amp;New</source>
        <translation>&amp;Nový</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="514"/>
        <source>Save as new &amp;version</source>
        <translation>Uložit jako novou &amp;verzi</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="515"/>
        <source>&amp;Delete</source>
        <translation>S&amp;mazat</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="516"/>
        <source>&amp;Cancel</source>
        <translation>Zr&amp;ušit</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="517"/>
        <source>Stored r&amp;uns (newest first):</source>
        <translation>Uložené běh&amp;y (nejnovější první):</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="519"/>
        <source>Run</source>
        <translation>Běh</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="519"/>
        <source>Scenario</source>
        <translation>Scénář</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="519"/>
        <source>Version</source>
        <translation>Verze</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="519"/>
        <source>Started (UTC)</source>
        <translation>Spuštěno (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="519"/>
        <source>Inputs hash</source>
        <translation>Hash vstupů</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="520"/>
        <source>Results</source>
        <translation>Výsledky</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="521"/>
        <source>Compare runs</source>
        <translation>Porovnání běhů</translation>
    </message>
</context>
<context>
    <name>rrw::ui::ScenarioTexts</name>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="16"/>
        <source>Border closure</source>
        <translation>Uzavření hranic</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="18"/>
        <source>Far-East supply interruption</source>
        <translation>Přerušení dodávek z Dálného východu</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="20"/>
        <source>Energy-price shock</source>
        <translation>Cenový šok energií</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="22"/>
        <source>Pandemic absence</source>
        <translation>Výpadek pracovní síly při pandemii</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="30"/>
        <source>GreenCard for commuters</source>
        <translation>GreenCard pro pendlery</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="32"/>
        <source>Stockpiling</source>
        <translation>Předzásobení</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="34"/>
        <source>Regional second suppliers</source>
        <translation>Regionální druzí dodavatelé</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="36"/>
        <source>Joint industrial park</source>
        <translation>Společný průmyslový park</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="38"/>
        <source>Nearshoring</source>
        <translation>Nearshoring</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="57"/>
        <source>Cross-border commuters may cross during a closure.</source>
        <translation>Přeshraniční pendleři mohou hranici překročit i během jejího uzavření.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="59"/>
        <source>Customers in the chosen sectors hold more days of inventory.</source>
        <translation>Odběratelé ve zvolených sektorech drží zásoby na více dní.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="61"/>
        <source>A larger share of the inputs can be replaced, sooner.</source>
        <translation>Větší podíl vstupů lze nahradit, a to dříve.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="63"/>
        <source>A shared park of suppliers: a larger replaceable share and a shorter switch.</source>
        <translation>Společný park dodavatelů: větší nahraditelný podíl a rychlejší přechod.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="67"/>
        <source>Part of the inputs from East Asia moves to a supplier in the region.</source>
        <translation>Část vstupů z východní Asie přechází k dodavateli v regionu.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="78"/>
        <source>freight %1 %, commuters %2 %, all crossings</source>
        <translation>nákladní doprava %1 %, pendleři %2 %, všechny hraniční přechody</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="81"/>
        <source>freight %1 %, commuters %2 %, closed crossings: %3</source>
        <extracomment>%3 is the number of closed crossings.</extracomment>
        <translation>nákladní doprava %1 %, pendleři %2 %, uzavřené hraniční přechody: %3</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="85"/>
        <source>%1 % of the supply arrives</source>
        <translation>dorazí %1 % dodávek</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="87"/>
        <source>energy price +%1 %</source>
        <translation>cena energie +%1 %</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="89"/>
        <source>%1 % of the workforce absent</source>
        <translation>chybí %1 % pracovní síly</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="100"/>
        <source>all sectors</source>
        <translation>všechny sektory</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="101"/>
        <source>sectors %1</source>
        <translation>sektory %1</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="104"/>
        <source>commuters may cross</source>
        <translation>pendleři mohou překročit hranici</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="107"/>
        <source>stock +%1 d, %2</source>
        <extracomment>&quot;d&quot; = days</extracomment>
        <translation>zásoby +%1 d, %2</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="112"/>
        <source>+%1 % replaceable, switch within %2 d, %3</source>
        <extracomment>&quot;d&quot; = days</extracomment>
        <translation>+%1 % nahraditelné, přechod do %2 d, %3</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="116"/>
        <source>+%1 % replaceable, %2</source>
        <translation>+%1 % nahraditelné, %2</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="120"/>
        <source>%1 % of the East-Asia inputs, lead time %2 d</source>
        <extracomment>&quot;d&quot; = days</extracomment>
        <translation>%1 % vstupů z východní Asie, dodací lhůta %2 d</translation>
    </message>
</context>
<context>
    <name>rrw::ui::ScoreExplanationView</name>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="84"/>
        <source>Part</source>
        <translation>Složka</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="84"/>
        <source>Contribution</source>
        <translation>Příspěvek</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="84"/>
        <source>Weight</source>
        <translation>Váha</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="84"/>
        <source>Normalised</source>
        <translation>Normalizováno</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="85"/>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="85"/>
        <source>Unit</source>
        <translation>Jednotka</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="85"/>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="85"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="85"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="92"/>
        <source>Select a region to see why it scores as it does.</source>
        <translation>Vyberte územní jednotku a uvidíte, jak vzniklo její skóre.</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="103"/>
        <source>Why %1 has the score %2: the contributions of the groups and indicators add up to it.</source>
        <translation>Proč má %1 skóre %2: je součtem příspěvků skupin a indikátorů.</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="159"/>
        <source>missing</source>
        <translation>chybí</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="167"/>
        <source>Hatched: from synthetic data</source>
        <translation>Šrafováno: ze syntetických dat</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="170"/>
        <source>Sum of the contributions %1 = score %2</source>
        <translation>Součet příspěvků %1 = skóre %2</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="171"/>
        <source>Sum of the contributions %1 ≠ score %2</source>
        <translation>Součet příspěvků %1 ≠ skóre %2</translation>
    </message>
</context>
<context>
    <name>rrw::ui::SlideCommands</name>
    <message>
        <location filename="../ui/commands/slide_commands.cpp" line="8"/>
        <source>Add slide</source>
        <translation>Přidat snímek</translation>
    </message>
    <message>
        <location filename="../ui/commands/slide_commands.cpp" line="26"/>
        <source>Edit slide</source>
        <translation>Upravit snímek</translation>
    </message>
    <message>
        <location filename="../ui/commands/slide_commands.cpp" line="43"/>
        <source>Delete slide</source>
        <translation>Smazat snímek</translation>
    </message>
    <message>
        <location filename="../ui/commands/slide_commands.cpp" line="60"/>
        <source>Move slide</source>
        <translation>Přesunout snímek</translation>
    </message>
</context>
<context>
    <name>rrw::ui::SlideDialog</name>
    <message>
        <location filename="../ui/slide_dialog.cpp" line="92"/>
        <source>New slide</source>
        <translation>Nový snímek</translation>
    </message>
    <message>
        <location filename="../ui/slide_dialog.cpp" line="92"/>
        <source>Edit slide</source>
        <translation>Upravit snímek</translation>
    </message>
    <message>
        <location filename="../ui/slide_dialog.cpp" line="93"/>
        <source>Title (German):</source>
        <translation>Nadpis (německy):</translation>
    </message>
    <message>
        <location filename="../ui/slide_dialog.cpp" line="94"/>
        <source>Title (Czech):</source>
        <translation>Nadpis (česky):</translation>
    </message>
    <message>
        <location filename="../ui/slide_dialog.cpp" line="95"/>
        <source>Notes (German):</source>
        <translation>Poznámky (německy):</translation>
    </message>
    <message>
        <location filename="../ui/slide_dialog.cpp" line="96"/>
        <source>Notes (Czech):</source>
        <translation>Poznámky (česky):</translation>
    </message>
    <message>
        <location filename="../ui/slide_dialog.cpp" line="97"/>
        <location filename="../ui/slide_dialog.cpp" line="98"/>
        <source>German or Czech title required</source>
        <translation>Je nutný německý nebo český nadpis</translation>
    </message>
    <message>
        <location filename="../ui/slide_dialog.cpp" line="99"/>
        <source>Show the current map view instead (layers, style and extent)</source>
        <translation>Místo toho zobrazit aktuální pohled na mapu (vrstvy, styl a výřez)</translation>
    </message>
    <message>
        <location filename="../ui/slide_dialog.cpp" line="101"/>
        <source>Values shown over the map (index scores, indicators) are computed in this session and are not stored with the slide; the slide keeps the map as saved in the project.</source>
        <translation>Hodnoty zobrazené na mapě (skóre indexu, indikátory) se počítají jen v této relaci a se snímkem se neukládají; snímek ukazuje mapu tak, jak je uložena v projektu.</translation>
    </message>
</context>
<context>
    <name>rrw::ui::SlidePanel</name>
    <message>
        <location filename="../ui/slide_panel.cpp" line="157"/>
        <location filename="../ui/slide_panel.cpp" line="229"/>
        <source>No project is open.</source>
        <translation>Není otevřen žádný projekt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/slide_panel.cpp" line="235"/>
        <source>%n slide(s) exported to %1</source>
        <translation>
            <numerusform>%n snímek exportován do %1</numerusform>
            <numerusform>%n snímky exportovány do %1</numerusform>
            <numerusform>%n snímků exportováno do %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="304"/>
        <source>The slide draft cannot be read.</source>
        <translation>Koncept snímku nelze načíst.</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="335"/>
        <location filename="../ui/slide_panel.cpp" line="347"/>
        <source>Export deck to PDF</source>
        <translation>Exportovat sadu snímků do PDF</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="336"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="348"/>
        <source>Language of titles, notes and maps:</source>
        <translation>Jazyk nadpisů, poznámek a map:</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="360"/>
        <source>Slides</source>
        <translation>Snímky</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="365"/>
        <source>Add current view as slide…</source>
        <translation>Přidat aktuální pohled jako snímek…</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="366"/>
        <source>Adds the map as shown (layers, style, extent) as a new slide</source>
        <translation>Přidá mapu tak, jak je zobrazena (vrstvy, styl, výřez), jako nový snímek</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="367"/>
        <source>Edit…</source>
        <translation>Upravit…</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="368"/>
        <source>Up</source>
        <translation>Nahoru</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="369"/>
        <source>Down</source>
        <translation>Dolů</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="370"/>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="371"/>
        <source>Present</source>
        <translation>Prezentovat</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="372"/>
        <source>Full screen from the selected slide (F5)</source>
        <translation>Na celou obrazovku od vybraného snímku (F5)</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="373"/>
        <source>Export deck to PDF…</source>
        <translation>Exportovat sadu snímků do PDF…</translation>
    </message>
</context>
<context>
    <name>rrw::ui::StyleDialog</name>
    <message>
        <location filename="../ui/style_dialog.cpp" line="184"/>
        <source>Fill colour</source>
        <translation>Barva výplně</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="234"/>
        <source>Outline colour</source>
        <translation>Barva obrysu</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="313"/>
        <source>Layer style</source>
        <translation>Styl vrstvy</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="314"/>
        <source>Symbol:</source>
        <translation>Symbol:</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="315"/>
        <source>Single symbol</source>
        <translation>Jednoduchý symbol</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="316"/>
        <source>Categorized</source>
        <translation>Kategorizovaný</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="317"/>
        <source>Graduated</source>
        <translation>Odstupňovaný</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="319"/>
        <source>Fill colour:</source>
        <translation>Barva výplně:</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="320"/>
        <source>No fill</source>
        <translation>Bez výplně</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="321"/>
        <source>Lines are drawn with the outline colour and width below.</source>
        <translation>Linie se kreslí barvou a šířkou nastavenou níže.</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="323"/>
        <source>Field:</source>
        <translation>Pole:</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="324"/>
        <source>Classify</source>
        <translation>Klasifikovat</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="325"/>
        <source>Double-click a value to change its colour.</source>
        <translation>Dvojitým kliknutím na hodnotu změníte její barvu.</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="326"/>
        <source>Values:</source>
        <translation>Hodnoty:</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="328"/>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="328"/>
        <source>Outline</source>
        <translation>Obrys</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="329"/>
        <source>Colour:</source>
        <translation>Barva:</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="330"/>
        <source>Width:</source>
        <translation>Šířka:</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="331"/>
        <location filename="../ui/style_dialog.cpp" line="334"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="332"/>
        <source>Opacity:</source>
        <translation>Krytí:</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="333"/>
        <source>Point size:</source>
        <translation>Velikost bodu:</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="335"/>
        <source>Point shape:</source>
        <translation>Tvar bodu:</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="336"/>
        <source>Circle</source>
        <translation>Kruh</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="336"/>
        <source>Square</source>
        <translation>Čtverec</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="336"/>
        <source>Triangle</source>
        <translation>Trojúhelník</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="336"/>
        <source>Diamond</source>
        <translation>Kosočtverec</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="341"/>
        <source>Labels</source>
        <translation>Popisky</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="345"/>
        <source>official name</source>
        <translation>úřední název</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="346"/>
        <source>German map</source>
        <translation>německá mapa</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="346"/>
        <source>Czech map</source>
        <translation>česká mapa</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="347"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="347"/>
        <source>%1 (%2; not in the layers)</source>
        <translation>%1 (%2; ve vrstvách chybí)</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="350"/>
        <source>Label text from: %1.</source>
        <translation>Text popisků z polí: %1.</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="351"/>
        <source>Size:</source>
        <translation>Velikost:</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="352"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="353"/>
        <source>Preview</source>
        <translation>Náhled</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="421"/>
        <source>Choose a field for the categories.</source>
        <translation>Vyberte pole pro kategorie.</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="424"/>
        <source>The field has no values to classify.</source>
        <translation>Pole neobsahuje žádné hodnoty ke klasifikaci.</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="457"/>
        <source>The style cannot be drawn: %1</source>
        <translation>Styl nelze vykreslit: %1</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="463"/>
        <source>The field has %1 different values; the first %2 are listed.</source>
        <translation>Pole má %1 různých hodnot; zobrazeno je prvních %2.</translation>
    </message>
</context>
<context>
    <name>rrw::ui::SwotBoard</name>
    <message>
        <location filename="../ui/swot_board.cpp" line="211"/>
        <source>SWOT analysis</source>
        <translation>Analýza SWOT</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="318"/>
        <source>No project is open.</source>
        <translation>Není otevřen žádný projekt.</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="370"/>
        <location filename="../ui/swot_board.cpp" line="536"/>
        <source>All regions</source>
        <translation>Všechny územní jednotky</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="373"/>
        <location filename="../ui/swot_board.cpp" line="537"/>
        <source>Whole cross-border area</source>
        <extracomment>Filter entry: items without a region. de: Gesamter Grenzraum, cs: Celé přeshraniční území</extracomment>
        <translation>Celé přeshraniční území</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="461"/>
        <source>accepted suggestion</source>
        <translation>přijatý návrh</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="469"/>
        <source>%1 #%2 – %3</source>
        <translation>%1 č. %2 – %3</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="473"/>
        <source>Importance: %1 of 5</source>
        <translation>Význam: %1 z 5</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="475"/>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="477"/>
        <source>Changed: %1</source>
        <translation>Změněno: %1</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="479"/>
        <source>Evidence:</source>
        <translation>Podklady:</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="525"/>
        <source>Add…</source>
        <translation>Přidat…</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="526"/>
        <source>Add a SWOT item</source>
        <translation>Přidat položku SWOT</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="527"/>
        <source>Edit…</source>
        <translation>Upravit…</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="528"/>
        <source>Edit the selected item (or double-click it)</source>
        <translation>Upravit vybranou položku (nebo na ni dvakrát klikněte)</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="529"/>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="530"/>
        <source>Delete the selected item</source>
        <translation>Smazat vybranou položku</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="531"/>
        <source>Suggestions…</source>
        <translation>Návrhy…</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="533"/>
        <source>Strengths and weaknesses proposed from the indicators, to accept or reject</source>
        <translation>Silné a slabé stránky navržené na základě indikátorů k přijetí nebo odmítnutí</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="534"/>
        <source>Region:</source>
        <translation>Územní jednotka:</translation>
    </message>
</context>
<context>
    <name>rrw::ui::SwotCommands</name>
    <message>
        <location filename="../ui/commands/swot_commands.cpp" line="69"/>
        <source>Add SWOT item</source>
        <translation>Přidat položku SWOT</translation>
    </message>
    <message>
        <location filename="../ui/commands/swot_commands.cpp" line="86"/>
        <source>Delete SWOT item</source>
        <translation>Smazat položku SWOT</translation>
    </message>
    <message>
        <location filename="../ui/commands/swot_commands.cpp" line="123"/>
        <source>Edit SWOT item</source>
        <translation>Upravit položku SWOT</translation>
    </message>
    <message>
        <location filename="../ui/commands/swot_commands.cpp" line="155"/>
        <source>Move SWOT item</source>
        <translation>Přesunout položku SWOT</translation>
    </message>
    <message>
        <location filename="../ui/commands/swot_commands.cpp" line="204"/>
        <source>Accept suggestion</source>
        <translation>Přijmout návrh</translation>
    </message>
    <message>
        <location filename="../ui/commands/swot_commands.cpp" line="228"/>
        <source>Reject suggestion</source>
        <translation>Odmítnout návrh</translation>
    </message>
</context>
<context>
    <name>rrw::ui::SwotEvidenceDialog</name>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="282"/>
        <source>Enter the source: a citation, a URL or a file name.</source>
        <translation>Zadejte zdroj: citaci, URL nebo název souboru.</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="283"/>
        <source>There is nothing of this kind in the project to cite.</source>
        <translation>V projektu není nic tohoto druhu, na co by bylo možné odkázat.</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="297"/>
        <source>Add evidence</source>
        <translation>Přidat podklad</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="298"/>
        <source>Kind:</source>
        <translation>Druh:</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="299"/>
        <source>Indicator value of the region</source>
        <translation>Hodnota indikátoru územní jednotky</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="300"/>
        <source>Map layer</source>
        <translation>Mapová vrstva</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="301"/>
        <source>Index run (rrw-cli score)</source>
        <translation>Výpočet indexu (rrw-cli score)</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="302"/>
        <source>BBK scenario</source>
        <translation>Scénář BBK</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="303"/>
        <source>Source (citation, URL, file)</source>
        <translation>Zdroj (citace, URL, soubor)</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="304"/>
        <source>Indicator:</source>
        <translation>Indikátor:</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="305"/>
        <source>Layer:</source>
        <translation>Vrstva:</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="306"/>
        <source>Run number:</source>
        <translation>Číslo výpočtu:</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="307"/>
        <source>Scenario:</source>
        <translation>Scénář:</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="308"/>
        <source>Source:</source>
        <translation>Zdroj:</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="309"/>
        <source>Note:</source>
        <translation>Poznámka:</translation>
    </message>
</context>
<context>
    <name>rrw::ui::SwotItemDialog</name>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="177"/>
        <source>This evidence is listed already: %1</source>
        <translation>Tento podklad je již uveden: %1</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="205"/>
        <source>Enter the item&apos;s text in German or in Czech (or both): an item without text cannot be saved.</source>
        <translation>Zadejte text položky německy nebo česky (nebo v obou jazycích): položku bez textu nelze uložit.</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="231"/>
        <source>SWOT item #%1</source>
        <translation>Položka SWOT č. %1</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="231"/>
        <source>New SWOT item</source>
        <translation>Nová položka SWOT</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="232"/>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="237"/>
        <source>Region:</source>
        <translation>Územní jednotka:</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="239"/>
        <source>Text (German):</source>
        <translation>Text (německy):</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="240"/>
        <source>Text (Czech):</source>
        <translation>Text (česky):</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="241"/>
        <source>Importance:</source>
        <translation>Význam:</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="242"/>
        <source>1 = minor … 5 = decisive</source>
        <translation>1 = malý význam … 5 = rozhodující</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="243"/>
        <source> of 5</source>
        <translation> z 5</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="244"/>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="245"/>
        <source>Evidence:</source>
        <translation>Podklady:</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="246"/>
        <source>Add evidence…</source>
        <translation>Přidat podklad…</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="247"/>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
</context>
<context>
    <name>rrw::ui::SwotSuggestionsDialog</name>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="182"/>
        <source>%1 (Ø %2)</source>
        <extracomment>A region&apos;s value against the mean of all Kreise and okresy, e.g. &quot;5,6 % (Ø 4,3 %)&quot;</extracomment>
        <translation>%1 (Ø %2)</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="183"/>
        <source>z = %1 standard deviations from the cross-border mean</source>
        <translation>z = %1 směrodatné odchylky od přeshraničního průměru</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="190"/>
        <source>Accept</source>
        <translation>Přijmout</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="191"/>
        <source>Reject</source>
        <translation>Odmítnout</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="210"/>
        <source>No open proposals at this threshold: every proposal is decided, or no district differs that much from the cross-border mean.</source>
        <translation>Při tomto prahu nejsou žádné otevřené návrhy: o všech návrzích již bylo rozhodnuto, nebo se žádná územní jednotka od přeshraničního průměru tolik neodchyluje.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/swot_suggestions_dialog.cpp" line="214"/>
        <source>%n open proposal(s). A proposal is not a finding: accept only what the region&apos;s experts confirm. Decided proposals are not shown again; Undo takes a decision back.</source>
        <translation>
            <numerusform>%n otevřený návrh. Návrh není zjištění: přijměte jen to, co potvrdí odborníci z regionu. Rozhodnuté návrhy se znovu nezobrazují; příkazem Zpět lze rozhodnutí vrátit.</numerusform>
            <numerusform>%n otevřené návrhy. Návrh není zjištění: přijměte jen to, co potvrdí odborníci z regionu. Rozhodnuté návrhy se znovu nezobrazují; příkazem Zpět lze rozhodnutí vrátit.</numerusform>
            <numerusform>%n otevřených návrhů. Návrh není zjištění: přijměte jen to, co potvrdí odborníci z regionu. Rozhodnuté návrhy se znovu nezobrazují; příkazem Zpět lze rozhodnutí vrátit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="229"/>
        <source>SWOT suggestions from indicators</source>
        <translation>Návrhy SWOT z indikátorů</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="230"/>
        <source>Threshold:</source>
        <translation>Práh:</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="231"/>
        <source> SD</source>
        <translation> SD</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="233"/>
        <source>How many standard deviations better or worse than the cross-border mean of all Kreise and okresy a value must be</source>
        <translation>O kolik směrodatných odchylek musí být hodnota lepší nebo horší než přeshraniční průměr všech zemských okresů a okresů</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="235"/>
        <source>Decided by:</source>
        <translation>Autor rozhodnutí:</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="236"/>
        <source>Region</source>
        <translation>Územní jednotka</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="236"/>
        <source>Proposal</source>
        <translation>Návrh</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="236"/>
        <source>Indicator</source>
        <translation>Indikátor</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="237"/>
        <source>Value (Ø mean)</source>
        <translation>Hodnota (Ø průměr)</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="237"/>
        <source>Text (German)</source>
        <translation>Text (německy)</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="238"/>
        <source>Text (Czech)</source>
        <translation>Text (česky)</translation>
    </message>
</context>
<context>
    <name>rrw::ui::TowsCommands</name>
    <message>
        <location filename="../ui/commands/tows_commands.cpp" line="11"/>
        <source>Add TOWS strategy</source>
        <translation>Přidat strategii TOWS</translation>
    </message>
    <message>
        <location filename="../ui/commands/tows_commands.cpp" line="29"/>
        <source>Edit TOWS strategy</source>
        <translation>Upravit strategii TOWS</translation>
    </message>
    <message>
        <location filename="../ui/commands/tows_commands.cpp" line="46"/>
        <source>Delete TOWS strategy</source>
        <translation>Smazat strategii TOWS</translation>
    </message>
</context>
<context>
    <name>rrw::ui::TowsDialog</name>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="224"/>
        <source>Enter the strategy&apos;s title in German or in Czech (or both).</source>
        <translation>Zadejte název strategie německy nebo česky (nebo v obou jazycích).</translation>
    </message>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="240"/>
        <source>TOWS strategy #%1</source>
        <translation>Strategie TOWS č. %1</translation>
    </message>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="241"/>
        <source>New TOWS strategy</source>
        <translation>Nová strategie TOWS</translation>
    </message>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="242"/>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="247"/>
        <source>Title (German):</source>
        <translation>Název (německy):</translation>
    </message>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="248"/>
        <source>Title (Czech):</source>
        <translation>Název (česky):</translation>
    </message>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="249"/>
        <source>Text (German):</source>
        <translation>Text (německy):</translation>
    </message>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="250"/>
        <source>Text (Czech):</source>
        <translation>Text (česky):</translation>
    </message>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="251"/>
        <source>SWOT items it builds on (only the categories of the kind):</source>
        <translation>Položky SWOT, z nichž strategie vychází (jen kategorie daného typu):</translation>
    </message>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="252"/>
        <source>Measures that carry it out:</source>
        <translation>Opatření k její realizaci:</translation>
    </message>
</context>
<context>
    <name>rrw::ui::TowsTable</name>
    <message>
        <location filename="../ui/tows_table.cpp" line="175"/>
        <source>TOWS strategies</source>
        <translation>Strategie TOWS</translation>
    </message>
    <message>
        <location filename="../ui/tows_table.cpp" line="278"/>
        <source>TOWS strategy #%1</source>
        <translation>Strategie TOWS č. %1</translation>
    </message>
    <message>
        <location filename="../ui/tows_table.cpp" line="325"/>
        <source>Measures:</source>
        <translation>Opatření:</translation>
    </message>
    <message>
        <location filename="../ui/tows_table.cpp" line="346"/>
        <source>Add strategy…</source>
        <translation>Přidat strategii…</translation>
    </message>
    <message>
        <location filename="../ui/tows_table.cpp" line="347"/>
        <source>Edit…</source>
        <translation>Upravit…</translation>
    </message>
    <message>
        <location filename="../ui/tows_table.cpp" line="348"/>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
</context>
<context>
    <name>rrw_report</name>
    <message>
        <location filename="../src/report/report_builder.cpp" line="110"/>
        <source>Map not drawn</source>
        <translation>Mapa nebyla vykreslena</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="129"/>
        <source>SWOT and TOWS report</source>
        <translation>Zpráva o analýze SWOT a TOWS</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="131"/>
        <source>Risk report</source>
        <translation>Zpráva o rizicích</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="133"/>
        <source>Supply-chain scenario report</source>
        <translation>Zpráva o scénářích dodavatelských řetězců</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="137"/>
        <source>Regional risk and resilience report</source>
        <translation>Zpráva o regionálních rizicích a odolnosti</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="148"/>
        <source>Cross-border region</source>
        <translation>Přeshraniční region</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="149"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="158"/>
        <source>Germany</source>
        <translation>Německo</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="162"/>
        <source>Czechia</source>
        <translation>Česko</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="168"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="176"/>
        <source>Prepared by</source>
        <translation>Zpracovatel</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="246"/>
        <source>Contains synthetic demo data (marked *), not real data.</source>
        <translation>Obsahuje syntetická ukázková data (označená *), nejde o skutečná data.</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="250"/>
        <source>Contents</source>
        <translation>Obsah</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="252"/>
        <source>Page {1} of {2}</source>
        <translation>Strana {1} z {2}</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="253"/>
        <source>No entries.</source>
        <translation>Žádné záznamy.</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="255"/>
        <source>Executive summary</source>
        <translation>Shrnutí</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="257"/>
        <source>This report covers {1} districts of the cross-border region: {2} German Kreise and {3} Czech okresy.</source>
        <translation>Zpráva zahrnuje okresy přeshraničního regionu (celkem {1}): německé zemské a městské okresy: {2}, české okresy: {3}.</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="279"/>
        <source>Numbers marked * rest on synthetic demo values (no open data exist for them); they show how the method works, not the real situation.</source>
        <translation>Čísla označená * vycházejí ze syntetických ukázkových hodnot (otevřená data pro ně neexistují); ukazují, jak metoda funguje, nikoli skutečný stav.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="14"/>
        <source>Annex: methods and data sources</source>
        <translation>Příloha: metody a zdroje dat</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="15"/>
        <source>Methods</source>
        <translation>Metody</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="17"/>
        <source>Composite risk index: indicators are normalised (min–max over the districts, direction taken into account), weighted and aggregated per group and to one score; ranks come with Monte Carlo rank intervals over weights and normalisation (docs/methods/composite_index.md).</source>
        <translation>Složený index rizika: indikátory se normalizují (min–max přes okresy, se zohledněním směru působení), váží a agregují po skupinách a do jedné hodnoty; pořadí se uvádí s intervaly pořadí metodou Monte Carlo přes váhy a normalizaci (docs/methods/composite_index.md).</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="23"/>
        <source>BBK risk matrix: likelihood classes A–E and extent classes 1–5 after BBK (2010), Methode für die Risikoanalyse im Bevölkerungsschutz; risk score = likelihood index × extent class.</source>
        <translation>Matice rizik BBK: třídy pravděpodobnosti A–E a třídy rozsahu škod 1–5 podle BBK (2010), Methode für die Risikoanalyse im Bevölkerungsschutz; míra rizika = index pravděpodobnosti × třída rozsahu škod.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="27"/>
        <source>Supply-chain scenarios: a daily simulation of the firm network with inventories, lead times, substitutes and border crossings (docs/methods/supply_simulation.md); the firm network is synthetic.</source>
        <translation>Scénáře dodavatelských řetězců: simulace sítě podniků po jednotlivých dnech se zásobami, dodacími lhůtami, náhradními dodavateli a hraničními přechody (docs/methods/supply_simulation.md); síť podniků je syntetická.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="31"/>
        <source>Confidentiality: results built from firm data are shown only for aggregates of at least three firms in which no single firm makes up more than 85 % of the value; other cells read &quot;confidential&quot; and such districts are left blank on maps.</source>
        <translation>Důvěrnost: výsledky z podnikových dat se uvádějí jen za souhrny nejméně tří podniků, v nichž žádný jednotlivý podnik nepředstavuje více než 85 % hodnoty; ostatní buňky jsou označeny „důvěrné“ a takové okresy zůstávají v mapách prázdné.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="40"/>
        <source>Map layers</source>
        <translation>Mapové vrstvy</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="42"/>
        <source>Dataset</source>
        <translation>Datová sada</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="43"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="44"/>
        <source>Attribution</source>
        <translation>Uvedení zdroje</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="53"/>
        <source>not stated</source>
        <translation>neuvedeno</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="57"/>
        <source>Source: layer catalog of the project (rrw_layer_metadata); details in docs/DATA.md</source>
        <translation>Zdroj: katalog vrstev projektu (rrw_layer_metadata); podrobnosti v docs/DATA.md</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="61"/>
        <source>Indicators</source>
        <translation>Indikátory</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="69"/>
        <location filename="../src/report/sections_risk.cpp" line="143"/>
        <source>Indicator</source>
        <translation>Indikátor</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="70"/>
        <location filename="../src/report/sections_risk.cpp" line="137"/>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="71"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="79"/>
        <source>Source: indicator catalog of the project. * some values are synthetic demo values.</source>
        <translation>Zdroj: katalog indikátorů projektu. * některé hodnoty jsou syntetické ukázkové hodnoty.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="84"/>
        <source>The firm network of the supply scenarios is synthetic: generated from real municipal populations, border crossings and sector structure (data/supply/README.md); the firms do not exist.</source>
        <translation>Síť podniků ve scénářích dodavatelských řetězců je syntetická: vytvořená ze skutečných počtů obyvatel obcí, hraničních přechodů a odvětvové struktury (data/supply/README.md); tyto podniky neexistují.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="36"/>
        <source>Strengths</source>
        <translation>Silné stránky</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="38"/>
        <source>Weaknesses</source>
        <translation>Slabé stránky</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="40"/>
        <source>Opportunities</source>
        <translation>Příležitosti</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="44"/>
        <source>Threats</source>
        <translation>Hrozby</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="49"/>
        <source>indicator</source>
        <translation>indikátor</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="52"/>
        <source>map layer</source>
        <translation>mapová vrstva</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="55"/>
        <source>index run</source>
        <translation>výpočet indexu</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="58"/>
        <source>BBK scenario</source>
        <translation>scénář BBK</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="60"/>
        <source>source</source>
        <translation>zdroj</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="65"/>
        <source>planned</source>
        <translation>plánováno</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="68"/>
        <source>in progress</source>
        <translation>probíhá</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="71"/>
        <source>done</source>
        <translation>dokončeno</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="73"/>
        <source>idea</source>
        <translation>námět</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="89"/>
        <source>SWOT analysis</source>
        <translation>Analýza SWOT</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="90"/>
        <source>Strengths and weaknesses describe the region itself, opportunities and threats its environment. Each item shows its importance from 1 (minor) to 5 (decisive); the evidence behind the items follows each matrix.</source>
        <translation>Silné a slabé stránky popisují samotný region, příležitosti a hrozby jeho okolí. U každé položky je uvedena její váha od 1 (malá) do 5 (rozhodující); podklady k položkám následují za každou maticí.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="120"/>
        <source>Whole cross-border region</source>
        <translation>Celý přeshraniční region</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="133"/>
        <source>Item</source>
        <translation>Položka</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="134"/>
        <source>Evidence</source>
        <translation>Podklad</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="135"/>
        <source>Reference</source>
        <translation>Odkaz</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="136"/>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="157"/>
        <source>Evidence of the SWOT items</source>
        <translation>Podklady k položkám SWOT</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="161"/>
        <source>The SWOT register of this project is empty.</source>
        <translation>Registr SWOT tohoto projektu je prázdný.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="170"/>
        <source>TOWS strategies and measures</source>
        <translation>Strategie TOWS a opatření</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="171"/>
        <source>TOWS strategies (Weihrich 1982) pair the SWOT items: SO strategies use strengths to seize opportunities, ST strategies use strengths against threats, WO strategies overcome weaknesses through opportunities and WT strategies limit weaknesses and avoid threats.</source>
        <translation>Strategie TOWS (Weihrich 1982) propojují položky SWOT: strategie SO využívají silné stránky k využití příležitostí, strategie ST nasazují silné stránky proti hrozbám, strategie WO překonávají slabé stránky pomocí příležitostí a strategie WT omezují slabé stránky a vyhýbají se hrozbám.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="186"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="187"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="188"/>
        <location filename="../src/report/sections_planning.cpp" line="326"/>
        <source>SWOT items</source>
        <translation>Položky SWOT</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="189"/>
        <location filename="../src/report/sections_planning.cpp" line="299"/>
        <source>Measures</source>
        <translation>Opatření</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="218"/>
        <source>The SWOT register holds {1} items ({2} strengths, {3} weaknesses, {4} opportunities, {5} threats); {6} TOWS strategies link them to measures.</source>
        <translation>Registr SWOT obsahuje položky v počtu {1} (silné stránky: {2}, slabé stránky: {3}, příležitosti: {4}, hrozby: {5}); strategie TOWS, které je propojují s opatřeními: {6}.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="327"/>
        <source>Risks</source>
        <translation>Rizika</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="347"/>
        <source>overdue</source>
        <translation>po termínu</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="372"/>
        <source>Source: measures register of the project (rrw_measure, rrw_organisation)</source>
        <translation>Zdroj: registr opatření projektu (rrw_measure, rrw_organisation)</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="379"/>
        <source>{1} measures are overdue for their review.</source>
        <translation>Počet opatření po termínu přezkumu: {1}.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="383"/>
        <source>Actors</source>
        <translation>Aktéři</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="385"/>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="386"/>
        <source>Role in the programme</source>
        <translation>Role v programu</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="395"/>
        <source>Source: partner organisations of the project (rrw_organisation)</source>
        <translation>Zdroj: partnerské organizace projektu (rrw_organisation)</translation>
    </message>
    <message>
        <source>The project&apos;s measure catalog with the status of each measure. Owners and review dates are not recorded in this project yet; the columns stay empty until the measures register holds them.</source>
        <translation type="vanished">Katalog opatření projektu se stavem každého opatření. Gestoři a termíny revize zatím v projektu nejsou evidováni; sloupce zůstanou prázdné, dokud je registr opatření nebude obsahovat.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="322"/>
        <location filename="../src/report/sections_scenario.cpp" line="269"/>
        <source>Measure</source>
        <translation>Opatření</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="324"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="323"/>
        <source>Owner</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="301"/>
        <source>The measures register: each measure with the organisation responsible for it, its status and the date of its next review, and the SWOT items and risks it answers. A review date before the date of this report is marked as overdue unless the measure is done.</source>
        <translation>Registr opatření: každé opatření s organizací, která za ně odpovídá (gestorem), jeho stavem a termínem příštího přezkumu a s položkami SWOT a riziky, na které reaguje. Termín přezkumu před datem této zprávy je označen jako po termínu, pokud opatření není dokončeno.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="325"/>
        <source>Review date</source>
        <translation>Termín revize</translation>
    </message>
    <message>
        <source>Source: measure catalog of the project (rrw_measure)</source>
        <translation type="vanished">Zdroj: katalog opatření projektu (rrw_measure)</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="31"/>
        <source>synthetic demo value (seeded generator)</source>
        <translation>syntetická ukázková hodnota (generátor s pevnou počáteční hodnotou)</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="42"/>
        <source>very high</source>
        <translation>velmi vysoké</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="45"/>
        <source>high</source>
        <translation>vysoké</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="48"/>
        <source>medium</source>
        <translation>střední</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="50"/>
        <source>low</source>
        <translation>nízké</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="56"/>
        <source>very unlikely</source>
        <translation>velmi nepravděpodobná</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="58"/>
        <source>unlikely</source>
        <translation>nepravděpodobná</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="60"/>
        <source>conditionally likely</source>
        <translation>podmíněně pravděpodobná</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="62"/>
        <source>likely</source>
        <translation>pravděpodobná</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="66"/>
        <source>very likely</source>
        <translation>velmi pravděpodobná</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="72"/>
        <source>insignificant</source>
        <translation>zanedbatelný</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="74"/>
        <source>minor</source>
        <translation>malý</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="76"/>
        <source>moderate</source>
        <translation>střední</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="78"/>
        <source>major</source>
        <translation>velký</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="82"/>
        <source>catastrophic</source>
        <translation>katastrofální</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="90"/>
        <source>Region profiles</source>
        <translation>Profily regionů</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="92"/>
        <source>Key indicators of each district: the latest value with its source and year. Values marked * are synthetic demo values.</source>
        <translation>Klíčové indikátory každého okresu: nejnovější hodnota se zdrojem a rokem. Hodnoty označené * jsou syntetické ukázkové hodnoty.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="136"/>
        <source>Population density by district</source>
        <translation>Hustota zalidnění podle okresů</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="144"/>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="145"/>
        <source>Unit</source>
        <translation>Jednotka</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="146"/>
        <source>Source, year</source>
        <translation>Zdroj, rok</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="171"/>
        <source>* synthetic demo value</source>
        <translation>* syntetická ukázková hodnota</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="182"/>
        <source>Risk indices</source>
        <translation>Indexy rizika</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="185"/>
        <source>Each hazard model combines normalised indicators into a composite score from 0 (lowest risk) to 10 (highest risk); rank 1 is the highest risk. The rank interval shows the 5th to 95th percentile of the ranks over {1} Monte Carlo samples of weights and normalisation (seed {2}).</source>
        <translation>Každý model ohrožení skládá normalizované indikátory do složené hodnoty od 0 (nejnižší riziko) do 10 (nejvyšší riziko); pořadí 1 znamená nejvyšší riziko. Interval pořadí ukazuje 5. až 95. percentil pořadí z {1} vzorků Monte Carlo vah a normalizace (počáteční hodnota {2}).</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="204"/>
        <source>The project has no indicator values of districts.</source>
        <translation>Projekt neobsahuje žádné hodnoty indikátorů za okresy.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="239"/>
        <source>Score: {1}</source>
        <translation>Skóre: {1}</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="244"/>
        <source>rrw composite index</source>
        <translation>složený index rrw</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="245"/>
        <source>rrw composite index; partly synthetic data</source>
        <translation>složený index rrw; částečně syntetická data</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="251"/>
        <source>Composite risk score by district (model {1}); equal classes over the model&apos;s scale.</source>
        <translation>Složené skóre rizika podle okresů (model {1}); stejně široké třídy na stupnici modelu.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="257"/>
        <source>Rank</source>
        <translation>Pořadí</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="258"/>
        <location filename="../src/report/sections_scenario.cpp" line="152"/>
        <source>District</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="259"/>
        <source>Score</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="260"/>
        <source>Rank 5–95 %</source>
        <translation>Pořadí 5–95 %</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="265"/>
        <source>Score by district</source>
        <translation>Skóre podle okresů</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="272"/>
        <source>Rank intervals (5–95 %) and rank</source>
        <translation>Intervaly pořadí (5–95 %) a pořadí</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="273"/>
        <source>rank (1 = highest risk)</source>
        <translation>pořadí (1 = nejvyšší riziko)</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="275"/>
        <source>Bars: the ranks a district takes in 90 % of the Monte Carlo samples; dot: its rank.</source>
        <translation>Pruhy: pořadí, která okres zaujímá v 90 % vzorků Monte Carlo; bod: jeho pořadí.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="298"/>
        <source>Source: indicator values of the project (latest year each); rrw composite index, {1} samples. * uses synthetic demo values.</source>
        <translation>Zdroj: hodnoty indikátorů projektu (vždy nejnovější rok); složený index rrw, počet vzorků: {1}. * používá syntetické ukázkové hodnoty.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="311"/>
        <source>Highest all-hazards risk: {1} (score {2}, rank interval {3}–{4}).</source>
        <translation>Nejvyšší celkové riziko (všechna ohrožení): {1} (skóre {2}, interval pořadí {3}–{4}).</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="334"/>
        <source>BBK risk matrix</source>
        <translation>Matice rizik BBK</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="335"/>
        <source>Scenarios placed by likelihood (A very unlikely … E very likely) and extent (1 insignificant … 5 catastrophic) after the BBK method for risk analysis in civil protection (2010); the extent is the rounded mean of the five damage parameters.</source>
        <translation>Scénáře zařazené podle pravděpodobnosti (A velmi nepravděpodobná … E velmi pravděpodobná) a rozsahu škod (1 zanedbatelný … 5 katastrofální) metodou BBK pro analýzu rizik v ochraně obyvatelstva (2010); rozsah škod je zaokrouhlený průměr pěti parametrů škod.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="348"/>
        <source>No.</source>
        <translation>Č.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="349"/>
        <location filename="../src/report/sections_scenario.cpp" line="295"/>
        <source>Scenario</source>
        <translation>Scénář</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="350"/>
        <source>Matrix cell</source>
        <translation>Pole matice</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="351"/>
        <source>Risk</source>
        <translation>Riziko</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="352"/>
        <source>Assessment</source>
        <translation>Hodnocení</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="376"/>
        <source>Likelihood</source>
        <translation>Pravděpodobnost</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="394"/>
        <source>Risk matrix: ■ and the numbers of the scenarios (table below) in their cells; each cell&apos;s risk band below them.</source>
        <translation>Matice rizik: ■ a čísla scénářů (tabulka níže) v jejich buňkách; pod nimi stupeň rizika buňky.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="399"/>
        <source>Source: BBK scenarios of the project with their assessments</source>
        <translation>Zdroj: scénáře BBK projektu s jejich hodnocením</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="404"/>
        <source>{1} of {2} BBK scenarios fall into the high or very high risk band: {3}.</source>
        <translation>Scénáře BBK s vysokým nebo velmi vysokým rizikem ({1} z {2}): {3}.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="70"/>
        <source>Supply-chain scenarios</source>
        <translation>Scénáře dodavatelských řetězců</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="80"/>
        <source>The project has no supply network or no stored scenarios.</source>
        <translation>Projekt neobsahuje dodavatelskou síť nebo uložené scénáře.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="86"/>
        <source>Each scenario is run day by day on the project&apos;s firm network ({1} firms, {2} supply links) with its measures. The firm network is synthetic demo data. Firm data are confidential: a table cell or map unit is shown only when at least {3} firms contribute to it and no single firm makes up more than {4} % of its value; otherwise it reads &quot;confidential&quot;.</source>
        <translation>Každý scénář se počítá po dnech na síti podniků projektu (podniky: {1}, dodavatelské vazby: {2}) včetně svých opatření. Síť podniků tvoří syntetická ukázková data. Podniková data jsou důvěrná: buňka tabulky nebo jednotka mapy se zobrazí jen tehdy, když k ní přispívá nejméně {3} podniků a žádný jednotlivý podnik nepředstavuje více než {4} % její hodnoty; jinak je označena „důvěrné“.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="99"/>
        <source>confidential</source>
        <translation>důvěrné</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="137"/>
        <source>Scenario {1}, version {2}, {3} days; inputs hash {4} ({5}).</source>
        <translation>Scénář {1}, verze {2}, počet dní: {3}; hash vstupů {4} ({5}).</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="145"/>
        <source>same as stored run {1}</source>
        <translation>shodný s uloženým výpočtem č. {1}</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="147"/>
        <source>not stored as a run</source>
        <translation>neuložen jako výpočet</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="153"/>
        <source>Firms</source>
        <translation>Podniky</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="154"/>
        <source>Employees</source>
        <translation>Zaměstnanci</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="155"/>
        <location filename="../src/report/sections_scenario.cpp" line="297"/>
        <source>Loss (EUR)</source>
        <translation>Ztráta (EUR)</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="156"/>
        <location filename="../src/report/sections_scenario.cpp" line="298"/>
        <source>Loss share</source>
        <translation>Podíl ztráty</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="157"/>
        <location filename="../src/report/sections_scenario.cpp" line="300"/>
        <source>Jobs at risk</source>
        <translation>Ohrožená pracovní místa</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="158"/>
        <source>Recovery (days)</source>
        <translation>Obnova (dny)</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="197"/>
        <location filename="../src/report/sections_scenario.cpp" line="252"/>
        <source>All firms</source>
        <translation>Všechny podniky</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="205"/>
        <source>Source: rrw supply simulation on the synthetic demo firm network; cells with fewer than {1} firms or one firm above {2} % are confidential.</source>
        <translation>Zdroj: simulace dodavatelských řetězců rrw na syntetické síti podniků; buňky s méně než {1} podniky nebo s jedním podnikem nad {2} % jsou důvěrné.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="214"/>
        <source>Production loss</source>
        <translation>Výpadek produkce</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="219"/>
        <source>rrw supply simulation, synthetic firms</source>
        <translation>simulace dodavatelských řetězců rrw, syntetické podniky</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="223"/>
        <source>Production loss as a share of normal output by district.</source>
        <translation>Výpadek produkce jako podíl běžné produkce podle okresů.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="228"/>
        <source>Not shown (confidential)</source>
        <translation>Nezobrazeno (důvěrné)</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="239"/>
        <source>Production, % of normal output</source>
        <translation>Produkce, % běžné produkce</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="260"/>
        <source>Output-weighted production per day (day 1 … {1}).</source>
        <translation>Produkce vážená hodnotou výstupu za den (den 1 … {1}).</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="270"/>
        <source>Cost (EUR)</source>
        <translation>Náklady (EUR)</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="271"/>
        <source>Avoided loss (EUR)</source>
        <translation>Odvrácená ztráta (EUR)</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="272"/>
        <source>Benefit/cost</source>
        <translation>Přínosy/náklady</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="283"/>
        <source>Avoided loss of each measure: the scenario with all other measures, without this one.</source>
        <translation>Odvrácená ztráta každého opatření: scénář se všemi ostatními opatřeními, bez tohoto.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="293"/>
        <source>Scenarios compared</source>
        <translation>Srovnání scénářů</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="296"/>
        <source>Days</source>
        <translation>Dny</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="299"/>
        <source>Person-days</source>
        <translation>Člověkodny</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="306"/>
        <source>Production loss, million EUR</source>
        <translation>Výpadek produkce, mil. EUR</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="307"/>
        <source>Loss</source>
        <translation>Ztráta</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="326"/>
        <source>Source: rrw supply simulation on the synthetic demo firm network, with each scenario&apos;s measures.</source>
        <translation>Zdroj: simulace dodavatelských řetězců rrw na syntetické síti podniků, s opatřeními příslušného scénáře.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="335"/>
        <source>The largest production loss of the supply scenarios: {1} with {2} million EUR ({3} % of normal output; synthetic firm network).</source>
        <translation>Největší výpadek produkce ze scénářů dodavatelských řetězců: {1}, {2} mil. EUR ({3} % běžné produkce; syntetická síť podniků).</translation>
    </message>
</context>
</TS>
