<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>StyleEditing</name>
    <message>
        <location filename="../ui/style_editing.cpp" line="54"/>
        <source>The layer was removed by another program; the style was not applied.</source>
        <translation>Der Layer wurde von einem anderen Programm entfernt; der Stil wurde nicht angewendet.</translation>
    </message>
    <message>
        <location filename="../ui/style_editing.cpp" line="67"/>
        <source>The style of layer “%1” was not restored: the layer is no longer on the map.</source>
        <translation>Der Stil des Layers „%1“ wurde nicht wiederhergestellt: Der Layer ist nicht mehr auf der Karte.</translation>
    </message>
    <message>
        <location filename="../ui/style_editing.cpp" line="75"/>
        <source>The style draft cannot be read.</source>
        <translation>Der Stilentwurf kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>rrw</name>
    <message>
        <location filename="../src/cli/args.cpp" line="29"/>
        <source>option --{1} needs a value</source>
        <translation>Option --{1} erwartet einen Wert</translation>
    </message>
    <message>
        <location filename="../src/cli/args.cpp" line="36"/>
        <source>unknown option --{1}</source>
        <translation>unbekannte Option --{1}</translation>
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
        <translation type="vanished">Aufruf: rrw-cli import PROJECT.gpkg INPUT [Optionen]

Importiert einen Vektorlayer als neuen Projektlayer, reprojiziert nach EPSG:3035 (ETRS89-LAEA).
INPUT: GeoJSON, ESRI Shapefile (auch gezippt), GeoPackage, KML oder CSV mit einer WKT-Spalte
oder Koordinatenspalten (lat/lon, lon/lat, x/y, Breite/Länge; durch Komma oder Semikolon
getrennt). Ungültige Geometrien werden repariert (GEOS MakeValid) oder abgewiesen und mit ihrer
Objekt-ID aufgelistet. Der Import ist eine einzige Transaktion: Bei jedem Fehler bleibt das
Projekt genau so, wie es war.

  --name LAYER         Name des neuen Layers (Standard: Name des Quelllayers)
  --source-layer L     Layer einer Datei mit mehreren Layern oder das Shapefile in einer ZIP-Datei
  --source-crs EPSG:N  Koordinatenreferenzsystem für Daten ohne eigenes (CSV x/y, Shapefile
                       ohne .prj); hat Vorrang vor dem der Datei, falls angegeben
  --encoding ENC       Attributkodierung, z. B. CP1250, ISO-8859-2 (Standard: .cpg oder UTF-8)
  --json               maschinenlesbares Ergebnis</translation>
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
        <translation type="vanished">Aufruf: rrw-cli import PROJECT.gpkg INPUT [Optionen]

Importiert einen Vektorlayer als neuen Projektlayer, reprojiziert nach EPSG:3035 (ETRS89-LAEA).
INPUT: GeoJSON, ESRI Shapefile (auch gezippt), GeoPackage, KML oder CSV mit einer WKT-Spalte
oder Koordinatenspalten (lat/lon, lon/lat, x/y, Breite/Länge; durch Komma oder Semikolon
getrennt). Ungültige Geometrien werden repariert (GEOS MakeValid) oder abgewiesen und mit ihrer
Objekt-ID aufgelistet. Der Import ist eine einzige Transaktion: Bei jedem Fehler bleibt das
Projekt genau so, wie es war.

  --name LAYER         Name des neuen Layers (Standard: Name des Quelllayers)
  --source-layer L     Layer einer Datei mit mehreren Layern oder das Shapefile in einer ZIP-Datei
  --source-crs EPSG:N  Koordinatenreferenzsystem für Daten ohne eigenes (CSV x/y, Shapefile
                       ohne .prj); hat Vorrang vor dem der Datei, falls angegeben
  --encoding ENC       Attributkodierung, z. B. CP1250, ISO-8859-2 (Standard: .cpg oder UTF-8)
  --licence TEXT       Lizenz der Daten, wird mit dem Layer gespeichert (z. B. &quot;CC BY 4.0&quot;)
  --attribution TEXT   Namensnennung, die mit den Daten angezeigt wird (z. B. &quot;© ČÚZK&quot;)
  --title TEXT         Titel des Layers
  --json               maschinenlesbares Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_import.cpp" line="75"/>
        <source>expected PROJECT.gpkg and INPUT</source>
        <translation>erwartet: PROJECT.gpkg und INPUT</translation>
    </message>
    <message>
        <source>Imported &apos;{1}&apos;: {2} features ({3} repaired, {4} rejected) from {5}</source>
        <translation type="vanished">Layer &apos;{1}&apos; importiert: {2} Objekte ({3} repariert, {4} abgewiesen) aus {5}</translation>
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
        <translation>Aufruf: rrw-cli import PROJECT.gpkg INPUT [Optionen]

Importiert einen Vektorlayer als neuen Projektlayer, reprojiziert nach EPSG:3035 (ETRS89-LAEA).
INPUT: GeoJSON, ESRI Shapefile (auch gezippt), GeoPackage, KML oder CSV mit einer WKT-Spalte
oder Koordinatenspalten (lat/lon, lon/lat, x/y, Breite/Länge; durch Komma oder Semikolon
getrennt). Ungültige Geometrien werden repariert (GEOS MakeValid) oder abgewiesen und mit ihrer
Objekt-ID aufgelistet. Der Import ist eine einzige Transaktion: Bei jedem Fehler bleibt das
Projekt genau so, wie es war.

  --name LAYER         Name des neuen Layers (Standard: Name des Quelllayers)
  --source-layer L     Layer einer Datei mit mehreren Layern oder das Shapefile in einer ZIP-Datei
  --source-crs EPSG:N  Koordinatenreferenzsystem für Daten ohne eigenes (CSV x/y, Shapefile
                       ohne .prj); hat Vorrang vor dem der Datei, falls angegeben
  --encoding ENC       Attributkodierung, z. B. CP1250, ISO-8859-2 (Standard: .cpg oder UTF-8)
  --licence TEXT       Lizenz der Daten, wird mit dem Layer gespeichert (z. B. &quot;CC BY 4.0&quot;)
  --attribution TEXT   Namensnennung, die mit den Daten angezeigt wird (z. B. &quot;© ČÚZK&quot;)
  --title TEXT         Titel des Layers
  --allow-network      auch http(s)://- und /vsicurl/-Quellen lesen (Netzwerkzugriff ist
                       standardmäßig abgeschaltet; RRW_ALLOW_NETWORK=1 bewirkt dasselbe)
  --json               maschinenlesbares Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_import.cpp" line="98"/>
        <source>Imported &apos;{1}&apos;: features: {2}, repaired: {3}, rejected: {4} (source CRS {5})</source>
        <translation>Layer &apos;{1}&apos; importiert: Objekte: {2}, repariert: {3}, abgewiesen: {4} (Quell-Koordinatenreferenzsystem {5})</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_import.cpp" line="105"/>
        <source> (accuracy {1} m)</source>
        <translation> (Genauigkeit {1} m)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_import.cpp" line="109"/>
        <source>transformation: {1}</source>
        <translation>Transformation: {1}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_import.cpp" line="116"/>
        <source>line {1}</source>
        <translation>Zeile {1}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_import.cpp" line="117"/>
        <source>feature {1}</source>
        <translation>Objekt {1}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_import.cpp" line="119"/>
        <source>rejected {1}: {2}</source>
        <translation>{1} abgewiesen: {2}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_import.cpp" line="125"/>
        <source>… and {1} more (see --json)</source>
        <translation>… und {1} weitere (siehe --json)</translation>
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
        <translation>Aufruf: rrw-cli iim --technical A.csv --output X.csv --perturbation C.csv
                     [--days N [--recovery K.csv] [--duration D]] [--json]

Das Input-Output-Modell der Inoperabilität (Haimes &amp; Jiang 2001; Santos &amp; Haimes 2004): wie sich
ein Rückgang der Endnachfrage über die voneinander abhängigen Sektoren (Wirtschaftszweige) einer
Volkswirtschaft ausbreitet. Die Inoperabilität (Funktionsausfall) q ist der Anteil am
Produktionswert eines Sektors, der ausfällt; Verlust = Produktionswert × q.
  A* = x^-1 A x,   q = (I - A*)^-1 c*
Mit --days das dynamische Modell (Lian &amp; Haimes 2006) ab q(0) = 0:
  q(t+1) = q(t) + K (A* q(t) + c*(t) - q(t))

  --technical FILE     quadratische Matrix der technischen Koeffizienten (Inputkoeffizienten)
                       a_ij = z_ij / x_j: eine Kopfzeile mit Sektor-IDs und eine erste Spalte
                       mit Sektor-IDs
  --output FILE        sector,value: Produktionswert jedes Sektors (größer als 0)
  --perturbation FILE  sector,value: Nachfragestörung c* als Anteil am Produktionswert des
                       Sektors (0 bis 1)
  --days N             Tage des dynamischen Modells (Zeitverlauf, timeline); ohne diese Option
                       nur das statische Modell
  --recovery FILE      sector,value: Erholungskoeffizienten k_i (0 bis 1; Standard 1)
  --duration D         die Störung dauert D Tage und endet dann (Standard: alle Tage)
  --json               maschinenlesbares Ergebnis
Jede Datei nennt jeden Sektor genau einmal, in beliebiger Reihenfolge; Trennzeichen &apos;,&apos; oder &apos;;&apos;
(dann ist ein Dezimalkomma erlaubt), UTF-8.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="49"/>
        <source>--{1} must be a whole number of 0 or more</source>
        <translation>--{1} muss eine ganze Zahl größer oder gleich 0 sein</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="98"/>
        <source>sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="99"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="106"/>
        <source>inoperability</source>
        <translation>Inoperabilität</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="111"/>
        <source>total loss: {1}</source>
        <translation>Gesamtverlust: {1}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="118"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="119"/>
        <source>highest q</source>
        <translation>höchstes q</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="127"/>
        <source>cumulative loss over {1} days: {2}</source>
        <translation>kumulierter Verlust (Anzahl Tage: {1}): {2}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="144"/>
        <location filename="../src/cli/cmd_supply.cpp" line="144"/>
        <source>unexpected argument &apos;{1}&apos;</source>
        <translation>unerwartetes Argument &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="148"/>
        <source>--technical, --output and --perturbation are required</source>
        <translation>--technical, --output und --perturbation sind erforderlich</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="152"/>
        <source>--recovery and --duration need --days</source>
        <translation>--recovery und --duration erfordern --days</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="158"/>
        <source>--days must be 1 or more</source>
        <translation>--days muss 1 oder größer sein</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_iim.cpp" line="176"/>
        <location filename="../src/cli/cmd_import.cpp" line="130"/>
        <source>warning: {1}</source>
        <translation>Warnung: {1}</translation>
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
        <translation type="vanished">Aufruf: rrw-cli init PROJECT.gpkg [--force] [--data-dir DIR] [--json]

Legt ein neues Projekt an (eine GeoPackage-1.3-Datei, die QGIS und ogrinfo öffnen können) mit
der mitgelieferten grenzüberschreitenden Region: deutsche Kreise und Gemeinden, Karlovarský kraj
mit seinen Bezirken (okresy) und Gemeinden (obce), Orte, die deutsch-tschechische Grenze,
Grenzübergänge und Bevölkerungsstatistik, jeder Layer mit Quelle, Lizenz und Namensnennung.

  --force          vorhandene Datei ersetzen
  --data-dir DIR   Ort der mitgelieferten Daten (Standard: $RRW_DATA_DIR oder installierte Daten)
  --json           maschinenlesbare Zusammenfassung</translation>
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
        <translation type="vanished">Aufruf: rrw-cli init PROJECT.gpkg [--force] [--data-dir DIR] [--json]

Legt ein neues Projekt an (eine GeoPackage-1.3-Datei, die QGIS und ogrinfo öffnen können) mit
der mitgelieferten grenzüberschreitenden Region: deutsche Kreise und Gemeinden, Karlovarský kraj
mit seinen Bezirken (okresy) und Gemeinden (obce), Orte, die deutsch-tschechische Grenze,
Grenzübergänge und Bevölkerungsstatistik, jeder Layer mit Quelle, Lizenz und Namensnennung.

  --force          vorhandene Datei ersetzen
  --data-dir DIR   Ort der mitgelieferten Daten (Standard: $RRW_DATA_DIR oder installierte Daten)
  --json           maschinenlesbare Zusammenfassung</translation>
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
        <translation>Aufruf: rrw-cli indicators list PROJECT.gpkg [--level district|municipality] [--json]
        rrw-cli indicators import PROJECT.gpkg FILE.csv [--source TEXT] [--synthetic] [--json]

list    der Indikatorenkatalog (ID, Dimension, Richtung, Einheit, deutscher und tschechischer
        Name) und wie viele Gebietseinheiten der Ebene einen Wert haben
import  speichert Indikatorwerte oder Katalogeinträge aus einer CSV-Datei in einer einzigen
        Transaktion: eine fehlerhafte Zeile ändert nichts; die Fehlermeldung nennt die Zeile.
        Werte:   region_code,indicator_id,year,value[,source][,synthetic][,note]
        Katalog: id,name_de,name_cs,name_en,description_de,description_cs,description_en,
                 unit,direction,dimension,source,year
        Trennzeichen &apos;,&apos;, &apos;;&apos; oder Tabulator; UTF-8; bei &apos;;&apos; oder Tabulator ist ein Dezimalkomma
        erlaubt. Ein Wert derselben Gebietseinheit, desselben Indikators und Jahres ersetzt den
        gespeicherten Wert.

  --source TEXT  Quelle für Zeilen ohne eigene Quelle (jeder Wert muss seine Quelle nennen)
  --synthetic    jeden importierten Wert als synthetisch kennzeichnen (keine echten Daten)
  --level L      district (Kreis/okres, Standard) oder municipality (Gemeinde/obec)
  --json         maschinenlesbares Ergebnis</translation>
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
        <translation>erwartet: genau eine Datei PROJECT.gpkg</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_indicators.cpp" line="90"/>
        <source>expected PROJECT.gpkg and FILE.csv</source>
        <translation>erwartet: PROJECT.gpkg und FILE.csv</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_indicators.cpp" line="111"/>
        <source>{1}: {2} indicators added, {3} replaced</source>
        <translation>{1}: {2} Indikatoren hinzugefügt, {3} ersetzt</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_indicators.cpp" line="112"/>
        <source>{1}: {2} values added, {3} replaced ({4} flagged synthetic)</source>
        <translation>{1}: {2} Werte hinzugefügt, {3} ersetzt ({4} als synthetisch gekennzeichnet)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_indicators.cpp" line="135"/>
        <location filename="../src/cli/cmd_scenario.cpp" line="417"/>
        <location filename="../src/cli/cmd_supply.cpp" line="203"/>
        <source>unknown subcommand &apos;{1}&apos; (known: {2})</source>
        <translation>unbekannter Unterbefehl &apos;{1}&apos; (bekannt: {2})</translation>
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
        <translation>Aufruf: rrw-cli init PROJECT.gpkg [--force] [--data-dir DIR] [--json]

Legt ein neues Projekt an (eine GeoPackage-1.3-Datei, die QGIS und ogrinfo öffnen können) mit
der mitgelieferten grenzüberschreitenden Region: deutsche Kreise und Gemeinden, Karlovarský kraj
mit seinen Bezirken (okresy) und Gemeinden (obce), Orte, die deutsch-tschechische Grenze,
Grenzübergänge und Bevölkerungsstatistik, jeder Layer mit Quelle, Lizenz und Namensnennung;
dazu die Indikatoren, die Maßnahmenideen der Partner, die BBK-Szenarien und die
Partnerorganisationen des Governance-Registers (data/governance).

  --force          vorhandene Datei ersetzen
  --data-dir DIR   Ort der mitgelieferten Daten (Standard: $RRW_DATA_DIR oder installierte Daten)
  --json           maschinenlesbare Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_init.cpp" line="70"/>
        <source>Created {1} with the bundled region (layers: {2}, regions: {3}, population records: {4}) in {5} ms.</source>
        <translation>{1} mit der mitgelieferten Region erstellt (Layer: {2}, Gebietseinheiten: {3}, Bevölkerungsdatensätze: {4}) in {5} ms.</translation>
    </message>
    <message>
        <source>Created {1} with the bundled region ({2} layers, {3} regions, {4} population records) in {5} ms.</source>
        <translation type="vanished">{1} mit der mitgelieferten Region erstellt ({2} Layer, {3} Gebietseinheiten, {4} Bevölkerungsdatensätze) in {5} ms.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_inspect.cpp" line="18"/>
        <source>usage: rrw-cli layers PROJECT.gpkg [--json]

Lists the spatial layers of a project: name, geometry type, feature count, CRS and source.</source>
        <translation>Aufruf: rrw-cli layers PROJECT.gpkg [--json]

Listet die räumlichen Layer eines Projekts auf: Name, Geometrietyp, Objektanzahl,
Koordinatenreferenzsystem und Quelle.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_inspect.cpp" line="22"/>
        <source>usage: rrw-cli info PROJECT.gpkg [--json]

Shows the project&apos;s schema version, its layers and the number of regions per level on both
sides of the border.</source>
        <translation>Aufruf: rrw-cli info PROJECT.gpkg [--json]

Zeigt die Schemaversion des Projekts, seine Layer und die Anzahl der Gebietseinheiten je
Verwaltungsebene auf beiden Seiten der Grenze.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_inspect.cpp" line="96"/>
        <source>Project: {1}</source>
        <translation>Projekt: {1}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_inspect.cpp" line="97"/>
        <source>Schema version: {1}</source>
        <translation>Schemaversion: {1}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_inspect.cpp" line="100"/>
        <source>Layers ({1}):</source>
        <translation>Layer ({1}):</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_inspect.cpp" line="107"/>
        <source>Regions per level:</source>
        <translation>Gebietseinheiten je Verwaltungsebene:</translation>
    </message>
    <message>
        <location filename="../src/cli/data_dir.cpp" line="19"/>
        <source>{1}: no bundled region data here (region/manifest.json missing)</source>
        <translation>{1}: hier liegen keine mitgelieferten Regionsdaten (region/manifest.json fehlt)</translation>
    </message>
    <message>
        <location filename="../src/cli/data_dir.cpp" line="28"/>
        <source>{1}: RRW_DATA_DIR has no bundled region data (region/manifest.json missing)</source>
        <translation>{1}: RRW_DATA_DIR enthält keine mitgelieferten Regionsdaten (region/manifest.json fehlt)</translation>
    </message>
    <message>
        <location filename="../src/cli/data_dir.cpp" line="50"/>
        <source>the bundled region data was not found; set RRW_DATA_DIR or use --data-dir</source>
        <translation>die mitgelieferten Regionsdaten wurden nicht gefunden; setzen Sie RRW_DATA_DIR oder verwenden Sie --data-dir</translation>
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
        <translation type="vanished">Aufruf: rrw-cli [--version] [--help] &lt;Befehl&gt; [&lt;Argumente&gt;]

Resilient Region Workbench, ohne grafische Oberfläche.

Befehle:
  init PROJECT.gpkg [--force]            Projekt mit der mitgelieferten Region anlegen
  import PROJECT.gpkg INPUT [Optionen]   Vektordatei als neuen Layer importieren
  layers PROJECT.gpkg [--json]           Layer des Projekts auflisten
  info PROJECT.gpkg [--json]             Schemaversion, Layer, Gebietseinheiten je Verwaltungsebene

&apos;rrw-cli &lt;Befehl&gt; --help&apos; beschreibt einen Befehl.
&apos;--lang de|cs|en&apos; (oder RRW_LANG) wählt die Sprache der Meldungen.</translation>
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
        <translation type="vanished">Aufruf: rrw-cli [--version] [--help] &lt;Befehl&gt; [&lt;Argumente&gt;]

Resilient Region Workbench, ohne grafische Oberfläche.

Befehle:
  init PROJECT.gpkg [--force]            Projekt mit der mitgelieferten Region anlegen
  import PROJECT.gpkg INPUT [Optionen]   Vektordatei als neuen Layer importieren
  layers PROJECT.gpkg [--json]           Layer des Projekts auflisten
  info PROJECT.gpkg [--json]             Schemaversion, Layer, Gebietseinheiten je Verwaltungsebene
  render PROJECT.gpkg -o OUT.png|svg|pdf Karte zeichnen (die Standardkarte oder gewählte Layer)

&apos;rrw-cli &lt;Befehl&gt; --help&apos; beschreibt einen Befehl.
&apos;--lang de|cs|en&apos; (oder RRW_LANG) wählt die Sprache der Meldungen.</translation>
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
        <translation type="vanished">Aufruf: rrw-cli [--version] [--help] &lt;Befehl&gt; [&lt;Argumente&gt;]

Resilient Region Workbench, ohne grafische Oberfläche.

Befehle:
  init PROJECT.gpkg [--force]            Projekt mit der mitgelieferten Region anlegen
  import PROJECT.gpkg INPUT [Optionen]   Vektordatei als neuen Layer importieren
  layers PROJECT.gpkg [--json]           Layer des Projekts auflisten
  info PROJECT.gpkg [--json]             Schemaversion, Layer, Gebietseinheiten je Verwaltungsebene
  render PROJECT.gpkg -o OUT.png|svg|pdf Karte zeichnen (die Standardkarte oder gewählte Layer)
  index --values V.csv --model M.json    zusammengesetzter Risikoindex mit Rangintervallen

&apos;rrw-cli &lt;Befehl&gt; --help&apos; beschreibt einen Befehl.
&apos;--lang de|cs|en&apos; (oder RRW_LANG) wählt die Sprache der Meldungen.</translation>
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
        <translation type="vanished">Aufruf: rrw-cli [--version] [--help] &lt;Befehl&gt; [&lt;Argumente&gt;]

Resilient Region Workbench, ohne grafische Oberfläche.

Befehle:
  init PROJECT.gpkg [--force]            Projekt mit der mitgelieferten Region anlegen
  import PROJECT.gpkg INPUT [Optionen]   Vektordatei als neuen Layer importieren
  layers PROJECT.gpkg [--json]           Layer des Projekts auflisten
  info PROJECT.gpkg [--json]             Schemaversion, Layer, Gebietseinheiten je Verwaltungsebene
  render PROJECT.gpkg -o OUT.png|svg|pdf Karte zeichnen (die Standardkarte oder gewählte Layer)
  index --values V.csv --model M.json    zusammengesetzter Risikoindex mit Rangintervallen
  score PROJECT.gpkg [--hazard H]        Gebietseinheiten mit den Indexmodellen des Projekts einstufen

&apos;rrw-cli &lt;Befehl&gt; --help&apos; beschreibt einen Befehl.
&apos;--lang de|cs|en&apos; (oder RRW_LANG) wählt die Sprache der Meldungen.</translation>
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
        <translation type="vanished">Aufruf: rrw-cli [--version] [--help] &lt;Befehl&gt; [&lt;Argumente&gt;]

Resilient Region Workbench, ohne grafische Oberfläche.

Befehle:
  init PROJECT.gpkg [--force]            Projekt mit der mitgelieferten Region anlegen
  import PROJECT.gpkg INPUT [Optionen]   Vektordatei als neuen Layer importieren
  layers PROJECT.gpkg [--json]           Layer des Projekts auflisten
  info PROJECT.gpkg [--json]             Schemaversion, Layer, Gebietseinheiten je Verwaltungsebene
  render PROJECT.gpkg -o OUT.png|svg|pdf Karte zeichnen (die Standardkarte oder gewählte Layer)
  index --values V.csv --model M.json    zusammengesetzter Risikoindex mit Rangintervallen
  score PROJECT.gpkg [--hazard H]        Gebietseinheiten mit den Indexmodellen des Projekts einstufen
  matrix --scenarios S.json [--json]     die BBK-Risikomatrix der Szenarien (Wahrscheinlichkeit × Ausmaß)

&apos;rrw-cli &lt;Befehl&gt; --help&apos; beschreibt einen Befehl.
&apos;--lang de|cs|en&apos; (oder RRW_LANG) wählt die Sprache der Meldungen.</translation>
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
        <translation type="vanished">Aufruf: rrw-cli [--version] [--help] &lt;Befehl&gt; [&lt;Argumente&gt;]

Resilient Region Workbench, ohne grafische Oberfläche.

Befehle:
  init PROJECT.gpkg [--force]            Projekt mit der mitgelieferten Region anlegen
  import PROJECT.gpkg INPUT [Optionen]   Vektordatei als neuen Layer importieren
  layers PROJECT.gpkg [--json]           Layer des Projekts auflisten
  info PROJECT.gpkg [--json]             Schemaversion, Layer, Gebietseinheiten je Verwaltungsebene
  render PROJECT.gpkg -o OUT.png|svg|pdf Karte zeichnen (die Standardkarte oder gewählte Layer)
  index --values V.csv --model M.json    zusammengesetzter Risikoindex mit Rangintervallen
  score PROJECT.gpkg [--hazard H]        Gebietseinheiten mit den Indexmodellen des Projekts einstufen
  matrix --scenarios S.json [--json]     die BBK-Risikomatrix der Szenarien (Wahrscheinlichkeit × Ausmaß)
  swot suggest PROJECT.gpkg [--json]     SWOT-Stärken und -Schwächen aus Indikatoren vorschlagen

&apos;rrw-cli &lt;Befehl&gt; --help&apos; beschreibt einen Befehl.
&apos;--lang de|cs|en&apos; (oder RRW_LANG) wählt die Sprache der Meldungen.</translation>
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
        <translation type="vanished">Aufruf: rrw-cli [--version] [--help] &lt;Befehl&gt; [&lt;Argumente&gt;]

Resilient Region Workbench, ohne grafische Oberfläche.

Befehle:
  init PROJECT.gpkg [--force]            Projekt mit der mitgelieferten Region anlegen
  import PROJECT.gpkg INPUT [Optionen]   Vektordatei als neuen Layer importieren
  layers PROJECT.gpkg [--json]           Layer des Projekts auflisten
  info PROJECT.gpkg [--json]             Schemaversion, Layer, Gebietseinheiten je Verwaltungsebene
  render PROJECT.gpkg -o OUT.png|svg|pdf Karte zeichnen (die Standardkarte oder gewählte Layer)
  index --values V.csv --model M.json    zusammengesetzter Risikoindex mit Rangintervallen
  score PROJECT.gpkg [--hazard H]        Gebietseinheiten mit den Indexmodellen des Projekts einstufen
  matrix PROJECT.gpkg [--set ID ...]     die BBK-Risikomatrix der Szenarien (Wahrscheinlichkeit × Ausmaß)
  swot list|add|move|delete PROJECT.gpkg das SWOT-Register (je Gebietseinheit oder grenzüberschreitend)
  swot suggest PROJECT.gpkg [--json]     SWOT-Stärken und -Schwächen aus Indikatoren vorschlagen
  swot accept|reject PROJECT.gpkg ...    Vorschlag annehmen/ablehnen (wird nicht erneut vorgeschlagen)
  tows list|add|delete PROJECT.gpkg      TOWS-Strategien, die SWOT-Einträge kombinieren, mit Maßnahmen
  measures list PROJECT.gpkg             die Maßnahmen des Projekts

&apos;rrw-cli &lt;Befehl&gt; --help&apos; beschreibt einen Befehl.
&apos;--lang de|cs|en&apos; (oder RRW_LANG) wählt die Sprache der Meldungen.</translation>
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
        <translation type="vanished">Aufruf: rrw-cli [--version] [--help] &lt;Befehl&gt; [&lt;Argumente&gt;]

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

&apos;rrw-cli &lt;Befehl&gt; --help&apos; beschreibt einen Befehl.
&apos;--lang de|cs|en&apos; (oder RRW_LANG) wählt die Sprache der Meldungen.</translation>
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
        <translation type="vanished">Aufruf: rrw-cli [--version] [--help] &lt;Befehl&gt; [&lt;Argumente&gt;]

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

&apos;rrw-cli &lt;Befehl&gt; --help&apos; beschreibt einen Befehl.
&apos;--lang de|cs|en&apos; (oder RRW_LANG) wählt die Sprache der Meldungen.</translation>
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
        <translation type="vanished">Aufruf: rrw-cli [--version] [--help] &lt;Befehl&gt; [&lt;Argumente&gt;]

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

&apos;rrw-cli &lt;Befehl&gt; --help&apos; beschreibt einen Befehl.
&apos;--lang de|cs|en&apos; (oder RRW_LANG) wählt die Sprache der Meldungen.</translation>
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
        <translation type="vanished">Aufruf: rrw-cli [--version] [--help] &lt;Befehl&gt; [&lt;Argumente&gt;]

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

&apos;rrw-cli &lt;Befehl&gt; --help&apos; beschreibt einen Befehl.
&apos;--lang de|cs|en&apos; (oder RRW_LANG) wählt die Sprache der Meldungen.</translation>
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
        <translation type="vanished">Aufruf: rrw-cli [--version] [--help] &lt;Befehl&gt; [&lt;Argumente&gt;]

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

&apos;rrw-cli &lt;Befehl&gt; --help&apos; beschreibt einen Befehl.
&apos;--lang de|cs|en&apos; (oder RRW_LANG) wählt die Sprache der Meldungen.</translation>
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
  measures list|set PROJECT.gpkg         das Maßnahmenregister (Verantwortliche, Status, Überprüfung, Verknüpfungen)
  actors list|add|set|delete PROJECT.gpkg
                                         Partnerorganisationen und ihre Rollen
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

&apos;rrw-cli &lt;Befehl&gt; --help&apos; beschreibt einen Befehl.
&apos;--lang de|cs|en&apos; (oder RRW_LANG) wählt die Sprache der Meldungen.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="143"/>
        <source>error: unknown command &apos;{1}&apos; (see rrw-cli --help)</source>
        <translation>Fehler: unbekannter Befehl &apos;{1}&apos; (siehe rrw-cli --help)</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="159"/>
        <source>error: {1} (see rrw-cli {2} --help)</source>
        <translation>Fehler: {1} (siehe rrw-cli {2} --help)</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="165"/>
        <source>error: {1}</source>
        <translation>Fehler: {1}</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="171"/>
        <source>internal error: {1}</source>
        <translation>interner Fehler: {1}</translation>
    </message>
    <message>
        <location filename="../src/geo/crs.cpp" line="35"/>
        <source>unknown coordinate reference system EPSG:{1}</source>
        <translation>unbekanntes Koordinatenreferenzsystem EPSG:{1}</translation>
    </message>
    <message>
        <location filename="../src/geo/crs.cpp" line="48"/>
        <source>{1}: the coordinate reference system &apos;{2}&apos; is not known (use e.g. EPSG:5514 for S-JTSK, EPSG:25833 for UTM 33N)</source>
        <translation>{1}: das Koordinatenreferenzsystem &apos;{2}&apos; ist unbekannt (verwenden Sie z. B. EPSG:5514 für S-JTSK, EPSG:25833 für UTM 33N)</translation>
    </message>
    <message>
        <location filename="../src/geo/csv_layout.cpp" line="117"/>
        <source>{1}: cannot open the file</source>
        <translation>{1}: die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/geo/csv_layout.cpp" line="138"/>
        <source>{1}: row 1 (header) is longer than {2} bytes; rrw reads header rows of up to {2} bytes</source>
        <translation>{1}: Zeile 1 (Kopfzeile) ist länger als {2} Bytes; rrw liest Kopfzeilen mit bis zu {2} Bytes</translation>
    </message>
    <message>
        <location filename="../src/geo/csv_layout.cpp" line="155"/>
        <source>{1}: row 1 (header) has {2} columns; at most {3} attribute fields are supported</source>
        <translation>{1}: Zeile 1 (Kopfzeile) hat {2} Spalten; unterstützt werden höchstens {3} Attributfelder</translation>
    </message>
    <message>
        <location filename="../src/geo/csv_layout.cpp" line="175"/>
        <source>{1}: the file is empty or has no header row</source>
        <translation>{1}: die Datei ist leer oder hat keine Kopfzeile</translation>
    </message>
    <message>
        <location filename="../src/geo/csv_layout.cpp" line="183"/>
        <source>{1}: row 1 (header): the text is not UTF-8; give the file&apos;s encoding with --encoding (e.g. CP1250, ISO-8859-2, CP1252)</source>
        <translation>{1}: Zeile 1 (Kopfzeile): der Text ist kein UTF-8; geben Sie die Kodierung der Datei mit --encoding an (z. B. CP1250, ISO-8859-2, CP1252)</translation>
    </message>
    <message>
        <location filename="../src/geo/field_mapper.cpp" line="47"/>
        <source>{1}: the layer has {2} attribute fields; at most {3} are supported</source>
        <translation>{1}: der Layer hat {2} Attributfelder; unterstützt werden höchstens {3}</translation>
    </message>
    <message>
        <source>{1}: cannot create field &apos;{2}&apos; in the store</source>
        <translation type="vanished">{1}: das Feld &apos;{2}&apos; kann im Projekt nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/geo/field_mapper.cpp" line="112"/>
        <source>{1}: cannot create field &apos;{2}&apos; in the project</source>
        <translation>{1}: das Feld &apos;{2}&apos; kann im Projekt nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/geo/field_mapper.cpp" line="126"/>
        <source>{1}: a field name is not UTF-8 text; give the file&apos;s encoding with --encoding (e.g. CP1250, ISO-8859-2)</source>
        <translation>{1}: ein Feldname ist kein UTF-8-Text; geben Sie die Kodierung der Datei mit --encoding an (z. B. CP1250, ISO-8859-2)</translation>
    </message>
    <message>
        <location filename="../src/geo/field_mapper.cpp" line="132"/>
        <source>{1}: feature {2}, field &apos;{3}&apos;: the text is not UTF-8; give the file&apos;s encoding with --encoding (Czech data is often CP1250 or ISO-8859-2)</source>
        <translation>{1}: Objekt {2}, Feld &apos;{3}&apos;: der Text ist kein UTF-8; geben Sie die Kodierung der Datei mit --encoding an (tschechische Daten sind oft CP1250 oder ISO-8859-2)</translation>
    </message>
    <message>
        <location filename="../src/geo/geometry_check.cpp" line="42"/>
        <source>ring was not closed</source>
        <translation>Ring war nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../src/geo/geometry_check.cpp" line="46"/>
        <source>polygon ring has fewer than 4 points</source>
        <translation>Polygonring hat weniger als 4 Punkte</translation>
    </message>
    <message>
        <location filename="../src/geo/geometry_check.cpp" line="51"/>
        <source>hole with fewer than 4 points removed</source>
        <translation>Loch mit weniger als 4 Punkten entfernt</translation>
    </message>
    <message>
        <location filename="../src/geo/geometry_check.cpp" line="75"/>
        <source>line has fewer than 2 points</source>
        <translation>Linie hat weniger als 2 Punkte</translation>
    </message>
    <message>
        <location filename="../src/geo/geometry_check.cpp" line="140"/>
        <source>GEOS cannot read the geometry</source>
        <translation>GEOS kann die Geometrie nicht lesen</translation>
    </message>
    <message>
        <location filename="../src/geo/geometry_check.cpp" line="153"/>
        <source>invalid geometry ({1})</source>
        <translation>ungültige Geometrie ({1})</translation>
    </message>
    <message>
        <location filename="../src/geo/geometry_check.cpp" line="164"/>
        <source>invalid geometry ({1}) with nothing valid left after repair</source>
        <translation>ungültige Geometrie ({1}), nach der Reparatur bleibt nichts Gültiges übrig</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="30"/>
        <source>{1}: not a readable GeoPackage project ({2})</source>
        <translation>{1}: kein lesbares GeoPackage-Projekt ({2})</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="39"/>
        <source>{1}: the project is in use by another program; try again when it has finished</source>
        <translation>{1}: Das Projekt wird gerade von einem anderen Programm verwendet; versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="48"/>
        <source>{1}: the project is in use by {2}; try again when it has finished</source>
        <translation>{1}: Das Projekt wird gerade von {2} verwendet; versuchen Sie es erneut, wenn der Vorgang abgeschlossen ist</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="83"/>
        <source>{1}: GDAL gave no SQLite connection for the project</source>
        <translation>{1}: GDAL hat keine SQLite-Verbindung für das Projekt geliefert</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="95"/>
        <source>{1}: cannot configure the project database ({2})</source>
        <translation>{1}: die Projektdatenbank kann nicht konfiguriert werden ({2})</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="132"/>
        <source>{1}: cannot create the project file ({2})</source>
        <translation>{1}: die Projektdatei kann nicht erstellt werden ({2})</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="142"/>
        <source>{1}: project file not found</source>
        <translation>{1}: Projektdatei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="167"/>
        <source>{1}: a transaction is already open</source>
        <translation>{1}: es ist bereits eine Transaktion offen</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="174"/>
        <location filename="../src/geo/geopackage.cpp" line="195"/>
        <source>{1}: cannot start a transaction ({2}); is the project in use by another program?</source>
        <translation>{1}: die Transaktion kann nicht gestartet werden ({2}); wird das Projekt von einem anderen Programm verwendet?</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage.cpp" line="214"/>
        <source>{1}: cannot save the changes ({2})</source>
        <translation>{1}: die Änderungen können nicht gespeichert werden ({2})</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="187"/>
        <source>the file declares {1}; using {2} as given with --source-crs</source>
        <translation>die Datei gibt {1} an; verwendet wird {2} gemäß --source-crs</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="195"/>
        <source>{1}: the file&apos;s coordinate reference system cannot be read ({2}); name it with --source-crs</source>
        <translation>{1}: das Koordinatenreferenzsystem der Datei kann nicht gelesen werden ({2}); geben Sie es mit --source-crs an</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="209"/>
        <source>{1}: the data has no coordinate reference system; name it with --source-crs (e.g. EPSG:5514 for S-JTSK, EPSG:25833 for UTM 33N, EPSG:31468 for Gauss-Krüger zone 4)</source>
        <translation>{1}: die Daten haben kein Koordinatenreferenzsystem; geben Sie es mit --source-crs an (z. B. EPSG:5514 für S-JTSK, EPSG:25833 für UTM 33N, EPSG:31468 für Gauss-Krüger Zone 4)</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="222"/>
        <source>{1}: no transformation from {2} to EPSG:3035 ({3})</source>
        <translation>{1}: keine Transformation von {2} nach EPSG:3035 ({3})</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="248"/>
        <source>no value in column &apos;{1}&apos;</source>
        <translation>kein Wert in Spalte &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="249"/>
        <source>&apos;{1}&apos; in column &apos;{2}&apos; is not a number</source>
        <translation>&apos;{1}&apos; in Spalte &apos;{2}&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="278"/>
        <source>the WKT geometry text cannot be read</source>
        <translation>der WKT-Geometrietext kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="286"/>
        <location filename="../src/geo/importer.cpp" line="301"/>
        <source>coordinates are not finite numbers</source>
        <translation>Koordinaten sind keine endlichen Zahlen</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="310"/>
        <source>coordinates ({1}, {2}) lie outside the area where {3} is defined</source>
        <translation>Koordinaten ({1}, {2}) liegen außerhalb des Gültigkeitsbereichs von {3}</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="318"/>
        <source>coordinates cannot be transformed to EPSG:3035</source>
        <translation>Koordinaten können nicht nach EPSG:3035 transformiert werden</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="364"/>
        <source>the layer mixes geometry types; stored as one GEOMETRY layer</source>
        <translation>der Layer enthält gemischte Geometrietypen; als ein GEOMETRY-Layer gespeichert</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="380"/>
        <source>{1}: cannot create layer &apos;{2}&apos; in the project ({3})</source>
        <translation>{1}: der Layer &apos;{2}&apos; kann im Projekt nicht angelegt werden ({3})</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="416"/>
        <source>{1}: feature {2} could not be written to the project ({3})</source>
        <translation>{1}: Objekt {2} konnte nicht in das Projekt geschrieben werden ({3})</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="427"/>
        <source>{1}: reading stopped early (features read: {2}; {3})</source>
        <translation>{1}: Lesen vorzeitig abgebrochen (gelesene Objekte: {2}; {3})</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="436"/>
        <source>{1}: no feature could be imported (features read: {2}; first rejected: feature {3}, {4})</source>
        <translation>{1}: kein Objekt konnte importiert werden (gelesene Objekte: {2}; zuerst abgewiesen: Objekt {3}, {4})</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="448"/>
        <source>features without geometry: {1}</source>
        <translation>Objekte ohne Geometrie: {1}</translation>
    </message>
    <message>
        <source>{1}: reading stopped after {2} features ({3})</source>
        <translation type="vanished">{1}: Lesen nach {2} Objekten abgebrochen ({3})</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="431"/>
        <source>{1}: the layer has no features</source>
        <translation>{1}: der Layer enthält keine Objekte</translation>
    </message>
    <message>
        <source>{1}: none of the {2} features could be imported (feature {3}: {4})</source>
        <translation type="vanished">{1}: keines der {2} Objekte konnte importiert werden (Objekt {3}: {4})</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="444"/>
        <source>{1}: cannot finish layer &apos;{2}&apos; ({3})</source>
        <translation>{1}: der Layer &apos;{2}&apos; kann nicht abgeschlossen werden ({3})</translation>
    </message>
    <message>
        <source>{1} features have no geometry</source>
        <translation type="vanished">Objekte ohne Geometrie: {1}</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="460"/>
        <source>the data lies outside Europe; check the CRS and whether latitude and longitude are swapped</source>
        <translation>die Daten liegen außerhalb Europas; prüfen Sie das Koordinatenreferenzsystem und ob Breite und Länge vertauscht sind</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="475"/>
        <source>no datum transformation is available for {1}; positions may be off by 100 m or more</source>
        <translation>für {1} ist keine Datumstransformation verfügbar; Positionen können um 100 m oder mehr abweichen</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="503"/>
        <source>the layer name is empty</source>
        <translation>der Layername ist leer</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="506"/>
        <source>the layer name is longer than 200 characters</source>
        <translation>der Layername ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="509"/>
        <source>the layer name &apos;{1}&apos; is not UTF-8 text</source>
        <translation>der Layername &apos;{1}&apos; ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="513"/>
        <source>the layer name &apos;{1}&apos; starts with &apos;{2}&apos;; a layer name cannot start with a punctuation character other than &apos;_&apos;</source>
        <translation>der Layername &apos;{1}&apos; beginnt mit &apos;{2}&apos;; ein Layername darf mit keinem Satzzeichen außer &apos;_&apos; beginnen</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="525"/>
        <source>the layer name &apos;{1}&apos; is reserved for the project&apos;s own tables</source>
        <translation>der Layername &apos;{1}&apos; ist für die projekteigenen Tabellen reserviert</translation>
    </message>
    <message>
        <location filename="../src/geo/importer.cpp" line="532"/>
        <source>a layer named &apos;{1}&apos; already exists in the project</source>
        <translation>im Projekt gibt es bereits einen Layer namens &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="75"/>
        <source>{1}: feature {2} has {3} vertices; rrw reads at most {4} vertices in one feature</source>
        <translation>{1}: Objekt {2} hat {3} Stützpunkte; rrw liest höchstens {4} Stützpunkte je Objekt</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="83"/>
        <source>{1}: the layer has more than {2} vertices; rrw reads at most {2} vertices in one layer</source>
        <translation>{1}: der Layer hat mehr als {2} Stützpunkte; rrw liest höchstens {2} Stützpunkte je Layer</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="95"/>
        <location filename="../src/geo/input_source.cpp" line="103"/>
        <source>{1}: not a readable ZIP archive</source>
        <translation>{1}: kein lesbares ZIP-Archiv</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="99"/>
        <source>{1}: the archive holds {2} entries; rrw reads archives of up to {3} entries</source>
        <translation>{1}: das Archiv enthält {2} Einträge; rrw liest Archive mit bis zu {3} Einträgen</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="108"/>
        <location filename="../src/geo/input_source.cpp" line="96"/>
        <location filename="../src/geo/input_source.cpp" line="127"/>
        <source>{1}: archive member &apos;{2}&apos; points outside the archive; refusing it</source>
        <translation>{1}: der Archiveintrag &apos;{2}&apos; verweist aus dem Archiv heraus; er wird abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="115"/>
        <source>{1}: archive member &apos;{2}&apos; unpacks from {3} MB to {4} MB, more than {5} times its size; refusing a possible zip bomb</source>
        <translation>{1}: der Archiveintrag &apos;{2}&apos; wächst beim Entpacken von {3} MB auf {4} MB, auf mehr als das {5}-Fache seiner Größe; er wird als mögliche ZIP-Bombe abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="124"/>
        <source>{1}: the archive unpacks to more than {2} MB; rrw reads archives of up to {2} MB</source>
        <translation>{1}: das Archiv ist entpackt größer als {2} MB; rrw liest Archive bis zu einer entpackten Größe von {2} MB</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="144"/>
        <source>{1}: the .dbf declares {2} attribute fields; at most {3} are supported</source>
        <translation>{1}: die .dbf gibt {2} Attributfelder an; unterstützt werden höchstens {3}</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="152"/>
        <source>{1}: the .dbf declares {2} records of {3} bytes, but the file holds only {4} bytes; it is damaged or truncated</source>
        <translation>{1}: die .dbf gibt {2} Datensätze zu je {3} Bytes an, die Datei enthält aber nur {4} Bytes; sie ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="200"/>
        <source>{1}: the KML file has {2} MB; KML is read whole, rrw reads it up to {3} MB (save larger data as a GeoPackage)</source>
        <translation>{1}: die KML-Datei ist {2} MB groß; KML wird vollständig eingelesen, rrw liest es bis zu {3} MB (speichern Sie größere Daten als GeoPackage)</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="210"/>
        <source>{1}: a line is longer than {2} bytes, the most rrw reads in one CSV line (save large geometries as a GeoPackage or a shapefile)</source>
        <translation>{1}: eine Zeile ist länger als {2} Bytes; mehr liest rrw in einer CSV-Zeile nicht (speichern Sie große Geometrien als GeoPackage oder Shapefile)</translation>
    </message>
    <message>
        <location filename="../src/geo/input_guard.cpp" line="217"/>
        <source>{1}: a GeoJSON feature is larger than rrw reads ({2} MB once parsed); save large geometries as a GeoPackage or a shapefile</source>
        <translation>{1}: ein GeoJSON-Objekt ist größer, als rrw liest ({2} MB nach dem Einlesen); speichern Sie große Geometrien als GeoPackage oder Shapefile</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="133"/>
        <source>{1}: the archive holds no shapefile or other vector file</source>
        <translation>{1}: das Archiv enthält weder ein Shapefile noch eine andere Vektordatei</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="150"/>
        <source>{1}: the archive holds several vector files ({2}); choose one with --source-layer</source>
        <translation>{1}: das Archiv enthält mehrere Vektordateien ({2}); wählen Sie eine mit --source-layer aus</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="203"/>
        <source>{1}: the shapefile&apos;s index file (.shx) is missing</source>
        <translation>{1}: die Indexdatei (.shx) des Shapefiles fehlt</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="214"/>
        <source>the shapefile has no .dbf: geometries imported without attributes</source>
        <translation>das Shapefile hat keine .dbf: Geometrien ohne Attribute importiert</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="231"/>
        <source>{1}: the .shp holds {2} shapes but the .dbf {3} attribute records; the shapefile is incomplete</source>
        <translation>{1}: die .shp enthält {2} Geometrien, die .dbf aber {3} Attributdatensätze; das Shapefile ist unvollständig</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="282"/>
        <source>{1}: network sources are not read: network access is off (allow it with rrw-cli import --allow-network or RRW_ALLOW_NETWORK=1)</source>
        <translation>{1}: Netzwerkquellen werden nicht gelesen: Der Netzwerkzugriff ist abgeschaltet (erlauben Sie ihn mit rrw-cli import --allow-network oder RRW_ALLOW_NETWORK=1)</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="290"/>
        <source>{1}: remote or virtual sources are not read (network access is off)</source>
        <translation>{1}: entfernte oder virtuelle Quellen werden nicht gelesen (Netzwerkzugriff ist abgeschaltet)</translation>
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
        <translation>Aufruf: rrw-cli render PROJECT.gpkg [--layer L ...] [--style FILE.json] [--lang de|cs|en|de+cs]
                       [--size WxH] [--dpi N] [--no-labels] [--json] -o OUT.png|svg|pdf

Zeichnet eine Karte des Projekts mit Legende, Maßstabsleiste, Nordpfeil und der Namensnennung
ihrer Datenquellen. Ohne --layer wird die Standardkarte des Projekts gezeichnet, mit --layer
nur diese Layer, jeder mit seinem Stil aus --style oder mit einem einfachen Stil. PNG ist ein
Rasterformat; SVG und PDF behalten die Vektoren bei.

  --layer L       ein zu zeichnender Layer (für mehrere wiederholen; der unterste zuerst)
  --style FILE    ein Karten- oder Layerstil (JSON, siehe docs/STYLES.md)
  --lang LANG     Sprache von Beschriftungen und Legende: de, cs, en oder de+cs (Standard: de)
  --size WxH      Größe in Pixeln (Standard: 1600x1000)
  --dpi N         Auflösung für Symbol- und Textgrößen (Standard: 96; 300 für den Druck)
  --no-labels     keine Beschriftungen zeichnen
  --json          ausgeben, was gezeichnet wurde und wie lange es gedauert hat
  -o FILE         die Ausgabedatei; die Dateiendung bestimmt das Format</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_render.cpp" line="47"/>
        <source>--size must look like 1920x1080, not &apos;{1}&apos;</source>
        <translation>--size muss die Form 1920x1080 haben, nicht &apos;{1}&apos;</translation>
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
        <translation>Aufruf: rrw-cli index --values VALUES.csv --model MODEL.json [--samples N --seed S] [--json]

Berechnet einen zusammengesetzten Risikoindex (OECD/JRC-Handbuch; INFORM-Methode): Normalisierung,
Gewichtung und arithmetische oder geometrische Aggregation je Gruppe und auf oberster Ebene;
Rang 1 = höchstes Risiko. Mit --samples ergibt eine Monte-Carlo-Simulation über Gewichte,
Normalisierung, Behandlung fehlender Werte und Aggregation für jede Region ein Rangintervall
(5-95 %) und Sensitivitätsindizes erster Ordnung.

  --values FILE   CSV mit den Spalten region,indicator,value (weitere Spalten erlaubt)
  --model FILE    das Indexmodell (JSON; siehe docs/methods/composite_index.md)
  --samples N     Anzahl der Monte-Carlo-Stichproben (z. B. 1000)
  --seed S        Startwert der Monte-Carlo-Simulation (Standard 1; gleicher Startwert,
                  gleiches Ergebnis)
  --json          maschinenlesbares Ergebnis</translation>
    </message>
    <message>
        <source>usage: rrw-cli supply simulate [options]

Supply-chain disruption analysis of firms in the region.

subcommands:
  simulate  day-by-day simulation of a scenario on a firm network

&apos;rrw-cli supply simulate --help&apos; describes the options.</source>
        <translation type="vanished">Aufruf: rrw-cli supply simulate [Optionen]

Analyse von Lieferkettenstörungen der Unternehmen in der Region.

Unterbefehle:
  simulate  Simulation eines Szenarios in einem Unternehmensnetzwerk, Tag für Tag

&apos;rrw-cli supply simulate --help&apos; beschreibt die Optionen.</translation>
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
        <translation>Aufruf: rrw-cli supply simulate --firms FIRMS.csv --links LINKS.csv --scenario SCENARIO.json [Optionen]

Simuliert die Unternehmen des Netzwerks Tag für Tag unter den Gefahren des Szenarios
(Grenzschließung, Unterbrechung der Fernost-Lieferungen, Energiepreisschock, Pandemie) und mit
dessen Maßnahmen: um ihre Lieferzeiten verzögerte Lieferungen, Lagerbestände, Ersatz nach den
Umstellungstagen, Arbeitskräfte ohne die Grenzpendler, die eine Grenzschließung aufhält
(docs/methods/supply_simulation.md). Ermittelt Produktionsausfälle (Produktionswert und
Personentage), gefährdete Arbeitsplätze, Überlebenszeit (time-to-survive) und Erholungszeit
(time-to-recover) je Gemeinde, Kreis/okres, NACE-Abschnitt und Land sowie die kritischen
Lieferanten, die Abhängigkeiten von einer einzigen Bezugsquelle und das
Nutzen-Kosten-Verhältnis jeder Maßnahme.

  --firms FILE        Unternehmen: id,name,municipality,region,nace,employees,commuter_share,
                      daily_output[,energy_intensity][,country][,x,y]
  --links FILE        Lieferbeziehungen: supplier,customer,input_share,lead_time,
                      inventory_days,substitutable_share,switch_days[,crossing][,input]
                      (externe Lieferanten: east_asia, rest_de, rest_cz, rest_eu)
  --scenario FILE     das Szenario (JSON; docs/SUPPLY.md)
  --crossings FILE    Grenzübergänge: id,freight,commuters[,name]
  --days N            Anzahl der zu simulierenden Tage (Standard: Wert aus dem Szenario)
  --critical N        die N Unternehmen mit dem größten Produktionswert als kritische Lieferanten
                      prüfen (Standard 10; die externen Knoten werden immer geprüft; -1 = keine)
  --critical-days N   Tage, an denen ein Kandidat für einen kritischen Lieferanten ausfällt
                      (Standard: der gesamte Lauf)
  --single-source S   kleinster Inputanteil, der als Abhängigkeit von einer einzigen Bezugsquelle
                      aufgeführt wird (Standard 0.1)
  --series            jedes Unternehmen mit seiner täglichen Produktion in das JSON aufnehmen
  --json              maschinenlesbares Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/store/supply_rows.cpp" line="58"/>
        <source>{1}: the column &apos;{2}&apos; is missing (expected {3})</source>
        <translation>{1}: die Spalte &apos;{2}&apos; fehlt (erwartet: {3})</translation>
    </message>
    <message>
        <location filename="../src/store/supply_rows.cpp" line="62"/>
        <source>{1}, layer {2}: the column &apos;{3}&apos; is missing (expected {4})</source>
        <translation>{1}, Layer {2}: die Spalte &apos;{3}&apos; fehlt (erwartet: {4})</translation>
    </message>
    <message>
        <location filename="../src/store/supply_rows.cpp" line="99"/>
        <source>{1}, layer {2}, feature {3}: column &apos;{4}&apos; is empty</source>
        <translation>{1}, Layer {2}, Objekt {3}: die Spalte &apos;{4}&apos; ist leer</translation>
    </message>
    <message>
        <location filename="../src/store/supply_rows.cpp" line="121"/>
        <source>{1}, layer {2}, feature {3}: column &apos;{4}&apos;: &apos;{5}&apos; is not a number</source>
        <translation>{1}, Layer {2}, Objekt {3}: Spalte &apos;{4}&apos;: &apos;{5}&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../src/store/supply_rows.cpp" line="155"/>
        <source>{1}, layer {2}, feature {3}: column &apos;{4}&apos;: &apos;{5}&apos; is not yes or no</source>
        <translation>{1}, Layer {2}, Objekt {3}: Spalte &apos;{4}&apos;: &apos;{5}&apos; ist weder ja noch nein (yes/no)</translation>
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
        <translation>{1}: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/store/supply_rows.cpp" line="152"/>
        <source>{1}: row {2}, column &apos;{3}&apos;: &apos;{4}&apos; is not yes or no</source>
        <translation>{1}: Zeile {2}, Spalte &apos;{3}&apos;: &apos;{4}&apos; ist weder ja noch nein (yes/no)</translation>
    </message>
    <message>
        <location filename="../src/cli/args.cpp" line="69"/>
        <source>--{1} must be a whole number from {2} to {3}</source>
        <translation>--{1} muss eine ganze Zahl von {2} bis {3} sein</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_supply.cpp" line="75"/>
        <source>Scenario {1} (version {2}), {3} days, hash {4}</source>
        <translation>Szenario {1} (Version {2}), Anzahl Tage: {3}, Hash {4}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_supply.cpp" line="79"/>
        <source>Firms: {1}, links: {2}</source>
        <translation>Unternehmen: {1}, Lieferbeziehungen: {2}</translation>
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
        <translation type="vanished">Aufruf: rrw-cli supply import PROJECT.gpkg --firms FIRMS.csv --links LINKS.csv [--crossings C.csv] [--json]

Prüft die Netzwerkdateien (wie bei &apos;supply simulate&apos;; docs/SUPPLY.md) und speichert sie im
Projekt; sie ersetzen dessen bisheriges Liefernetzwerk. Enthält eine Datei einen Fehler, wird
nichts geschrieben. Gespeicherte Berechnungen behalten die Prüfsumme des Netzwerks, mit dem sie
berechnet wurden.

  --firms FILE       Unternehmen (erforderlich)
  --links FILE       Lieferbeziehungen zwischen Lieferanten und Abnehmern (erforderlich)
  --crossings FILE   Grenzübergänge und ihre Rolle für Güterverkehr und Pendler
  --json             maschinenlesbare Zusammenfassung</translation>
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
        <translation>Aufruf: rrw-cli scenario &lt;Unterbefehl&gt; PROJECT.gpkg ...

Im Projekt gespeicherte, versionierte Lieferkettenszenarien und ihre Berechnungen mit dem
Liefernetzwerk des Projekts (&apos;rrw-cli supply import&apos;):

  save PROJECT FILE.json [--title-de T] [--title-cs T]
                         das Szenario als neue Version unter seinem Namen speichern
  list PROJECT [--all]   die Szenarien (neueste Versionen; --all: alle Versionen)
  runs PROJECT [NAME]    die gespeicherten Berechnungen
  run PROJECT NAME [--version V] [--days N] [--critical N]
                         ein Szenario (neueste Version, sofern nicht --version) mit dem
                         gespeicherten Netzwerk berechnen und die Berechnung mit ihren
                         Eingangsdaten und deren Hash speichern
  compare PROJECT RUN_A RUN_B
                         Differenzen B - A je Gemeinde, Kreis/okres, NACE-Abschnitt und Land
                         (Produktionsausfall, gefährdete Arbeitsplätze, TTS/TTR) und je
                         Maßnahme (Nutzen-Kosten-Verhältnis)
  delete PROJECT NAME [--version V]
                         eine Version oder alle Versionen löschen (gespeicherte Berechnungen
                         bleiben erhalten)

Jeder Unterbefehl akzeptiert --json für maschinenlesbare Ausgabe. Das Ergebnis von &apos;run --json&apos;
ist das Dokument von &apos;supply simulate --json&apos; mit &quot;run_id&quot; und &quot;inputs_hash&quot;.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="82"/>
        <source>expected {1}</source>
        <translation>erwartet: {1}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="95"/>
        <source>&apos;{1}&apos; is not a run id</source>
        <translation>&apos;{1}&apos; ist keine Berechnungsnummer</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="120"/>
        <source>Saved scenario {1} as version {2}.</source>
        <translation>Szenario {1} als Version {2} gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/store/supply_repository.cpp" line="167"/>
        <source>{1}: the project has no supply network (store one with &apos;rrw-cli supply import&apos;)</source>
        <translation>{1}: das Projekt enthält kein Liefernetzwerk (speichern Sie eines mit &apos;rrw-cli supply import&apos;)</translation>
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
        <translation>Aufruf: rrw-cli supply import PROJECT.gpkg --firms FIRMS.csv --links LINKS.csv [--crossings C.csv] [--json]
        rrw-cli supply import PROJECT.gpkg --from NETWORK.gpkg [--json]

Prüft das Netzwerk (die Dateien von &apos;supply simulate&apos; oder die Layer firms, links und
crossings eines GeoPackage; docs/SUPPLY.md) und speichert es im Projekt; es ersetzt dessen
bisheriges Liefernetzwerk. Enthält eine Datei einen Fehler, wird nichts geschrieben.
Gespeicherte Läufe behalten die Prüfsumme des Netzwerks, auf dem sie beruhen.

  --firms FILE       Unternehmen (erforderlich mit --links)
  --links FILE       Lieferbeziehungen zwischen Lieferanten und Abnehmern (erforderlich mit --firms)
  --crossings FILE   Grenzübergänge und ihre Rolle für Güterverkehr und Pendler
  --from FILE        ein GeoPackage mit den Layern firms und links (und optional crossings)
                     anstelle von --firms/--links/--crossings
  --json             maschinenlesbare Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="210"/>
        <source>Run {1}: scenario {2} version {3}, {4} days, inputs hash {5}</source>
        <translation>Berechnung {1}: Szenario {2} Version {3}, Anzahl Tage: {4}, Eingangs-Hash {5}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="216"/>
        <location filename="../src/cli/cmd_supply.cpp" line="83"/>
        <source>Production loss: {1} EUR ({2} % of normal output), {3} person-days, {4} jobs at risk</source>
        <translation>Produktionsausfall: {1} EUR ({2} % der normalen Produktion), Personentage: {3}, gefährdete Arbeitsplätze: {4}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="236"/>
        <source>level	key	loss A (EUR)	loss B (EUR)	difference (EUR)	jobs at risk A	jobs at risk B	TTS A	TTS B	TTR A	TTR B</source>
        <translation>Ebene	Code	Ausfall A (EUR)	Ausfall B (EUR)	Differenz (EUR)	gefährdete Arbeitsplätze A	gefährdete Arbeitsplätze B	TTS A	TTS B	TTR A	TTR B</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="259"/>
        <source>Measure {1}: benefit/cost A {2}, B {3}; avoided loss (EUR) A {4}, B {5}</source>
        <translation>Maßnahme {1}: Nutzen-Kosten-Verhältnis A {2}, B {3}; vermiedener Verlust (EUR) A {4}, B {5}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="285"/>
        <source>scenario run {1}: the stored result is not valid JSON ({2})</source>
        <translation>Szenarioberechnung {1}: das gespeicherte Ergebnis ist kein gültiges JSON ({2})</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="308"/>
        <source>A = run {1} ({2} version {3}), B = run {4} ({5} version {6}); differences are B - A.</source>
        <translation>A = Berechnung {1} ({2} Version {3}), B = Berechnung {4} ({5} Version {6}); Differenzen sind B - A.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="316"/>
        <source>The two runs ran on different supply networks.</source>
        <translation>Die beiden Berechnungen beruhen auf unterschiedlichen Liefernetzwerken.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="338"/>
        <source>Deleted {1} version(s) of the scenario {2}.</source>
        <translation>Gelöschte Versionen des Szenarios {2}: {1}.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="357"/>
        <source>--from cannot be combined with --firms, --links or --crossings</source>
        <translation>--from kann nicht mit --firms, --links oder --crossings kombiniert werden</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="362"/>
        <source>--firms and --links are required</source>
        <translation>--firms und --links sind erforderlich</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_scenario.cpp" line="385"/>
        <source>Stored the supply network in {1}: {2} firms, {3} links, {4} border crossings (digest {5}).</source>
        <translation>Liefernetzwerk in {1} gespeichert: Unternehmen: {2}, Lieferbeziehungen: {3}, Grenzübergänge: {4} (Prüfsumme {5}).</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_supply.cpp" line="25"/>
        <source>usage: rrw-cli supply simulate|import [options]

Supply-chain disruption analysis of firms in the region.

subcommands:
  simulate  day-by-day simulation of a scenario on a firm network
  import    store a firm network in a project (for &apos;rrw-cli scenario run&apos;)

&apos;rrw-cli supply simulate --help&apos; and &apos;rrw-cli supply import --help&apos; describe the options.</source>
        <translation>Aufruf: rrw-cli supply simulate|import [Optionen]

Analyse von Lieferkettenstörungen der Unternehmen in der Region.

Unterbefehle:
  simulate  Simulation eines Szenarios in einem Unternehmensnetzwerk, Tag für Tag
  import    Unternehmensnetzwerk in einem Projekt speichern (für &apos;rrw-cli scenario run&apos;)

&apos;rrw-cli supply simulate --help&apos; und &apos;rrw-cli supply import --help&apos; beschreiben die Optionen.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_supply.cpp" line="91"/>
        <source>Firms below 95 % of normal output: {1}, not recovered by the last day: {2}; shortest time-to-survive {3} days, longest time-to-recover {4} days</source>
        <translation>Unternehmen unter 95 % der normalen Produktion: {1}, bis zum letzten Tag nicht erholt: {2}; kürzeste Überlebenszeit (time-to-survive) in Tagen: {3}, längste Erholungszeit (time-to-recover) in Tagen: {4}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_supply.cpp" line="108"/>
        <source>Measure {1}: avoided loss {2} EUR, cost {3} EUR, benefit/cost {4}</source>
        <translation>Maßnahme {1}: vermiedener Verlust {2} EUR, Kosten {3} EUR, Nutzen-Kosten-Verhältnis {4}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_supply.cpp" line="119"/>
        <source>Critical supplier {1}: its failure costs the other firms {2} EUR</source>
        <translation>Kritischer Lieferant {1}: sein Ausfall kostet die übrigen Unternehmen {2} EUR</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_supply.cpp" line="125"/>
        <source>Single-source dependencies (input share of at least {1}): {2}</source>
        <translation>Abhängigkeiten von einer einzigen Bezugsquelle (Inputanteil mindestens {1}): {2}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_supply.cpp" line="148"/>
        <source>--firms, --links and --scenario are required</source>
        <translation>--firms, --links und --scenario sind erforderlich</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_supply.cpp" line="165"/>
        <source>--single-source must be a number from 0 to 1</source>
        <translation>--single-source muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_index.cpp" line="41"/>
        <source>{1}: the column &apos;{2}&apos; is missing (expected region,indicator,value)</source>
        <translation>{1}: die Spalte &apos;{2}&apos; fehlt (erwartet: region,indicator,value)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_index.cpp" line="78"/>
        <source>--values and --model are required</source>
        <translation>--values und --model sind erforderlich</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_index.cpp" line="92"/>
        <location filename="../src/cli/cmd_score.cpp" line="116"/>
        <source>--samples and --seed must be whole numbers</source>
        <translation>--samples und --seed müssen ganze Zahlen sein</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_index.cpp" line="96"/>
        <location filename="../src/cli/cmd_score.cpp" line="120"/>
        <source>--samples must be between 1 and 1000000</source>
        <translation>--samples muss zwischen 1 und 1000000 liegen</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_render.cpp" line="108"/>
        <source>the output file is missing (-o OUT.png|svg|pdf)</source>
        <translation>die Ausgabedatei fehlt (-o OUT.png|svg|pdf)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_render.cpp" line="113"/>
        <location filename="../src/cli/cmd_report.cpp" line="87"/>
        <source>--lang must be de, cs, en or de+cs, not &apos;{1}&apos;</source>
        <translation>--lang muss de, cs, en oder de+cs sein, nicht &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_render.cpp" line="121"/>
        <source>--dpi must be a number, not &apos;{1}&apos;</source>
        <translation>--dpi muss eine Zahl sein, nicht &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_render.cpp" line="148"/>
        <source>Wrote {1} ({2}×{3} px, features: {4}, labels: {5}).</source>
        <translation>{1} geschrieben ({2}×{3} px, Objekte: {4}, Beschriftungen: {5}).</translation>
    </message>
    <message>
        <source>Wrote {1} ({2}×{3} px, {4} features, {5} labels).</source>
        <translation type="vanished">{1} geschrieben ({2}×{3} px, Objekte: {4}, Beschriftungen: {5}).</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="306"/>
        <source>{1}: the file is empty (0 bytes)</source>
        <translation>{1}: die Datei ist leer (0 Bytes)</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="313"/>
        <source>{1}: VRT files are not read (a VRT can point at other files and at network sources); import its source file instead</source>
        <translation>{1}: VRT-Dateien werden nicht gelesen (eine VRT-Datei kann auf andere Dateien und auf Netzwerkquellen verweisen); importieren Sie stattdessen ihre Quelldatei</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="350"/>
        <source>{1}: found no geometry columns (expected lat/lon, x/y, Breite/Länge or a WKT column) in the header: {2}</source>
        <translation>{1}: keine Geometriespalten in der Kopfzeile gefunden (erwartet: lat/lon, x/y, Breite/Länge oder eine WKT-Spalte): {2}</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="400"/>
        <source>{1}: the file is UTF-16 text; save it as UTF-8</source>
        <translation>{1}: die Datei ist UTF-16-Text; bitte als UTF-8 speichern</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="406"/>
        <source>{1}: not a readable vector file (format not recognised)</source>
        <translation>{1}: keine lesbare Vektordatei (Format nicht erkannt)</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="409"/>
        <source>{1}: not a readable vector file ({2})</source>
        <translation>{1}: keine lesbare Vektordatei ({2})</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="416"/>
        <source>{1}: the file holds no vector layer</source>
        <translation>{1}: die Datei enthält keinen Vektorlayer</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_render.cpp" line="78"/>
        <location filename="../src/geo/geopackage.cpp" line="247"/>
        <location filename="../src/geo/input_source.cpp" line="422"/>
        <location filename="../src/render/map_content.cpp" line="73"/>
        <source>{1}: no layer named &apos;{2}&apos;</source>
        <translation>{1}: kein Layer namens &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/geo/input_source.cpp" line="433"/>
        <source>{1}: the file holds several layers ({2}); choose one with --source-layer</source>
        <translation>{1}: die Datei enthält mehrere Layer ({2}); wählen Sie einen mit --source-layer aus</translation>
    </message>
    <message>
        <source>{1}: the file holds {2} layers ({3}); choose one with --source-layer</source>
        <translation type="vanished">{1}: die Datei enthält {2} Layer ({3}); wählen Sie einen mit --source-layer aus</translation>
    </message>
    <message>
        <location filename="../src/geo/table_reader.cpp" line="25"/>
        <source>{1}: cannot read the table ({2})</source>
        <translation>{1}: die Tabelle kann nicht gelesen werden ({2})</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_region.cpp" line="33"/>
        <source>{1}: the bundled region data is missing (set RRW_DATA_DIR or --data-dir)</source>
        <translation>{1}: die mitgelieferten Regionsdaten fehlen (RRW_DATA_DIR oder --data-dir setzen)</translation>
    </message>
    <message>
        <location filename="../src/core/json_file.cpp" line="17"/>
        <location filename="../src/store/bundled_region.cpp" line="40"/>
        <location filename="../ui/slide_painter.cpp" line="114"/>
        <source>{1}: not valid JSON ({2})</source>
        <translation>{1}: kein gültiges JSON ({2})</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_index.cpp" line="60"/>
        <location filename="../src/cli/sector_csv.cpp" line="167"/>
        <location filename="../src/store/bundled_indicators.cpp" line="55"/>
        <location filename="../src/store/bundled_region.cpp" line="56"/>
        <location filename="../src/store/indicator_import.cpp" line="131"/>
        <location filename="../src/store/supply_rows.cpp" line="118"/>
        <source>{1}: row {2}, column &apos;{3}&apos;: &apos;{4}&apos; is not a number</source>
        <translation>{1}: Zeile {2}, Spalte &apos;{3}&apos;: &apos;{4}&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_region.cpp" line="272"/>
        <location filename="../src/store/project.cpp" line="17"/>
        <source>{1}: the file already exists (use --force to replace it)</source>
        <translation>{1}: die Datei existiert bereits (mit --force ersetzen)</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_region.cpp" line="303"/>
        <source>{1}: cannot move the new project into place ({2})</source>
        <translation>{1}: das neue Projekt kann nicht an seinen Zielort verschoben werden ({2})</translation>
    </message>
    <message>
        <location filename="../src/store/region_repository.cpp" line="46"/>
        <location filename="../src/store/region_repository.cpp" line="68"/>
        <source>{1}: &apos;{2}&apos; refers to a region that does not exist</source>
        <translation>{1}: &apos;{2}&apos; verweist auf eine nicht vorhandene Gebietseinheit</translation>
    </message>
    <message>
        <location filename="../src/store/region_repository.cpp" line="22"/>
        <source>region {1}: unknown level &apos;{2}&apos;</source>
        <translation>Gebietseinheit {1}: unbekannte Verwaltungsebene &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/schema.cpp" line="402"/>
        <source>{1}: the project was written by a newer rrw (schema {2}; this version reads up to {3})</source>
        <translation>{1}: das Projekt wurde von einer neueren rrw-Version geschrieben (Schema {2}; diese Version liest bis Schema {3})</translation>
    </message>
    <message>
        <source>database error while {1}: {2}</source>
        <translation type="vanished">Datenbankfehler ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../src/store/sqlite.cpp" line="11"/>
        <location filename="../src/store/sqlite.cpp" line="111"/>
        <source>database error: {1}</source>
        <translation>Datenbankfehler: {1}</translation>
    </message>
    <message>
        <location filename="../src/store/sqlite.cpp" line="27"/>
        <source>SQL text holds more than one statement: {1}</source>
        <translation>Der SQL-Text enthält mehr als eine Anweisung: {1}</translation>
    </message>
    <message>
        <location filename="../src/geo/layer_reader.cpp" line="142"/>
        <source>layer &apos;{1}&apos; has no field &apos;{2}&apos;</source>
        <translation>der Layer &apos;{1}&apos; hat kein Feld &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/geo/feature_attributes.cpp" line="93"/>
        <location filename="../src/geo/layer_reader.cpp" line="199"/>
        <source>layer &apos;{1}&apos; cannot be read ({2})</source>
        <translation>der Layer &apos;{1}&apos; kann nicht gelesen werden ({2})</translation>
    </message>
    <message>
        <location filename="../src/geo/feature_attributes.cpp" line="112"/>
        <source>layer &apos;{1}&apos; has no feature with the id {2}</source>
        <translation>der Layer &apos;{1}&apos; hat kein Objekt mit der ID {2}</translation>
    </message>
    <message>
        <location filename="../src/render/furniture.cpp" line="49"/>
        <location filename="../ui/slide_painter.cpp" line="171"/>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <location filename="../src/render/map_export.cpp" line="33"/>
        <source>{1}: unknown map format (use .png, .svg or .pdf)</source>
        <translation>{1}: unbekanntes Kartenformat (verwenden Sie .png, .svg oder .pdf)</translation>
    </message>
    <message>
        <location filename="../src/render/map_export.cpp" line="40"/>
        <source>{1}: map size {2}×{3} px at {4} dpi is out of range</source>
        <translation>{1}: die Kartengröße {2}×{3} px bei {4} dpi liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location filename="../src/render/map_export.cpp" line="105"/>
        <source>{1}: cannot write the map</source>
        <translation>{1}: die Karte kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../src/render/style.cpp" line="15"/>
        <source>{1}: style key &apos;{2}&apos;: {3}</source>
        <translation>{1}: Stilschlüssel &apos;{2}&apos;: {3}</translation>
    </message>
    <message>
        <location filename="../src/render/symbology.cpp" line="63"/>
        <source>layer &apos;{1}&apos;: the style needs a numeric field &apos;{2}&apos;</source>
        <translation>Layer &apos;{1}&apos;: der Stil benötigt ein numerisches Feld &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/render/symbology.cpp" line="86"/>
        <source>layer &apos;{1}&apos;: the manual class limits do not fit ({2})</source>
        <translation>Layer &apos;{1}&apos;: die manuellen Klassengrenzen passen nicht ({2})</translation>
    </message>
    <message>
        <location filename="../src/render/qgis_style.cpp" line="347"/>
        <location filename="../src/render/symbology.cpp" line="226"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_engine.cpp" line="140"/>
        <source>The values have no column for indicator {1}.</source>
        <translation>Die Werte enthalten keine Spalte für den Indikator {1}.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/bbk_matrix.cpp" line="25"/>
        <location filename="../src/analysis/risk/index_model.cpp" line="21"/>
        <location filename="../src/store/bbk_repository.cpp" line="62"/>
        <source>{1}: {2} needs the text field &quot;{3}&quot;.</source>
        <translation>{1}: {2} benötigt das Textfeld &quot;{3}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/bbk_matrix.cpp" line="38"/>
        <source>{1}: scenario number {2} is not an object.</source>
        <translation>{1}: Szenario Nr. {2} ist kein Objekt.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/bbk_matrix.cpp" line="52"/>
        <source>{1}: scenario {2}: the likelihood &quot;{3}&quot; is not one of A, B, C, D, E.</source>
        <translation>{1}: Szenario {2}: die Eintrittswahrscheinlichkeit &quot;{3}&quot; ist keine der Klassen A, B, C, D, E.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/bbk_matrix.cpp" line="64"/>
        <location filename="../src/store/bbk_repository.cpp" line="76"/>
        <source>{1}: scenario {2} has the unknown damage parameter &quot;{3}&quot; (known: people, environment, economy, supply, immaterial).</source>
        <translation>{1}: Szenario {2} hat den unbekannten Schadensparameter &quot;{3}&quot; (bekannt: people, environment, economy, supply, immaterial).</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/bbk_matrix.cpp" line="74"/>
        <location filename="../src/store/bbk_repository.cpp" line="85"/>
        <source>{1}: scenario {2} needs the extent class of &quot;{3}&quot; as a whole number from 1 to 5.</source>
        <translation>{1}: Szenario {2} braucht die Schadensausmaßklasse von &quot;{3}&quot; als ganze Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/bbk_matrix.cpp" line="98"/>
        <source>{1}: the scenario id &quot;{2}&quot; appears more than once.</source>
        <translation>{1}: die Szenario-ID &quot;{2}&quot; kommt mehrfach vor.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/bbk_matrix.cpp" line="133"/>
        <location filename="../src/analysis/risk/index_model.cpp" line="34"/>
        <source>{1}: the weight of {2} must be a number of at least 0.</source>
        <translation>{1}: das Gewicht ({2}) muss eine Zahl größer oder gleich 0 sein.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/bbk_matrix.cpp" line="153"/>
        <source>The weights of the parameters of scenario {1} sum to 0.</source>
        <translation>Die Gewichte der Parameter von Szenario {1} ergeben zusammen 0.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="48"/>
        <source>{1}: {2} has the unknown aggregation &quot;{3}&quot;.</source>
        <translation>{1}: {2} hat die unbekannte Aggregation &quot;{3}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/bbk_matrix.cpp" line="89"/>
        <location filename="../src/analysis/risk/index_model.cpp" line="56"/>
        <location filename="../src/store/bundled_planning.cpp" line="21"/>
        <location filename="../src/store/bundled_planning.cpp" line="80"/>
        <location filename="../src/store/bundled_region.cpp" line="238"/>
        <location filename="../src/store/bundled_slides.cpp" line="74"/>
        <source>{1}: {2} needs a non-empty list &quot;{3}&quot;.</source>
        <translation>{1}: {2} benötigt eine nicht leere Liste &quot;{3}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="64"/>
        <source>{1}: indicator number {2} is not an object.</source>
        <translation>{1}: der Indikator Nr. {2} ist kein Objekt.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="76"/>
        <source>{1}: indicator {2} has the unknown direction &quot;{3}&quot;.</source>
        <translation>{1}: der Indikator {2} hat die unbekannte Richtung &quot;{3}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="93"/>
        <source>{1}: indicator {2} uses goalposts but has no &quot;goalposts&quot;: [low, high] with low &lt; high.</source>
        <translation>{1}: der Indikator {2} verwendet Zielwerte (Goalposts), hat aber kein &quot;goalposts&quot;: [low, high] mit low &lt; high.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="102"/>
        <source>{1}: indicator {2} has the unknown normalisation &quot;{3}&quot;.</source>
        <translation>{1}: der Indikator {2} hat die unbekannte Normalisierung &quot;{3}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="115"/>
        <source>{1}: the index model must be a JSON object.</source>
        <translation>{1}: das Indexmodell muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="124"/>
        <source>{1}: indicator {2} is defined twice.</source>
        <translation>{1}: der Indikator {2} ist doppelt definiert.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="135"/>
        <source>{1}: group number {2} is not an object.</source>
        <translation>{1}: die Gruppe Nr. {2} ist kein Objekt.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="148"/>
        <source>{1}: group {2} names the unknown indicator {3}.</source>
        <translation>{1}: die Gruppe {2} nennt den unbekannten Indikator {3}.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="153"/>
        <source>{1}: group {2} names indicator {3} twice.</source>
        <translation>{1}: die Gruppe {2} nennt den Indikator {3} doppelt.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="161"/>
        <source>{1}: the weights of the members of group {2} are all 0.</source>
        <translation>{1}: die Gewichte aller Mitglieder der Gruppe {2} sind 0.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="167"/>
        <source>{1}: group {2} is defined twice.</source>
        <translation>{1}: die Gruppe {2} ist doppelt definiert.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="175"/>
        <source>{1}: the model needs an object &quot;top&quot;.</source>
        <translation>{1}: das Modell benötigt ein Objekt &quot;top&quot;.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="185"/>
        <source>{1}: the top level names the unknown group {2}.</source>
        <translation>{1}: die oberste Ebene nennt die unbekannte Gruppe {2}.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="189"/>
        <source>{1}: the top level names group {2} twice.</source>
        <translation>{1}: die oberste Ebene nennt die Gruppe {2} doppelt.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="197"/>
        <source>{1}: the weights of the top-level groups are all 0.</source>
        <translation>{1}: die Gewichte aller Gruppen der obersten Ebene sind 0.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="208"/>
        <source>{1}: &quot;scale&quot; must be [low, high] with low &lt; high.</source>
        <translation>{1}: &quot;scale&quot; muss [low, high] mit low &lt; high sein.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="222"/>
        <source>{1}: the missing-value treatment &quot;{2}&quot; is unknown (exclude or mean).</source>
        <translation>{1}: die Behandlung fehlender Werte &quot;{2}&quot; ist unbekannt (exclude oder mean).</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="250"/>
        <source>The value of indicator {2} for region {1} is infinite.</source>
        <translation>Der Wert des Indikators {2} für die Region {1} ist unendlich.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/index_model.cpp" line="256"/>
        <source>Region {1} has two values for indicator {2}.</source>
        <translation>Die Region {1} hat zwei Werte für den Indikator {2}.</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/uncertainty.cpp" line="66"/>
        <source>The number of samples must be at least 1.</source>
        <translation>Die Anzahl der Stichproben muss mindestens 1 sein.</translation>
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
        <translation type="vanished">Aufruf: rrw-cli score PROJECT.gpkg [--hazard H] [--samples N] [--seed S] [--level district|municipality] [--json]

Wendet eines der Indexmodelle des Projekts (Standard: all_hazards) auf den jeweils neuesten Wert
jedes Indikators für alle Gebietseinheiten der Ebene an (Standard: district = Kreise und okresy)
und bildet eine Rangfolge; Rang 1 = höchstes Risiko. Mit --samples liefert eine Monte-Carlo-
Simulation 5–95-%-Rangintervalle. Der Lauf wird mit Modell und Eingangsdaten im Projekt gespeichert.

  --hazard H     das auszuführende Modell (die Liste nennt die Fehlermeldung, wenn es unbekannt ist)
  --samples N    Monte-Carlo-Stichproben (z. B. 1000)
  --seed S       Startwert der Monte-Carlo-Simulation (Standard 1)
  --level L      district (Kreis/okres) oder municipality (Gemeinde/obec)
  --json         maschinenlesbares Ergebnis</translation>
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
        <translation type="vanished">Aufruf: rrw-cli score PROJECT.gpkg [--hazard H] [--samples N] [--seed S] [--level district|municipality] [--json]

Wendet eines der Indexmodelle des Projekts (Standard: all_hazards) auf den jeweils neuesten Wert
jedes Indikators für alle Gebietseinheiten der Ebene an (Standard: district = Kreise und okresy)
und bildet eine Rangfolge; Rang 1 = höchstes Risiko. Mit --samples liefert eine Monte-Carlo-
Simulation 5–95-%-Rangintervalle. Der Lauf wird mit Modell und Eingangsdaten im Projekt gespeichert.

  --hazard H     das auszuführende Modell (die Liste nennt die Fehlermeldung, wenn es unbekannt ist)
  --samples N    Monte-Carlo-Stichproben (z. B. 1000)
  --seed S       Startwert der Monte-Carlo-Simulation (Standard 1)
  --level L      district (Kreis/okres) oder municipality (Gemeinde/obec)
  --explain R    zusätzlich den Wert der Gebietseinheit R in Gruppen und Indikatoren zerlegen („warum“)
  --json         maschinenlesbares Ergebnis</translation>
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
        <translation>Aufruf: rrw-cli score PROJECT.gpkg [--hazard H] [--samples N] [--seed S] [--level district|municipality] [--json]

Wendet eines der Indexmodelle des Projekts (Standard: all_hazards) auf den jeweils neuesten Wert
jedes Indikators für alle Gebietseinheiten der Ebene an (Standard: district = Kreise und okresy)
und bildet eine Rangfolge; Rang 1 = höchstes Risiko. Mit --samples liefert eine Monte-Carlo-
Simulation 5–95-%-Rangintervalle. Der Lauf wird mit Modell und Eingangsdaten im Projekt gespeichert.
Eine mit * markierte Gebietseinheit hat einen Indexwert, in den synthetische Beispielwerte
einfließen (für sie gibt es keine offenen Daten); die Fußnote nennt diese Indikatoren.

  --hazard H     das auszuführende Modell; das mitgelieferte Projekt enthält all_hazards (Standard),
                 border_closure, supply_chain, energy_price, pandemic, flood_heavy_rain,
                 drought_forest und skilled_labour
  --samples N    Monte-Carlo-Stichproben (z. B. 1000)
  --seed S       Startwert der Monte-Carlo-Simulation (Standard 1)
  --level L      district (Kreis/okres) oder municipality (Gemeinde/obec)
  --explain R    zusätzlich den Wert der Gebietseinheit R in Gruppen und Indikatoren zerlegen („warum“)
  --json         maschinenlesbares Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_repository.cpp" line="152"/>
        <source>{1}: no index model &apos;{2}&apos; (the project has: {3})</source>
        <translation>{1}: kein Indexmodell &apos;{2}&apos; (das Projekt enthält: {3})</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_score.cpp" line="103"/>
        <location filename="../src/store/swot_proposals.cpp" line="24"/>
        <location filename="../ui/score_job.cpp" line="26"/>
        <source>{1}: the project has no indicator values at level &apos;{2}&apos;</source>
        <translation>{1}: das Projekt enthält keine Indikatorwerte auf der Ebene &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_score.cpp" line="195"/>
        <source>* the score uses synthetic demo values (not real data) for: {1}</source>
        <translation>* der Indexwert verwendet synthetische Beispielwerte (keine realen Daten) für: {1}</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_repository.cpp" line="39"/>
        <source>{1}: &apos;{2}&apos; refers to a region or indicator that does not exist</source>
        <translation>{1}: &apos;{2}&apos; verweist auf eine Gebietseinheit oder einen Indikator, die es nicht gibt</translation>
    </message>
    <message>
        <location filename="../src/analysis/risk/explain.cpp" line="59"/>
        <location filename="../src/cli/cmd_swot.cpp" line="110"/>
        <source>no values for the region &apos;{1}&apos;</source>
        <translation>keine Werte für die Gebietseinheit &apos;{1}&apos;</translation>
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
        <translation type="vanished">Aufruf: rrw-cli matrix --scenarios FILE.json [--aggregation mean|max] [--json]

Ordnet Szenarien in die 5×5-Risikomatrix der BBK-Methode ein (BBK 2010): Eintrittswahr-
scheinlichkeit A–E (A = sehr unwahrscheinlich … E = sehr wahrscheinlich) gegen Schadensausmaß
1–5, zusammengefasst aus den Schadensparametern Mensch, Umwelt, Volkswirtschaft, Versorgung und
Immateriell. Risikostufe nach Wahrscheinlichkeitsindex (A=1..E=5) × Ausmaß: bis 4 gering,
5–9 mittel, 10–15 hoch, ab 16 sehr hoch.

  --scenarios FILE   die Szenarien (JSON; siehe data/indicators/bbk_scenarios.json)
  --aggregation A    mean (Standard: gleich gewichteter Mittelwert, kaufmännisch gerundet) oder max
  --json             maschinenlesbares Ergebnis</translation>
    </message>
    <message>
        <source>--scenarios is required</source>
        <translation type="vanished">--scenarios ist erforderlich</translation>
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
        <translation>Aufruf: rrw-cli matrix PROJECT.gpkg [--aggregation mean|max] [--json]
        rrw-cli matrix PROJECT.gpkg --set ID [--likelihood A-E] [--extent P=C,...] [--assessment TEXT] [--json]
        rrw-cli matrix --scenarios FILE.json [--aggregation mean|max] [--json]

Ordnet Szenarien in die 5×5-Risikomatrix der BBK-Methode ein (BBK 2010): Eintrittswahr-
scheinlichkeit A–E (A = sehr unwahrscheinlich … E = sehr wahrscheinlich) gegen Schadensausmaß
1–5, zusammengefasst aus den Schadensparametern Mensch (people), Umwelt (environment),
Volkswirtschaft (economy), Versorgung (supply) und Immateriell (immaterial). Risikostufe nach
Wahrscheinlichkeitsindex (A=1..E=5) × Ausmaß: bis 4 gering, 5–9 mittel, 10–15 hoch, ab 16 sehr hoch.

Die Szenarien sind die des Projekts (ein neues Projekt enthält die Szenarien des Programms als
Schätzungen für den Workshop) oder die einer JSON-Datei. --set ändert ein gespeichertes Szenario
und zeigt die Matrix an.

  --scenarios FILE   die Szenarien einer Datei (JSON; siehe data/indicators/bbk_scenarios.json)
  --aggregation A    mean (Standard: gleich gewichteter Mittelwert, kaufmännisch gerundet) oder max
  --set ID           das zu ändernde gespeicherte Szenario
  --likelihood L     seine neue Klasse der Eintrittswahrscheinlichkeit, A bis E
  --extent P=C,...   neue Schadensausmaßklassen 1–5 einzelner Parameter, z. B. people=3,economy=4
  --assessment TEXT  wie die Klassen festgelegt wurden (z. B. Workshop vom 12. Mai 2026)
  --json             maschinenlesbares Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="109"/>
        <source>--extent: unknown damage parameter &apos;{1}&apos; (known: people, environment, economy, supply, immaterial)</source>
        <translation>--extent: unbekannter Schadensparameter &apos;{1}&apos; (bekannt: people, environment, economy, supply, immaterial)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="116"/>
        <source>--extent: the class of {1} must be a whole number from 1 to 5, not &apos;{2}&apos;</source>
        <translation>--extent: die Klasse von {1} muss eine ganze Zahl von 1 bis 5 sein, nicht &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="125"/>
        <source>--extent needs PARAMETER=CLASS, e.g. people=3</source>
        <translation>--extent erwartet PARAMETER=CLASS, z. B. people=3</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="134"/>
        <source>--set needs at least one of --likelihood, --extent, --assessment</source>
        <translation>--set erfordert mindestens eine der Optionen --likelihood, --extent, --assessment</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="144"/>
        <location filename="../src/cli/cmd_measures.cpp" line="94"/>
        <location filename="../src/cli/cmd_tows.cpp" line="75"/>
        <location filename="../src/cli/planning_format.cpp" line="40"/>
        <source>{1} must be one of {2}, not &apos;{3}&apos;</source>
        <translation>{1} muss einer der Werte {2} sein, nicht &apos;{3}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="160"/>
        <source>{1}: there is no BBK scenario &apos;{2}&apos; (the project has: {3})</source>
        <translation>{1}: es gibt kein BBK-Szenario &apos;{2}&apos; (das Projekt enthält: {3})</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="190"/>
        <source>give either PROJECT.gpkg or --scenarios FILE.json</source>
        <translation>geben Sie entweder PROJECT.gpkg oder --scenarios FILE.json an</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="195"/>
        <source>--likelihood, --extent and --assessment need --set ID</source>
        <translation>--likelihood, --extent und --assessment erfordern --set ID</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="200"/>
        <source>--set changes a project&apos;s scenarios: give PROJECT.gpkg</source>
        <translation>--set ändert die Szenarien eines Projekts: geben Sie PROJECT.gpkg an</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="205"/>
        <source>--aggregation must be mean or max</source>
        <translation>--aggregation muss mean oder max sein</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_matrix.cpp" line="221"/>
        <source>{1}: the project has no BBK scenarios</source>
        <translation>{1}: das Projekt enthält keine BBK-Szenarien</translation>
    </message>
    <message>
        <location filename="../src/analysis/swot/suggestions.cpp" line="108"/>
        <source>the SWOT threshold must be a positive number, not {1}</source>
        <translation>der SWOT-Schwellenwert muss eine positive Zahl sein, nicht {1}</translation>
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
        <translation>Aufruf: rrw-cli swot &lt;Unterbefehl&gt; PROJECT.gpkg [Optionen]

Das SWOT-Register eines Projekts: Stärken (S), Schwächen (W), Chancen (O) und Risiken (T)
je Gebietseinheit oder für den gesamten grenzüberschreitenden Raum, auf Deutsch und Tschechisch.

Unterbefehle:
  suggest   Stärken und Schwächen aus den Indikatoren des Projekts vorschlagen
  accept    einen Vorschlag als SWOT-Eintrag speichern (mit dem Indikator als Beleg)
  reject    einen Vorschlag ablehnen (er wird nicht erneut vorgeschlagen)
  list      die SWOT-Einträge auflisten
  add       einen SWOT-Eintrag hinzufügen
  move      einen Eintrag in eine andere Kategorie oder an eine andere Position verschieben
  delete    einen Eintrag mit seinen Belegen löschen

&apos;rrw-cli swot &lt;Unterbefehl&gt; --help&apos; beschreibt einen Unterbefehl.</translation>
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
        <translation>Aufruf: rrw-cli swot suggest PROJECT.gpkg [--region CODE] [--threshold T] [--json]

Schlägt für jeden Kreis und jeden okres Stärken (S) und Schwächen (W) aus dem jeweils neuesten Wert
jedes Indikators des Projekts vor: Ein Wert, der mindestens T Standardabweichungen günstiger ist
als der grenzüberschreitende Mittelwert aller Kreise und okresy mit einem Wert, ist eine Stärke,
mindestens T ungünstiger eine Schwäche. Indikatoren mit weniger als 3 Werten oder ohne Streuung
ergeben keine Vorschläge. Die Vorschläge sind anzunehmen oder abzulehnen, keine Befunde. Die
Texte stehen auf Deutsch und Tschechisch.

  --region CODE  nur die Vorschläge für diese Gebietseinheit (z. B. CZ0413)
  --threshold T  Standardabweichungen vom Mittelwert (Standard 1)
  --json         maschinenlesbares Ergebnis</translation>
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
        <translation>Aufruf: rrw-cli swot accept|reject PROJECT.gpkg --region CODE --indicator ID [--threshold T] [--author NAME] [--json]

Entscheidet über einen Vorschlag von &apos;rrw-cli swot suggest&apos; (gleiche Regel, gleicher
Schwellenwert). accept speichert ihn als SWOT-Eintrag (Herkunft &quot;suggestion&quot;, Bedeutung 3, mit
deutschem und tschechischem Text) mit dem Indikator, seinem Wert, dem grenzüberschreitenden
Mittelwert und dem z-Wert als Beleg; reject hält die Ablehnung fest. In beiden Fällen wird der
Vorschlag nicht erneut unterbreitet.

  --region CODE    die Gebietseinheit des Vorschlags (z. B. CZ0413)
  --indicator ID   der Indikator des Vorschlags (z. B. unemployment_rate)
  --threshold T    Standardabweichungen vom Mittelwert (Standard 1)
  --author NAME    wer entschieden hat
  --json           maschinenlesbares Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot.cpp" line="87"/>
        <source>--threshold must be a positive number, not &apos;{1}&apos;</source>
        <translation>--threshold muss eine positive Zahl sein, nicht &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot.cpp" line="168"/>
        <location filename="../src/cli/cmd_swot_items.cpp" line="154"/>
        <location filename="../src/cli/cmd_swot_items.cpp" line="190"/>
        <location filename="../src/cli/cmd_tows.cpp" line="142"/>
        <source>--{1} is required</source>
        <translation>--{1} ist erforderlich</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot.cpp" line="180"/>
        <source>{1}: there is no suggestion for the region &apos;{2}&apos; and the indicator &apos;{3}&apos; at threshold {4} (see rrw-cli swot suggest)</source>
        <translation>{1}: es gibt keinen Vorschlag für die Gebietseinheit &apos;{2}&apos; und den Indikator &apos;{3}&apos; beim Schwellenwert {4} (siehe rrw-cli swot suggest)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot.cpp" line="196"/>
        <source>Accepted: {1} for {2} / {3} is now SWOT item {4}.</source>
        <translation>Angenommen: {1} für {2} / {3} ist jetzt SWOT-Eintrag {4}.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot.cpp" line="215"/>
        <source>Rejected: {1} for {2} / {3} will not be proposed again.</source>
        <translation>Abgelehnt: {1} für {2} / {3} wird nicht erneut vorgeschlagen.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot.cpp" line="230"/>
        <source>expected a subcommand: suggest, accept, reject, list, add, move, delete</source>
        <translation>ein Unterbefehl wird erwartet: suggest, accept, reject, list, add, move, delete</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot.cpp" line="255"/>
        <source>unknown subcommand &apos;{1}&apos; (known: suggest, accept, reject, list, add, move, delete)</source>
        <translation>unbekannter Unterbefehl &apos;{1}&apos; (bekannt: suggest, accept, reject, list, add, move, delete)</translation>
    </message>
    <message>
        <source>expected a subcommand: suggest</source>
        <translation type="vanished">ein Unterbefehl wird erwartet: suggest</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;{1}&apos; (known: suggest)</source>
        <translation type="vanished">unbekannter Unterbefehl &apos;{1}&apos; (bekannt: suggest)</translation>
    </message>
    <message>
        <source>usage: rrw-cli measures list PROJECT.gpkg [--status idea|planned|in_progress|done] [--json]

Lists the project&apos;s measures by id, one per line: id, status, German title, Czech title. A new
project starts with the partners&apos; measure ideas (data/indicators/measures.json, status idea).

  --status S   only the measures with this status
  --json       machine-readable result (with descriptions and sources)</source>
        <translation type="vanished">Aufruf: rrw-cli measures list PROJECT.gpkg [--status idea|planned|in_progress|done] [--json]

Listet die Maßnahmen des Projekts nach ID auf, eine je Zeile: ID, Status, deutscher Titel,
tschechischer Titel. Ein neues Projekt beginnt mit den Maßnahmenideen der Partner
(data/indicators/measures.json, Status idea).

  --status S   nur die Maßnahmen mit diesem Status
  --json       maschinenlesbares Ergebnis (mit Beschreibungen und Quellen)</translation>
    </message>
    <message>
        <source>expected a subcommand: list</source>
        <translation type="vanished">ein Unterbefehl wird erwartet: list</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;{1}&apos; (known: list)</source>
        <translation type="vanished">unbekannter Unterbefehl &apos;{1}&apos; (bekannt: list)</translation>
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
        <translation>Aufruf: rrw-cli swot list PROJECT.gpkg [--region CODE | --area] [--category S|W|O|T] [--json]

Listet die SWOT-Einträge nach Gebietseinheit (zuerst der grenzüberschreitende Raum), Kategorie
(S, W, O, T) und Position auf, einen je Zeile: ID, Gebietseinheit, Kategorie, Bedeutung (1-5),
deutscher Text, tschechischer Text, Belege (Art:Verweis).

  --region CODE   nur die Einträge dieser Gebietseinheit (z. B. DE24D)
  --area          nur die Einträge des gesamten grenzüberschreitenden Raums
  --category C    nur Stärken (S), Schwächen (W), Chancen (O) oder Risiken (T)
  --json          maschinenlesbares Ergebnis</translation>
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
        <translation>Aufruf: rrw-cli swot add PROJECT.gpkg --category S|W|O|T [--text-de TEXT] [--text-cs TEXT] [--region CODE] [--importance N] [--author NAME] [--evidence KIND:REF]... [--json]

Fügt einen SWOT-Eintrag am Ende seines Quadranten hinzu. Ein deutscher oder ein tschechischer
Text ist erforderlich; geben Sie nach Möglichkeit beide an.

  --category C        S (Stärke), W (Schwäche), O (Chance) oder T (Risiko)
  --text-de TEXT      der deutsche Text
  --text-cs TEXT      der tschechische Text
  --region CODE       die Gebietseinheit (Standard: der gesamte grenzüberschreitende Raum)
  --importance N      1 (gering) bis 5 (entscheidend), Standard 3
  --author NAME       wer den Eintrag verfasst hat
  --evidence K:REF    was ihn belegt, wiederholbar: indicator:ID, layer:NAME, index_run:ID,
                      bbk_scenario:ID (jeweils im Projekt vorhanden) oder source:TEXT
  --json              maschinenlesbares Ergebnis</translation>
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
        <translation>Aufruf: rrw-cli swot move PROJECT.gpkg ID --category S|W|O|T [--position N] [--json]

Verschiebt den SWOT-Eintrag ID in eine andere Kategorie (oder innerhalb seiner eigenen) derselben
Gebietseinheit an Position N (Standard: ans Ende); die Einträge ab N rücken um eins nach unten.
Eine Kategorie, die zu einer verknüpften TOWS-Strategie nicht passt, wird abgelehnt.

  --category C   die neue Kategorie
  --position N   die neue Position, 1 = erste
  --json         maschinenlesbares Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot_items.cpp" line="59"/>
        <source>usage: rrw-cli swot delete PROJECT.gpkg ID [--json]

Deletes SWOT item ID with its evidence and its links from TOWS strategies.

  --json   machine-readable result (the deleted item)</source>
        <translation>Aufruf: rrw-cli swot delete PROJECT.gpkg ID [--json]

Löscht den SWOT-Eintrag ID mit seinen Belegen und seinen Verknüpfungen zu TOWS-Strategien.

  --json   maschinenlesbares Ergebnis (der gelöschte Eintrag)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot_items.cpp" line="77"/>
        <source>--evidence must be KIND:REF (e.g. indicator:unemployment_rate), not &apos;{1}&apos;</source>
        <translation>--evidence muss die Form KIND:REF haben (z. B. indicator:unemployment_rate), nicht &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot_items.cpp" line="86"/>
        <source>--evidence: the kind &apos;{1}&apos; is not one of indicator, layer, index_run, source, bbk_scenario</source>
        <translation>--evidence: die Art &apos;{1}&apos; ist keine von indicator, layer, index_run, source, bbk_scenario</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot_items.cpp" line="114"/>
        <source>use either --region or --area, not both</source>
        <translation>verwenden Sie entweder --region oder --area, nicht beide</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot_items.cpp" line="127"/>
        <location filename="../src/store/swot_suggestion_repository.cpp" line="41"/>
        <source>{1}: the project has no region &apos;{2}&apos;</source>
        <translation>{1}: das Projekt enthält keine Gebietseinheit &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot_items.cpp" line="166"/>
        <source>--importance must be a whole number from 1 to 5, not &apos;{1}&apos;</source>
        <translation>--importance muss eine ganze Zahl von 1 bis 5 sein, nicht &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_swot_items.cpp" line="225"/>
        <source>Deleted SWOT item {1}.</source>
        <translation>SWOT-Eintrag {1} gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_tows.cpp" line="18"/>
        <source>usage: rrw-cli tows list|add|delete PROJECT.gpkg [options]

TOWS strategies (Weihrich 1982) of a project: SO uses strengths to seize opportunities, ST uses
strengths against threats, WO overcomes weaknesses with opportunities, WT limits weaknesses and
avoids threats. A strategy links SWOT items of its two categories and measures.

&apos;rrw-cli tows &lt;subcommand&gt; --help&apos; describes a subcommand.</source>
        <translation>Aufruf: rrw-cli tows list|add|delete PROJECT.gpkg [Optionen]

TOWS-Strategien (Weihrich 1982) eines Projekts: SO nutzt Stärken, um Chancen zu ergreifen, ST
setzt Stärken gegen Risiken ein, WO überwindet Schwächen mithilfe von Chancen, WT begrenzt
Schwächen und vermeidet Risiken. Eine Strategie verknüpft SWOT-Einträge ihrer beiden Kategorien
mit Maßnahmen.

&apos;rrw-cli tows &lt;Unterbefehl&gt; --help&apos; beschreibt einen Unterbefehl.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_tows.cpp" line="28"/>
        <source>usage: rrw-cli tows list PROJECT.gpkg [--kind SO|ST|WO|WT] [--json]

Lists the TOWS strategies by kind and id, one per line: id, kind, German title, Czech title,
linked SWOT items, linked measures.

  --kind K   only the strategies of this kind
  --json     machine-readable result</source>
        <translation>Aufruf: rrw-cli tows list PROJECT.gpkg [--kind SO|ST|WO|WT] [--json]

Listet die TOWS-Strategien nach Typ und ID auf, eine je Zeile: ID, Typ, deutscher Titel,
tschechischer Titel, verknüpfte SWOT-Einträge, verknüpfte Maßnahmen.

  --kind K   nur die Strategien dieses Typs
  --json     maschinenlesbares Ergebnis</translation>
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
        <translation>Aufruf: rrw-cli tows add PROJECT.gpkg --kind SO|ST|WO|WT [--title-de TEXT] [--title-cs TEXT] [--text-de TEXT] [--text-cs TEXT] [--items ID,ID...] [--measures ID,ID...] [--json]

Fügt eine TOWS-Strategie hinzu. Ein deutscher oder ein tschechischer Titel ist erforderlich. Die
SWOT-Einträge müssen zu den beiden Kategorien des Typs gehören (SO: S- und O-Einträge, ST: S und
T, WO: W und O, WT: W und T).

  --kind K          SO, ST, WO oder WT
  --title-de TEXT   der deutsche Titel
  --title-cs TEXT   der tschechische Titel
  --text-de TEXT    die deutsche Beschreibung
  --text-cs TEXT    die tschechische Beschreibung
  --items LIST      IDs der SWOT-Einträge, durch Kommas getrennt (siehe rrw-cli swot list)
  --measures LIST   IDs der Maßnahmen, durch Kommas getrennt (siehe rrw-cli measures list)
  --json            maschinenlesbares Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_tows.cpp" line="54"/>
        <source>usage: rrw-cli tows delete PROJECT.gpkg ID [--json]

Deletes TOWS strategy ID and its links (the SWOT items and measures stay).

  --json   machine-readable result (the deleted strategy)</source>
        <translation>Aufruf: rrw-cli tows delete PROJECT.gpkg ID [--json]

Löscht die TOWS-Strategie ID und ihre Verknüpfungen (die SWOT-Einträge und Maßnahmen bleiben
erhalten).

  --json   maschinenlesbares Ergebnis (die gelöschte Strategie)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_tows.cpp" line="178"/>
        <source>Deleted TOWS strategy {1}.</source>
        <translation>TOWS-Strategie {1} gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_tows.cpp" line="194"/>
        <source>expected a subcommand: list, add, delete</source>
        <translation>ein Unterbefehl wird erwartet: list, add, delete</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_tows.cpp" line="207"/>
        <source>unknown subcommand &apos;{1}&apos; (known: list, add, delete)</source>
        <translation>unbekannter Unterbefehl &apos;{1}&apos; (bekannt: list, add, delete)</translation>
    </message>
    <message>
        <location filename="../src/cli/planning_format.cpp" line="22"/>
        <source>{1} must be a positive whole number, not &apos;{2}&apos;</source>
        <translation>{1} muss eine positive ganze Zahl sein, nicht &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/planning_format.cpp" line="71"/>
        <source>cross-border area</source>
        <translation>grenzüberschreitender Raum</translation>
    </message>
    <message>
        <location filename="../src/cli/planning_format.cpp" line="116"/>
        <source>expected PROJECT.gpkg and the id of the entry</source>
        <translation>erwartet: PROJECT.gpkg und die ID des Eintrags</translation>
    </message>
    <message>
        <location filename="../src/store/bbk_repository.cpp" line="52"/>
        <source>BBK scenario &apos;{1}&apos;: the id must be 1 to 64 characters of A-Z, a-z, 0-9, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>BBK-Szenario &apos;{1}&apos;: die ID muss aus 1 bis 64 der Zeichen A-Z, a-z, 0-9, &apos;_&apos;, &apos;-&apos; und &apos;.&apos; bestehen</translation>
    </message>
    <message>
        <location filename="../src/store/bbk_repository.cpp" line="67"/>
        <source>BBK scenario &apos;{1}&apos;: the field {2} is not valid UTF-8</source>
        <translation>BBK-Szenario &apos;{1}&apos;: das Feld {2} ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../src/store/bbk_repository.cpp" line="155"/>
        <source>{1}: there is no BBK scenario &apos;{2}&apos;</source>
        <translation>{1}: es gibt kein BBK-Szenario &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/json_file.cpp" line="28"/>
        <source>{1}: {2}: the field &quot;{3}&quot; must be text</source>
        <translation>{1}: {2}: das Feld &quot;{3}&quot; muss Text sein</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_planning.cpp" line="30"/>
        <source>{1}: measure number {2} is not an object.</source>
        <translation>{1}: Maßnahme Nr. {2} ist kein Objekt.</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_planning.cpp" line="49"/>
        <source>{1}: the measure id &quot;{2}&quot; appears more than once.</source>
        <translation>{1}: die Maßnahmen-ID &quot;{2}&quot; kommt mehrfach vor.</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_planning.cpp" line="89"/>
        <source>{1}: organisation number {2} is not an object.</source>
        <translation>{1}: die Organisation Nr. {2} ist kein Objekt.</translation>
    </message>
    <message>
        <location filename="../src/store/measure_repository.cpp" line="64"/>
        <source>{1}: measure &apos;{2}&apos;: the owner &apos;{3}&apos; is not an organisation of the project</source>
        <translation>{1}: Maßnahme &apos;{2}&apos;: die verantwortliche Stelle &apos;{3}&apos; ist keine Organisation des Projekts</translation>
    </message>
    <message>
        <location filename="../src/store/measure_repository.cpp" line="70"/>
        <source>{1}: measure &apos;{2}&apos;: the review date &apos;{3}&apos; is not a calendar date written YYYY-MM-DD</source>
        <translation>{1}: Maßnahme &apos;{2}&apos;: der Überprüfungstermin &apos;{3}&apos; ist kein Kalenderdatum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../src/store/measure_repository.cpp" line="79"/>
        <source>measure &apos;{1}&apos;: the id must be 1 to 64 characters of A-Z, a-z, 0-9, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>Maßnahme &apos;{1}&apos;: die ID muss aus 1 bis 64 der Zeichen A-Z, a-z, 0-9, &apos;_&apos;, &apos;-&apos; und &apos;.&apos; bestehen</translation>
    </message>
    <message>
        <location filename="../src/store/measure_repository.cpp" line="85"/>
        <source>measure &apos;{1}&apos;: the field {2} is not valid UTF-8</source>
        <translation>Maßnahme &apos;{1}&apos;: das Feld {2} ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../src/store/measure_repository.cpp" line="95"/>
        <source>measure &apos;{1}&apos;: it needs a German or a Czech title</source>
        <translation>Maßnahme &apos;{1}&apos;: ein deutscher oder ein tschechischer Titel ist erforderlich</translation>
    </message>
    <message>
        <location filename="../src/store/measure_repository.cpp" line="98"/>
        <source>measure &apos;{1}&apos;: the status must be idea, planned, in_progress or done, not &apos;{2}&apos;</source>
        <translation>Maßnahme &apos;{1}&apos;: der Status muss idea, planned, in_progress oder done sein, nicht &apos;{2}&apos;</translation>
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
        <translation>Aufruf: rrw-cli measures list PROJECT.gpkg [--status idea|planned|in_progress|done]
                              [--owner ORG] [--json]
        rrw-cli measures set PROJECT.gpkg ID [--owner ORG|none] [--status S]
                              [--review YYYY-MM-DD|none] [--link-swot N] [--unlink-swot N]
                              [--link-risk KIND:ID] [--unlink-risk KIND:ID] [--json]

list: die Maßnahmen des Projekts nach ID, eine je Zeile: ID, Status, verantwortliche Stelle
(Kurzname), Überprüfungstermin, verknüpfte SWOT-Einträge, verknüpfte Risiken, deutscher Titel,
tschechischer Titel. Ein neues Projekt beginnt mit den Maßnahmenideen der Partner
(data/indicators/measures.json, Status idea, ohne verantwortliche Stelle).

set: ändert eine Maßnahme in einem Schritt (alles oder nichts). Die verantwortliche Stelle ist
die ID einer Organisation aus `rrw-cli actors list`, der Überprüfungstermin ein Kalenderdatum;
--link-swot/--unlink-swot erwarten die ID eines SWOT-Eintrags, --link-risk/--unlink-risk ein
Risiko KIND:ID mit KIND hazard_model (ein Indexmodell), bbk_scenario (ein BBK-Szenario) oder
supply_scenario (ein gespeichertes Lieferkettenszenario). Die Verknüpfungsoptionen können
wiederholt werden.

  --status S   (list) nur die Maßnahmen mit diesem Status
  --owner ORG  (list) nur die Maßnahmen dieser Organisation (&quot;none&quot;: ohne verantwortliche Stelle)
  --json       maschinenlesbares Ergebnis (mit Beschreibungen, Quellen und Verknüpfungen)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_measures.cpp" line="173"/>
        <source>nothing to change: give --owner, --status, --review or a --link/--unlink option</source>
        <translation>nichts zu ändern: geben Sie --owner, --status, --review oder eine Option --link/--unlink an</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_measures.cpp" line="182"/>
        <location filename="../src/store/measure_links.cpp" line="39"/>
        <location filename="../src/store/measure_repository.cpp" line="109"/>
        <source>{1}: there is no measure &apos;{2}&apos;</source>
        <translation>{1}: es gibt keine Maßnahme &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_measures.cpp" line="225"/>
        <source>expected a subcommand: list, set</source>
        <translation>ein Unterbefehl wird erwartet: list, set</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_measures.cpp" line="235"/>
        <source>unknown subcommand &apos;{1}&apos; (known: list, set)</source>
        <translation>unbekannter Unterbefehl &apos;{1}&apos; (bekannt: list, set)</translation>
    </message>
    <message>
        <location filename="../src/store/measure_repository.cpp" line="167"/>
        <source>{1}: the measure &apos;{2}&apos; exists already</source>
        <translation>{1}: die Maßnahme &apos;{2}&apos; ist bereits vorhanden</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="70"/>
        <location filename="../ui/commands/swot_commands.cpp" line="21"/>
        <source>{1}: there is no SWOT item {2}</source>
        <translation>{1}: es gibt keinen SWOT-Eintrag {2}</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="79"/>
        <source>SWOT item {1}: the category must be S, W, O or T, not &apos;{2}&apos;</source>
        <translation>SWOT-Eintrag {1}: die Kategorie muss S, W, O oder T sein, nicht &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="88"/>
        <location filename="../src/store/swot_repository.cpp" line="158"/>
        <source>SWOT item {1}: the field {2} is not valid UTF-8</source>
        <translation>SWOT-Eintrag {1}: das Feld {2} ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="95"/>
        <source>SWOT item {1}: it needs a German or a Czech text</source>
        <translation>SWOT-Eintrag {1}: ein deutscher oder ein tschechischer Text ist erforderlich</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="98"/>
        <source>a new SWOT item needs a German or a Czech text</source>
        <translation>ein neuer SWOT-Eintrag benötigt einen deutschen oder einen tschechischen Text</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="101"/>
        <source>SWOT item {1}: the importance must be a whole number from 1 to 5, not {2}</source>
        <translation>SWOT-Eintrag {1}: die Bedeutung muss eine ganze Zahl von 1 bis 5 sein, nicht {2}</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="108"/>
        <source>SWOT item {1}: the origin must be manual or suggestion, not &apos;{2}&apos;</source>
        <translation>SWOT-Eintrag {1}: die Herkunft muss manual oder suggestion sein, nicht &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="113"/>
        <source>SWOT item {1}: the project has no region &apos;{2}&apos;</source>
        <translation>SWOT-Eintrag {1}: das Projekt enthält keine Gebietseinheit &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="152"/>
        <source>SWOT item {1}: the evidence kind &apos;{2}&apos; is not one of indicator, layer, index_run, source, bbk_scenario</source>
        <translation>SWOT-Eintrag {1}: die Belegart &apos;{2}&apos; ist keine von indicator, layer, index_run, source, bbk_scenario</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="163"/>
        <source>SWOT item {1}: the evidence {2} needs a reference</source>
        <translation>SWOT-Eintrag {1}: der Beleg {2} benötigt einen Verweis</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="168"/>
        <source>SWOT item {1}: the evidence {2}:{3} refers to nothing in the project (no such {2})</source>
        <translation>SWOT-Eintrag {1}: der Beleg {2}:{3} verweist auf nichts im Projekt ({2} mit dieser Kennung nicht vorhanden)</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="181"/>
        <source>SWOT item {1} already has the evidence {2}:{3}</source>
        <translation>SWOT-Eintrag {1} hat bereits den Beleg {2}:{3}</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="188"/>
        <source>{1}: the SWOT evidence {2} exists already</source>
        <translation>{1}: der SWOT-Beleg {2} ist bereits vorhanden</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="227"/>
        <source>SWOT item {1} cannot become {2}: the TOWS strategy {3} links it, and strategies of kind {4} pair only {5} with {6} items</source>
        <translation>SWOT-Eintrag {1} kann nicht in die Kategorie {2} wechseln: die TOWS-Strategie {3} verknüpft ihn, und Strategien vom Typ {4} kombinieren nur {5}- mit {6}-Einträgen</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="368"/>
        <source>SWOT item {1}: the position must be 1 or more, not {2}</source>
        <translation>SWOT-Eintrag {1}: die Position muss 1 oder größer sein, nicht {2}</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="423"/>
        <source>{1}: the SWOT item {2} exists already</source>
        <translation>{1}: der SWOT-Eintrag {2} ist bereits vorhanden</translation>
    </message>
    <message>
        <location filename="../src/store/swot_repository.cpp" line="477"/>
        <source>{1}: there is no SWOT evidence {2}</source>
        <translation>{1}: es gibt keinen SWOT-Beleg {2}</translation>
    </message>
    <message>
        <location filename="../src/store/swot_suggestion_repository.cpp" line="35"/>
        <source>the suggestion for {1} / {2} has the category &apos;{3}&apos;; suggestions are S or W</source>
        <translation>der Vorschlag für {1} / {2} hat die Kategorie &apos;{3}&apos;; Vorschläge sind S oder W</translation>
    </message>
    <message>
        <location filename="../src/store/swot_suggestion_repository.cpp" line="47"/>
        <source>{1}: the project has no indicator &apos;{2}&apos;</source>
        <translation>{1}: das Projekt enthält keinen Indikator &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/swot_suggestion_repository.cpp" line="51"/>
        <source>the suggestion {1} for {2} / {3} was already decided: {4} on {5}</source>
        <translation>über den Vorschlag {1} für {2} / {3} wurde bereits entschieden: {4} am {5}</translation>
    </message>
    <message>
        <location filename="../src/store/swot_suggestion_repository.cpp" line="135"/>
        <source>the suggestion for {1}: the field {2} is not valid UTF-8</source>
        <translation>Vorschlag für {1}: das Feld {2} ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../src/store/tows_repository.cpp" line="49"/>
        <source>{1}: there is no TOWS strategy {2}</source>
        <translation>{1}: es gibt keine TOWS-Strategie {2}</translation>
    </message>
    <message>
        <location filename="../src/store/tows_repository.cpp" line="65"/>
        <source>TOWS strategy {1}: the kind must be SO, ST, WO or WT, not &apos;{2}&apos;</source>
        <translation>TOWS-Strategie {1}: der Typ muss SO, ST, WO oder WT sein, nicht &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/tows_repository.cpp" line="70"/>
        <source>TOWS strategy {1}: the field {2} is not valid UTF-8</source>
        <translation>TOWS-Strategie {1}: das Feld {2} ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../src/store/tows_repository.cpp" line="78"/>
        <source>TOWS strategy {1}: it needs a German or a Czech title</source>
        <translation>TOWS-Strategie {1}: ein deutscher oder ein tschechischer Titel ist erforderlich</translation>
    </message>
    <message>
        <location filename="../src/store/tows_repository.cpp" line="82"/>
        <source>a new TOWS strategy needs a German or a Czech title</source>
        <translation>eine neue TOWS-Strategie benötigt einen deutschen oder einen tschechischen Titel</translation>
    </message>
    <message>
        <location filename="../src/store/tows_repository.cpp" line="89"/>
        <source>TOWS strategy {1}: there is no SWOT item {2}</source>
        <translation>TOWS-Strategie {1}: es gibt keinen SWOT-Eintrag {2}</translation>
    </message>
    <message>
        <location filename="../src/store/tows_repository.cpp" line="94"/>
        <source>TOWS strategy {1}: SWOT item {2} has the category {3}; strategies of kind {4} pair only {5} with {6} items</source>
        <translation>TOWS-Strategie {1}: SWOT-Eintrag {2} hat die Kategorie {3}; Strategien vom Typ {4} kombinieren nur {5}- mit {6}-Einträgen</translation>
    </message>
    <message>
        <location filename="../src/store/tows_repository.cpp" line="108"/>
        <source>TOWS strategy {1}: there is no measure &apos;{2}&apos;</source>
        <translation>TOWS-Strategie {1}: es gibt keine Maßnahme &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/tows_repository.cpp" line="177"/>
        <source>{1}: the TOWS strategy {2} exists already</source>
        <translation>{1}: die TOWS-Strategie {2} ist bereits vorhanden</translation>
    </message>
    <message>
        <location filename="../src/render/map_content.cpp" line="35"/>
        <source>{1}: layer &apos;{2}&apos; has no field &apos;{3}&apos; to join values on</source>
        <translation>{1}: der Layer &apos;{2}&apos; hat kein Feld &apos;{3}&apos;, über das Werte verknüpft werden können</translation>
    </message>
    <message>
        <location filename="../src/render/map_content.cpp" line="39"/>
        <source>{1}: layer &apos;{2}&apos; already has a field &apos;{3}&apos;; joined values need a new name</source>
        <translation>{1}: der Layer &apos;{2}&apos; hat bereits ein Feld &apos;{3}&apos;; verknüpfte Werte brauchen einen neuen Namen</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="487"/>
        <source>Risk score: {1}</source>
        <translation>Risikoindex: {1}</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="497"/>
        <source>rrw index run {1}</source>
        <translation>rrw-Indexberechnung {1}</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="15"/>
        <source>Border closure</source>
        <translation>Grenzschließung</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="16"/>
        <source>Supply-chain disruption</source>
        <translation>Unterbrechung der Lieferketten</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="17"/>
        <source>Energy-price shock</source>
        <translation>Energiepreisschock</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="18"/>
        <source>Pandemic</source>
        <translation>Pandemie</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="19"/>
        <source>Flood and heavy rain</source>
        <translation>Hochwasser und Starkregen</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="20"/>
        <source>Drought and forest dieback</source>
        <translation>Dürre und Waldsterben</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="21"/>
        <source>Skilled-labour shortage</source>
        <translation>Fachkräftemangel</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="22"/>
        <source>All hazards</source>
        <translation>Alle Gefahren</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="27"/>
        <source>inh/km²</source>
        <translation>Einw./km²</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="28"/>
        <source>EUR/inh</source>
        <translation>EUR/Einw.</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="29"/>
        <source>per 1,000 inh</source>
        <translation>je 1.000 EW</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="30"/>
        <source>per 100,000 inh</source>
        <translation>je 100.000 EW</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="31"/>
        <source>per 1,000 employees</source>
        <translation>je 1.000 Beschäftigte</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="32"/>
        <source>beds per 1,000 inh</source>
        <translation>Betten je 1.000 EW</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="33"/>
        <source>days/year</source>
        <translation>Tage/Jahr</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="34"/>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="37"/>
        <source>synthetic</source>
        <translation>synthetisch</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_repository.cpp" line="158"/>
        <source>{1}: the index model &apos;{2}&apos; is not JSON: {3}</source>
        <translation>{1}: das Indexmodell &apos;{2}&apos; ist kein gültiges JSON: {3}</translation>
    </message>
    <message>
        <location filename="../ui/score_job.cpp" line="39"/>
        <source>{1} samples are too many for {2} regions (at most {3} in all)</source>
        <translation>{1} Stichproben sind für {2} Gebietseinheiten zu viele (Stichproben × Gebietseinheiten insgesamt höchstens {3})</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="84"/>
        <source>{1}: row {2}, column &apos;{3}&apos;: the text is not UTF-8 (save the file as UTF-8)</source>
        <translation>{1}: Zeile {2}, Spalte &apos;{3}&apos;: der Text ist kein UTF-8 (speichern Sie die Datei als UTF-8)</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="117"/>
        <source>{1}: row {2}: unknown region code &apos;{3}&apos;</source>
        <translation>{1}: Zeile {2}: unbekannter Gebietscode &apos;{3}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="121"/>
        <source>{1}: row {2}: unknown indicator &apos;{3}&apos; (import its catalog entry first)</source>
        <translation>{1}: Zeile {2}: unbekannter Indikator &apos;{3}&apos; (importieren Sie zuerst seinen Katalogeintrag)</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="127"/>
        <source>{1}: row {2}: the year is empty</source>
        <translation>{1}: Zeile {2}: die Jahresangabe fehlt</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="139"/>
        <source>{1}: row {2}: no source (add a &apos;source&apos; column or give one source for the whole file)</source>
        <translation>{1}: Zeile {2}: keine Quelle (fügen Sie eine Spalte &apos;source&apos; hinzu oder geben Sie eine Quelle für die ganze Datei an)</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="146"/>
        <source>{1}: row {2}: &apos;{3}&apos;, &apos;{4}&apos;, {5} is given more than once</source>
        <translation>{1}: Zeile {2}: die Kombination &apos;{3}&apos;, &apos;{4}&apos;, {5} ist mehrfach angegeben</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="177"/>
        <source>{1}: row {2}: &apos;{3}&apos; is not a usable indicator id</source>
        <translation>{1}: Zeile {2}: &apos;{3}&apos; ist keine verwendbare Indikator-ID</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="182"/>
        <location filename="../src/store/supply_rows.cpp" line="95"/>
        <source>{1}: row {2}, column &apos;{3}&apos; is empty</source>
        <translation>{1}: Zeile {2}, Spalte &apos;{3}&apos; ist leer</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="188"/>
        <source>{1}: row {2}: direction &apos;{3}&apos; is neither higher_is_worse nor higher_is_better</source>
        <translation>{1}: Zeile {2}: die Richtung &apos;{3}&apos; ist weder higher_is_worse noch higher_is_better</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="196"/>
        <source>{1}: row {2}: dimension &apos;{3}&apos; is none of hazard_exposure, vulnerability, coping_capacity</source>
        <translation>{1}: Zeile {2}: die Dimension &apos;{3}&apos; ist keine von hazard_exposure, vulnerability, coping_capacity</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="202"/>
        <source>{1}: row {2}: indicator &apos;{3}&apos; is given twice</source>
        <translation>{1}: Zeile {2}: der Indikator &apos;{3}&apos; ist doppelt angegeben</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="260"/>
        <source>{1}: the project is too old for indicators</source>
        <translation>{1}: das Projekt ist zu alt für Indikatoren (älteres Schema)</translation>
    </message>
    <message>
        <location filename="../src/store/indicator_import.cpp" line="280"/>
        <source>{1}: expected the columns region_code, indicator_id, year, value (indicator values) or id, name_de, name_cs, name_en, direction, dimension (indicator catalog)</source>
        <translation>{1}: erwartet werden die Spalten region_code, indicator_id, year, value (Indikatorwerte) oder id, name_de, name_cs, name_en, direction, dimension (Indikatorenkatalog)</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="30"/>
        <source>{1}: sector number {2} has an empty id</source>
        <translation>{1}: der Sektor Nummer {2} hat eine leere ID</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="34"/>
        <location filename="../src/analysis/supply/iim.cpp" line="107"/>
        <source>{1}: the sector &apos;{2}&apos; is listed twice</source>
        <translation>{1}: der Sektor &apos;{2}&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="46"/>
        <source>{1}: the matrix has no sectors</source>
        <translation>{1}: die Matrix enthält keine Sektoren</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="50"/>
        <source>{1}: the matrix has {2} rows and {3} columns; it must be square (one row and one column per sector)</source>
        <translation>{1}: die Matrix hat {2} Zeilen und {3} Spalten; sie muss quadratisch sein (je Sektor eine Zeile und eine Spalte)</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="58"/>
        <source>{1}: the column &apos;{2}&apos; has no row of the same sector (row and column ids must be the same)</source>
        <translation>{1}: zur Spalte &apos;{2}&apos; gibt es keine Zeile desselben Sektors (Zeilen- und Spalten-IDs müssen übereinstimmen)</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="68"/>
        <source>{1}: the row &apos;{2}&apos; has {3} values, not {4}</source>
        <translation>{1}: die Zeile &apos;{2}&apos; hat {3} Werte, nicht {4}</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="74"/>
        <source>{1}: row &apos;{2}&apos;, column &apos;{3}&apos;: the coefficient is not a finite number</source>
        <translation>{1}: Zeile &apos;{2}&apos;, Spalte &apos;{3}&apos;: der Koeffizient ist keine endliche Zahl</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="80"/>
        <source>{1}: row &apos;{2}&apos;, column &apos;{3}&apos;: the coefficient {4} is negative (technical coefficients are 0 or more)</source>
        <translation>{1}: Zeile &apos;{2}&apos;, Spalte &apos;{3}&apos;: der Koeffizient {4} ist negativ (technische Koeffizienten sind größer oder gleich 0)</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="100"/>
        <source>{1}: unknown sector &apos;{2}&apos; (not in the technical coefficient matrix)</source>
        <translation>{1}: unbekannter Sektor &apos;{2}&apos; (nicht in der Matrix der technischen Koeffizienten)</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="112"/>
        <source>{1}: sector &apos;{2}&apos;: the value is not a finite number</source>
        <translation>{1}: Sektor &apos;{2}&apos;: der Wert ist keine endliche Zahl</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="120"/>
        <source>{1}: the sector &apos;{2}&apos; is missing (every sector of the matrix needs a value)</source>
        <translation>{1}: der Sektor &apos;{2}&apos; fehlt (jeder Sektor der Matrix braucht einen Wert)</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="156"/>
        <source>{1}: the matrix I - A is singular (rank {2} of {3}), so the model has no unique solution; column sums of A reaching 1: {4}</source>
        <translation>{1}: die Matrix I - A ist singulär (Rang {2} von {3}), daher hat das Modell keine eindeutige Lösung; Spaltensummen von A, die 1 erreichen: {4}</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="165"/>
        <source>{1}: the economy is not productive (spectral radius of A is {2}, it must be below 1): the Leontief inverse has negative entries; column sums of A reaching 1: {3}</source>
        <translation>{1}: die Volkswirtschaft ist nicht produktiv (der Spektralradius von A ist {2}, er muss unter 1 liegen): die Leontief-Inverse hat negative Einträge; Spaltensummen von A, die 1 erreichen: {3}</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="186"/>
        <source>the number of days must be between 0 and {1}</source>
        <translation>die Anzahl der Tage muss zwischen 0 und {1} liegen</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="190"/>
        <source>the duration must be 0 days or more</source>
        <translation>die Dauer muss 0 Tage oder mehr betragen</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="193"/>
        <source>recovery coefficients need a number of days for the dynamic model</source>
        <translation>Erholungskoeffizienten erfordern eine Anzahl von Tagen für das dynamische Modell</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="209"/>
        <source>{1}: sector &apos;{2}&apos; has the recovery coefficient {3}, above 1: the dynamic model overshoots and may oscillate</source>
        <translation>{1}: der Sektor &apos;{2}&apos; hat den Erholungskoeffizienten {3}, größer als 1: das dynamische Modell schießt über und kann oszillieren</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="215"/>
        <source>{1}: sector &apos;{2}&apos; has the recovery coefficient 0: its inoperability never changes from 0 in the dynamic model</source>
        <translation>{1}: der Sektor &apos;{2}&apos; hat den Erholungskoeffizienten 0: seine Inoperabilität bleibt im dynamischen Modell immer 0</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="228"/>
        <source>the dynamic model does not converge (spectral radius of I - K(I - A*) is {1}); choose recovery coefficients between 0 and 1</source>
        <translation>das dynamische Modell konvergiert nicht (der Spektralradius von I - K(I - A*) ist {1}); wählen Sie Erholungskoeffizienten zwischen 0 und 1</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="251"/>
        <source>the dynamic model diverged on day {1}; choose recovery coefficients between 0 and 1</source>
        <translation>das dynamische Modell ist an Tag {1} divergiert; wählen Sie Erholungskoeffizienten zwischen 0 und 1</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="276"/>
        <source>{1}: sector &apos;{2}&apos; has the output {3}; the total output must be above 0 (the model divides by it: leave a sector without output out of all files)</source>
        <translation>{1}: der Sektor &apos;{2}&apos; hat den Produktionswert {3}; der Produktionswert muss größer als 0 sein (das Modell dividiert durch ihn: lassen Sie einen Sektor ohne Produktion in allen Dateien weg)</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="285"/>
        <source>{1}: sector &apos;{2}&apos; has the perturbation {3}; it must be a fraction of the sector&apos;s output between 0 and 1</source>
        <translation>{1}: der Sektor &apos;{2}&apos; hat die Störung {3}; sie muss ein Anteil am Produktionswert des Sektors zwischen 0 und 1 sein</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="292"/>
        <source>{1}: sector &apos;{2}&apos; has the recovery coefficient {3}; it must be 0 or more (between 0 and 1 recommended)</source>
        <translation>{1}: der Sektor &apos;{2}&apos; hat den Erholungskoeffizienten {3}; er muss größer oder gleich 0 sein (empfohlen: zwischen 0 und 1)</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/iim.cpp" line="313"/>
        <source>sector &apos;{1}&apos; has the inoperability {2}, above 1: the perturbation is larger than the sector&apos;s whole output, so it is not feasible as given</source>
        <translation>der Sektor &apos;{1}&apos; hat die Inoperabilität {2}, größer als 1: die Störung ist größer als der gesamte Produktionswert des Sektors und daher so nicht realisierbar</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="82"/>
        <source>{1}: row {2}: text after a closing quote (write &quot;&quot; for a quote inside a cell)</source>
        <translation>{1}: Zeile {2}: Text nach einem schließenden Anführungszeichen (schreiben Sie &quot;&quot; für ein Anführungszeichen innerhalb einer Zelle)</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="89"/>
        <source>{1}: row {2}: a quote is not closed</source>
        <translation>{1}: Zeile {2}: ein Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="107"/>
        <source>{1}: the file is UTF-16; save it as UTF-8</source>
        <translation>{1}: die Datei ist in UTF-16 kodiert; bitte als UTF-8 speichern</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="118"/>
        <source>{1}: row {2}: the text is not UTF-8 (save the file as UTF-8)</source>
        <translation>{1}: Zeile {2}: der Text ist kein UTF-8 (speichern Sie die Datei als UTF-8)</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="139"/>
        <source>{1}: the file is empty</source>
        <translation>{1}: die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="142"/>
        <source>{1}: row {2}: the header has only one column (separate the columns with &apos;,&apos; or &apos;;&apos;)</source>
        <translation>{1}: Zeile {2}: die Kopfzeile hat nur eine Spalte (trennen Sie die Spalten mit &apos;,&apos; oder &apos;;&apos;)</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="154"/>
        <source>{1}: row {2}, column &apos;{3}&apos;: the cell is empty</source>
        <translation>{1}: Zeile {2}, Spalte &apos;{3}&apos;: die Zelle ist leer</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="176"/>
        <source>{1}: row {2} has {3} cells, but the header has {4}</source>
        <translation>{1}: Zeile {2} hat {3} Zellen, die Kopfzeile aber {4}</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="200"/>
        <source>{1}: row {2}: column {3} of the header has no sector id</source>
        <translation>{1}: Zeile {2}: Spalte {3} der Kopfzeile hat keine Sektor-ID</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="210"/>
        <location filename="../src/cli/sector_csv.cpp" line="246"/>
        <source>{1}: row {2}: the sector id is empty</source>
        <translation>{1}: Zeile {2}: die Sektor-ID ist leer</translation>
    </message>
    <message>
        <location filename="../src/cli/sector_csv.cpp" line="235"/>
        <source>{1}: the column &apos;{2}&apos; is missing (expected sector,value)</source>
        <translation>{1}: die Spalte &apos;{2}&apos; fehlt (erwartet: sector,value)</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/conditions.cpp" line="37"/>
        <source>{1}: hazard {2} names the crossing &quot;{3}&quot;, which no link uses and the crossings table does not list.</source>
        <translation>{1}: Gefahr {2} nennt den Grenzübergang &quot;{3}&quot;, den keine Lieferbeziehung nutzt und den die Tabelle der Grenzübergänge nicht enthält.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/measures.cpp" line="35"/>
        <source>{1}: {2}: the supplier &quot;{3}&quot; is not in the network.</source>
        <translation>{1}: {2}: der Lieferant &quot;{3}&quot; ist nicht im Liefernetzwerk enthalten.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/measures.cpp" line="45"/>
        <source>{1}: {2}: the crossing &quot;{3}&quot; is unknown or carries no freight.</source>
        <translation>{1}: {2}: der Grenzübergang &quot;{3}&quot; ist unbekannt oder nicht für den Güterverkehr vorgesehen.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/measures.cpp" line="68"/>
        <source>{1}: {2}: the supplier &quot;{3}&quot; cannot take over its own East Asia supply.</source>
        <translation>{1}: {2}: der Lieferant &quot;{3}&quot; kann seine eigenen Lieferungen aus Ostasien nicht selbst übernehmen.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="38"/>
        <source>{1}: {2} has the unknown key &quot;{3}&quot;.</source>
        <translation>{1}: {2} hat den unbekannten Schlüssel &quot;{3}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="46"/>
        <location filename="../src/store/bundled_region.cpp" line="146"/>
        <source>{1}: {2} needs &quot;{3}&quot;.</source>
        <translation>{1}: {2} benötigt &quot;{3}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="57"/>
        <source>{1}: {2}: &quot;{3}&quot; must be a text.</source>
        <translation>{1}: {2}: &quot;{3}&quot; muss ein Text sein.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="66"/>
        <source>{1}: {2}: &quot;{3}&quot; must be a number from {4} to {5}.</source>
        <translation>{1}: {2}: &quot;{3}&quot; muss eine Zahl von {4} bis {5} sein.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="75"/>
        <source>{1}: {2}: &quot;{3}&quot; must be a whole number from {4} to {5}.</source>
        <translation>{1}: {2}: &quot;{3}&quot; muss eine ganze Zahl von {4} bis {5} sein.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="88"/>
        <location filename="../src/analysis/scenario/scenario.cpp" line="243"/>
        <location filename="../src/store/bundled_supply.cpp" line="31"/>
        <source>{1}: {2}: &quot;{3}&quot; must be a list.</source>
        <translation>{1}: {2}: &quot;{3}&quot; muss eine Liste sein.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="94"/>
        <source>{1}: {2}: {3} is not a NACE code or prefix (such as C or C29).</source>
        <translation>{1}: {2}: {3} ist weder ein NACE-Code noch ein NACE-Präfix (wie C oder C29).</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="114"/>
        <location filename="../src/store/bundled_region.cpp" line="227"/>
        <location filename="../src/store/bundled_region.cpp" line="254"/>
        <location filename="../src/store/bundled_supply.cpp" line="22"/>
        <location filename="../src/store/bundled_supply.cpp" line="44"/>
        <source>{1}: {2} must be a JSON object.</source>
        <translation>{1}: {2} muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="138"/>
        <location filename="../src/analysis/scenario/scenario.cpp" line="202"/>
        <source>{1}: {2} has the unknown type &quot;{3}&quot;.</source>
        <translation>{1}: {2} hat den unbekannten Typ &quot;{3}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="158"/>
        <source>{1}: {2}: &quot;crossings&quot; must be &quot;all&quot; or a list of crossing ids.</source>
        <translation>{1}: {2}: &quot;crossings&quot; muss &quot;all&quot; oder eine Liste von Grenzübergangs-IDs sein.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="218"/>
        <source>{1}: {2} changes nothing: give &quot;substitutable_share&quot; or &quot;switch_days&quot;.</source>
        <translation>{1}: {2} bewirkt nichts: geben Sie &quot;substitutable_share&quot; oder &quot;switch_days&quot; an.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="294"/>
        <source>{1}: the scenario needs a name.</source>
        <translation>{1}: das Szenario benötigt einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/analysis/scenario/scenario.cpp" line="302"/>
        <source>{1}: &quot;version&quot; must be a whole number of at least 1 or a text.</source>
        <translation>{1}: &quot;version&quot; muss eine ganze Zahl von mindestens 1 oder ein Text sein.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="34"/>
        <source>{1}: {2} must be between 0 and 1 (found {3}).</source>
        <translation>{1}: {2} muss zwischen 0 und 1 liegen (angegeben: {3}).</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="42"/>
        <source>{1}: {2} must be a number of at least 0 (found {3}).</source>
        <translation>{1}: {2} muss eine Zahl größer oder gleich 0 sein (angegeben: {3}).</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="49"/>
        <source>{1}: {2} must be a whole number of days from {3} to {4} (found {5}).</source>
        <translation>{1}: {2} muss eine ganze Anzahl von Tagen von {3} bis {4} sein (angegeben: {5}).</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="63"/>
        <source>{1}: the country &quot;{2}&quot; is not a two-letter code such as DE or CZ.</source>
        <translation>{1}: das Land &quot;{2}&quot; ist kein Code aus zwei Buchstaben wie DE oder CZ.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="98"/>
        <source>{1}: the firm id is empty.</source>
        <translation>{1}: die Unternehmens-ID ist leer.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="102"/>
        <source>{1}: the firm id &quot;{2}&quot; is reserved for an external node.</source>
        <translation>{1}: die Unternehmens-ID &quot;{2}&quot; ist für einen externen Knoten reserviert.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="109"/>
        <source>{1}: the firm id &quot;{2}&quot; appears twice (also {3}).</source>
        <translation>{1}: die Unternehmens-ID &quot;{2}&quot; kommt doppelt vor (auch {3}).</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="114"/>
        <source>{1}: &quot;{2}&quot; is not a NACE Rev. 2 code (such as C29.32).</source>
        <translation>{1}: &quot;{2}&quot; ist kein Code der NACE Rev. 2 (wie C29.32).</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="129"/>
        <source>{1}: x and y must both be numbers or both be empty.</source>
        <translation>{1}: x und y müssen entweder beide Zahlen oder beide leer sein.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="167"/>
        <source>{1}: the crossing id is empty.</source>
        <translation>{1}: die ID des Grenzübergangs ist leer.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="170"/>
        <source>{1}: the crossing id &quot;{2}&quot; appears twice.</source>
        <translation>{1}: die Grenzübergangs-ID &quot;{2}&quot; kommt doppelt vor.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="175"/>
        <source>{1}: more than 65534 crossings.</source>
        <translation>{1}: mehr als 65534 Grenzübergänge.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="201"/>
        <source>{1}: the supplier &quot;{2}&quot; is neither a firm nor an external node.</source>
        <translation>{1}: der Lieferant &quot;{2}&quot; ist weder ein Unternehmen noch ein externer Knoten.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="208"/>
        <source>{1}: the customer &quot;{2}&quot; is not a firm.</source>
        <translation>{1}: der Abnehmer &quot;{2}&quot; ist kein Unternehmen.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="212"/>
        <source>{1}: the external node &quot;{2}&quot; cannot be a customer.</source>
        <translation>{1}: der externe Knoten &quot;{2}&quot; kann kein Abnehmer sein.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="218"/>
        <source>{1}: the firm &quot;{2}&quot; cannot supply itself.</source>
        <translation>{1}: das Unternehmen &quot;{2}&quot; kann sich nicht selbst beliefern.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="228"/>
        <source>{1}: {2} must be at most {3} (found {4}).</source>
        <translation>{1}: {2} darf höchstens {3} sein (angegeben: {4}).</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="239"/>
        <source>{1}: the crossing &quot;{2}&quot; is not in the crossings table.</source>
        <translation>{1}: der Grenzübergang &quot;{2}&quot; ist nicht in der Tabelle der Grenzübergänge enthalten.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="246"/>
        <source>{1}: the crossing &quot;{2}&quot; carries no freight.</source>
        <translation>{1}: der Grenzübergang &quot;{2}&quot; ist nicht für den Güterverkehr vorgesehen.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="274"/>
        <source>{1}: &quot;{2}&quot; supplies &quot;{3}&quot; with &quot;{4}&quot; twice (also {5}).</source>
        <translation>{1}: &quot;{2}&quot; beliefert &quot;{3}&quot; zweimal mit &quot;{4}&quot; (auch {5}).</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="281"/>
        <source>{1}: with this link the input shares of &quot;{2}&quot; add up to {3}, more than 1.</source>
        <translation>{1}: mit dieser Lieferbeziehung summieren sich die Inputanteile von &quot;{2}&quot; auf {3}, also auf mehr als 1.</translation>
    </message>
    <message>
        <location filename="../src/analysis/supply/network.cpp" line="359"/>
        <source>The supply network is too large.</source>
        <translation>Das Liefernetzwerk ist zu groß.</translation>
    </message>
    <message>
        <location filename="../src/store/scenario_repository.cpp" line="42"/>
        <source>scenario &apos;{1}&apos;: the field {2} is not valid UTF-8</source>
        <translation>Szenario &apos;{1}&apos;: das Feld {2} ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../src/store/scenario_repository.cpp" line="47"/>
        <source>{1}: a scenario needs a name</source>
        <translation>{1}: ein Szenario benötigt einen Namen</translation>
    </message>
    <message>
        <location filename="../src/store/scenario_repository.cpp" line="97"/>
        <source>{1}: the scenario &apos;{2}&apos; has no version {3}</source>
        <translation>{1}: das Szenario &apos;{2}&apos; hat keine Version {3}</translation>
    </message>
    <message>
        <location filename="../src/store/scenario_repository.cpp" line="100"/>
        <source>{1}: there is no scenario &apos;{2}&apos;</source>
        <translation>{1}: es gibt kein Szenario &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/scenario_repository.cpp" line="114"/>
        <source>scenario &apos;{1}&apos; version {2}: not valid JSON ({3})</source>
        <translation>Szenario &apos;{1}&apos; Version {2}: kein gültiges JSON ({3})</translation>
    </message>
    <message>
        <location filename="../src/store/scenario_run_repository.cpp" line="42"/>
        <source>run of the scenario &apos;{1}&apos;: the inputs hash and the network digest must be 16 hex digits</source>
        <translation>Berechnung des Szenarios &apos;{1}&apos;: Eingangs-Hash und Netzwerk-Prüfsumme müssen aus 16 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <location filename="../src/store/scenario_run_repository.cpp" line="104"/>
        <source>{1}: there is no scenario run {2}</source>
        <translation>{1}: es gibt keine Szenarioberechnung {2}</translation>
    </message>
    <message>
        <location filename="../src/store/supply_repository.cpp" line="91"/>
        <source>{1}: link {2} refers to a missing firm</source>
        <translation>{1}: die Lieferbeziehung {2} verweist auf ein nicht vorhandenes Unternehmen</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage_reader.cpp" line="47"/>
        <source>{1}, layer {2}, feature {3}: the geometry is a {4}, not a point</source>
        <translation>{1}, Layer {2}, Objekt {3}: die Geometrie ist vom Typ {4}, kein Punkt</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage_reader.cpp" line="62"/>
        <source>{1}, layer {2}, feature {3}: the point ({4}, {5}) in {6} cannot be transformed to WGS84 longitude/latitude</source>
        <translation>{1}, Layer {2}, Objekt {3}: der Punkt ({4}, {5}) in {6} kann nicht in geographische Länge/Breite (WGS84) transformiert werden</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage_reader.cpp" line="75"/>
        <source>{1}, layer {2}: the layer has points but no coordinate reference system</source>
        <translation>{1}, Layer {2}: der Layer enthält Punkte, aber kein Koordinatenreferenzsystem</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage_reader.cpp" line="86"/>
        <source>{1}, layer {2}: no transformation from {3} to WGS84 ({4})</source>
        <translation>{1}, Layer {2}: keine Transformation von {3} nach WGS84 ({4})</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage_reader.cpp" line="119"/>
        <source>{1}: not a GeoPackage ({2})</source>
        <translation>{1}: kein GeoPackage ({2})</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage_reader.cpp" line="157"/>
        <source>{1}: the layer &apos;{2}&apos; is missing (layers in the file: {3})</source>
        <translation>{1}: der Layer &apos;{2}&apos; fehlt (Layer in der Datei: {3})</translation>
    </message>
    <message>
        <location filename="../src/geo/geopackage_reader.cpp" line="184"/>
        <source>{1}, layer {2}: cannot read the layer ({3})</source>
        <translation>{1}, Layer {2}: der Layer kann nicht gelesen werden ({3})</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="42"/>
        <source>rest of Germany</source>
        <translation>übriges Deutschland</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="45"/>
        <source>rest of Czechia</source>
        <translation>übriges Tschechien</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="48"/>
        <source>East Asia</source>
        <translation>Ostasien</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="50"/>
        <source>rest of the EU</source>
        <translation>übrige EU</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="105"/>
        <source>cross-border DE–CZ</source>
        <translation>grenzüberschreitend DE–CZ</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="106"/>
        <source>within the region, one country</source>
        <translation>innerhalb der Region, in einem Land</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="107"/>
        <source>from outside the region</source>
        <translation>von außerhalb der Region</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="108"/>
        <source>cut by the scenario&apos;s hazards</source>
        <translation>durch die Gefahren des Szenarios unterbrochen</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="110"/>
        <source>Supply flows</source>
        <translation>Lieferströme</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="111"/>
        <source>widest line: {1} EUR/day</source>
        <translation>breiteste Linie: {1} EUR/Tag</translation>
    </message>
    <message>
        <location filename="../ui/flow_painter.cpp" line="114"/>
        <source>{1} largest of {2} flows between places</source>
        <translation>die {1} größten von {2} Strömen zwischen Orten</translation>
    </message>
    <message>
        <location filename="../ui/run_catalog.cpp" line="53"/>
        <source>{1}: the stored result of run {2} cannot be read</source>
        <translation>{1}: das gespeicherte Ergebnis von Lauf {2} kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/run_catalog.cpp" line="72"/>
        <source>#%1 %2 (v%3, %4)</source>
        <translation>#%1 %2 (v%3, %4)</translation>
    </message>
    <message>
        <location filename="../ui/run_catalog.cpp" line="83"/>
        <source>rrw simulation, run {1}, {2}</source>
        <translation>rrw-Simulation, Lauf {1}, {2}</translation>
    </message>
    <message>
        <location filename="../ui/run_catalog.cpp" line="88"/>
        <source>supply network: synthetic demo data</source>
        <translation>Liefernetzwerk: synthetische Demodaten</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="34"/>
        <location filename="../ui/run_results.cpp" line="31"/>
        <source>Jobs at risk: {1}</source>
        <translation>Gefährdete Arbeitsplätze: {1}</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="35"/>
        <location filename="../ui/run_results.cpp" line="32"/>
        <source>Jobs at risk (persons)</source>
        <translation>Gefährdete Arbeitsplätze (Personen)</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="36"/>
        <source>Jobs at risk, B − A (persons)</source>
        <translation>Gefährdete Arbeitsplätze, B − A (Personen)</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="38"/>
        <source>Jobs at risk, difference B − A: {1}</source>
        <translation>Gefährdete Arbeitsplätze, Differenz B − A: {1}</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="204"/>
        <source>{1}: the project has no municipality layers</source>
        <translation>{1}: das Projekt enthält keine Gemeinde-Layer</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="292"/>
        <source>The scenario draft has no scenario.</source>
        <translation>Der Szenarioentwurf enthält kein Szenario.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="316"/>
        <source>The scenario needs a name (field &quot;{1}&quot;).</source>
        <translation>Das Szenario benötigt einen Namen (Feld &quot;{1}&quot;).</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="323"/>
        <source>Hazard {1} ({2}): &quot;{3}&quot; needs at least one crossing, or choose &quot;{4}&quot;.</source>
        <translation>Gefahr {1} ({2}): &quot;{3}&quot; erfordert mindestens einen Grenzübergang, oder wählen Sie &quot;{4}&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="336"/>
        <source>Measure {1} ({2}): &quot;{3}&quot;: &quot;{4}&quot; is not a NACE code or prefix (such as C or C29).</source>
        <translation>Maßnahme {1} ({2}): &quot;{3}&quot;: &quot;{4}&quot; ist weder ein NACE-Code noch ein NACE-Präfix (wie C oder C29).</translation>
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
        <location filename="../src/cli/cmd_report.cpp" line="73"/>
        <source>-o FILE is required</source>
        <translation>-o FILE ist erforderlich</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_report.cpp" line="78"/>
        <source>--template must be swot, risk, scenario or full, not &apos;{1}&apos;</source>
        <translation>--template muss swot, risk, scenario oder full sein, nicht &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_report.cpp" line="92"/>
        <source>--format must be pdf, odt or html, not &apos;{1}&apos;</source>
        <translation>--format muss pdf, odt oder html sein, nicht &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_report.cpp" line="99"/>
        <source>--date must look like 2026-11-26, not &apos;{1}&apos;</source>
        <translation>--date muss die Form 2026-11-26 haben, nicht &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_report.cpp" line="130"/>
        <source>{1}: {2} pages, {3} maps, {4} tables, {5} charts ({6} s)</source>
        <translation>{1}: Seiten: {2}, Karten: {3}, Tabellen: {4}, Diagramme: {5} ({6} s)</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_report.cpp" line="139"/>
        <source>{1}: {2} maps, {3} tables, {4} charts ({5} s)</source>
        <translation>{1}: Karten: {2}, Tabellen: {3}, Diagramme: {4} ({5} s)</translation>
    </message>
    <message>
        <location filename="../src/geo/zip_writer.cpp" line="20"/>
        <source>{1}: cannot write the archive member &apos;{2}&apos; ({3})</source>
        <translation>{1}: der Archivbestandteil &apos;{2}&apos; kann nicht geschrieben werden ({3})</translation>
    </message>
    <message>
        <location filename="../src/geo/zip_writer.cpp" line="30"/>
        <source>{1}: the archive member name &apos;{2}&apos; is not a plain relative path; refusing to write it</source>
        <translation>{1}: der Name des Archivbestandteils &apos;{2}&apos; ist kein einfacher relativer Pfad; er wird nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../src/core/atomic_file.cpp" line="67"/>
        <location filename="../src/geo/zip_writer.cpp" line="47"/>
        <source>{1}: cannot create the file ({2})</source>
        <translation>{1}: die Datei kann nicht angelegt werden ({2})</translation>
    </message>
    <message>
        <location filename="../src/core/atomic_file.cpp" line="91"/>
        <source>{1}: cannot put the finished file in place ({2})</source>
        <translation>{1}: Die fertige Datei kann nicht unter ihrem Namen abgelegt werden ({2})</translation>
    </message>
    <message>
        <location filename="../src/report/confidentiality.cpp" line="13"/>
        <source>confidentiality check: invalid aggregate (total {1}, largest firm {2})</source>
        <translation>Geheimhaltungsprüfung: ungültiges Aggregat (Summe {1}, größtes Unternehmen {2})</translation>
    </message>
    <message>
        <location filename="../src/report/html_writer.cpp" line="216"/>
        <location filename="../src/report/pdf_writer.cpp" line="491"/>
        <location filename="../src/report/pdf_writer.cpp" line="498"/>
        <source>{1}: cannot write the report</source>
        <translation>{1}: der Bericht kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="196"/>
        <source>{1}: the project has no districts (Kreise, okresy) to report on</source>
        <translation>{1}: das Projekt enthält keine Kreise oder Okresy, über die berichtet werden kann</translation>
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
        <translation>Aufruf: rrw-cli actors list PROJECT.gpkg [--json]
        rrw-cli actors add PROJECT.gpkg ID --name-de TEXT|--name-cs TEXT --country DE|CZ|DE-CZ
                           --kind KIND [--name-en TEXT] [--short TEXT]
                           [--role-de TEXT] [--role-cs TEXT] [--role-en TEXT] [--json]
        rrw-cli actors set PROJECT.gpkg ID [die Optionen von add] [--json]
        rrw-cli actors delete PROJECT.gpkg ID [--json]

Die Partnerorganisationen der Region und ihre Rolle im Programm: ID, Kurzname, Land, Art,
deutscher Name, tschechischer Name, deutsche Rolle. Ein neues Projekt beginnt mit den elf
Partnern der Modellregion (data/governance/organisations.json). Maßnahmen nennen eine davon
als verantwortliche Stelle (`rrw-cli measures set --owner ID`); wird eine Organisation
gelöscht, sind ihre Maßnahmen danach ohne verantwortliche Stelle.

  KIND   district, region, city, association, university, planning_association, agency oder
         chamber
  --json maschinenlesbares Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_actors.cpp" line="119"/>
        <source>nothing to change: give at least one of {1}</source>
        <translation>nichts zu ändern: geben Sie mindestens eine dieser Optionen an: {1}</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_actors.cpp" line="128"/>
        <location filename="../src/cli/cmd_measures.cpp" line="117"/>
        <location filename="../src/store/organisation_repository.cpp" line="75"/>
        <source>{1}: there is no organisation &apos;{2}&apos;</source>
        <translation>{1}: es gibt keine Organisation &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_actors.cpp" line="149"/>
        <source>Deleted organisation {1}; {2} measures have no owner now.</source>
        <translation>Organisation {1} gelöscht; Maßnahmen jetzt ohne verantwortliche Stelle: {2}.</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_actors.cpp" line="162"/>
        <source>expected a subcommand: list, add, set, delete</source>
        <translation>ein Unterbefehl wird erwartet: list, add, set, delete</translation>
    </message>
    <message>
        <location filename="../src/cli/cmd_actors.cpp" line="171"/>
        <source>unknown subcommand &apos;{1}&apos; (known: list, add, set, delete)</source>
        <translation>unbekannter Unterbefehl &apos;{1}&apos; (bekannt: list, add, set, delete)</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_slides.cpp" line="34"/>
        <source>{1}: {2}: &quot;style&quot; must be &quot;default_map&quot; (with a default map in the project) or a map style object</source>
        <translation>{1}: {2}: &quot;style&quot; muss &quot;default_map&quot; (mit einer Standardkarte im Projekt) oder ein Kartenstil-Objekt sein</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_slides.cpp" line="44"/>
        <source>{1}: {2}: the field &quot;{3}&quot; must be a list of layer names</source>
        <translation>{1}: {2}: das Feld &quot;{3}&quot; muss eine Liste von Layernamen sein</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_slides.cpp" line="59"/>
        <source>{1}: {2}: the map style draws no layer &quot;{3}&quot; (hide_layers)</source>
        <translation>{1}: {2}: der Kartenstil zeichnet keinen Layer &quot;{3}&quot; (hide_layers)</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_region.cpp" line="245"/>
        <location filename="../src/store/bundled_slides.cpp" line="82"/>
        <location filename="../src/store/bundled_supply.cpp" line="38"/>
        <source>{1}: {2} is not an object</source>
        <translation>{1}: {2} ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../src/store/bundled_slides.cpp" line="94"/>
        <source>{1}: {2}: &quot;extent&quot; must be four numbers (min x, min y, max x, max y in EPSG:3035)</source>
        <translation>{1}: {2}: &quot;extent&quot; muss aus vier Zahlen bestehen (min x, min y, max x, max y in EPSG:3035)</translation>
    </message>
    <message>
        <location filename="../src/store/measure_links.cpp" line="31"/>
        <location filename="../src/store/measure_repository.cpp" line="58"/>
        <location filename="../src/store/organisation_repository.cpp" line="31"/>
        <source>{1}: the project has no governance register (schema {2}); open it for writing once to update it</source>
        <translation>{1}: das Projekt hat kein Governance-Register (Schema {2}); öffnen Sie es einmal zum Schreiben, um es zu aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/store/measure_links.cpp" line="54"/>
        <source>{1}: measure &apos;{2}&apos;: there is no SWOT item #{3}</source>
        <translation>{1}: Maßnahme &apos;{2}&apos;: es gibt keinen SWOT-Eintrag Nr. {3}</translation>
    </message>
    <message>
        <location filename="../src/store/measure_links.cpp" line="60"/>
        <source>{1}: measure &apos;{2}&apos;: the risk kind must be hazard_model, bbk_scenario or supply_scenario, not &apos;{3}&apos;</source>
        <translation>{1}: Maßnahme &apos;{2}&apos;: die Art des Risikos muss hazard_model, bbk_scenario oder supply_scenario sein, nicht &apos;{3}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/measure_links.cpp" line="68"/>
        <source>{1}: measure &apos;{2}&apos;: there is no risk {3} in the project</source>
        <translation>{1}: Maßnahme &apos;{2}&apos;: es gibt kein Risiko {3} im Projekt</translation>
    </message>
    <message>
        <location filename="../src/store/measure_links.cpp" line="103"/>
        <source>&apos;{1}&apos; is not a risk: write KIND:ID with KIND hazard_model, bbk_scenario or supply_scenario</source>
        <translation>&apos;{1}&apos; ist kein Risiko: schreiben Sie KIND:ID mit KIND hazard_model, bbk_scenario oder supply_scenario</translation>
    </message>
    <message>
        <location filename="../src/store/measure_links.cpp" line="177"/>
        <source>{1}: measure &apos;{2}&apos; is not linked to SWOT item #{3}</source>
        <translation>{1}: Maßnahme &apos;{2}&apos; ist nicht mit dem SWOT-Eintrag Nr. {3} verknüpft</translation>
    </message>
    <message>
        <location filename="../src/store/measure_links.cpp" line="186"/>
        <source>{1}: measure &apos;{2}&apos; is not linked to the risk {3}</source>
        <translation>{1}: Maßnahme &apos;{2}&apos; ist nicht mit dem Risiko {3} verknüpft</translation>
    </message>
    <message>
        <location filename="../src/store/organisation_repository.cpp" line="37"/>
        <source>organisation &apos;{1}&apos;: the id must be 1 to 64 characters of A-Z, a-z, 0-9, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>Organisation &apos;{1}&apos;: die ID muss aus 1 bis 64 Zeichen aus A-Z, a-z, 0-9, &apos;_&apos;, &apos;-&apos; und &apos;.&apos; bestehen</translation>
    </message>
    <message>
        <location filename="../src/store/organisation_repository.cpp" line="43"/>
        <source>organisation &apos;{1}&apos;: the field {2} is not valid UTF-8</source>
        <translation>Organisation &apos;{1}&apos;: das Feld {2} ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../src/store/organisation_repository.cpp" line="53"/>
        <source>organisation &apos;{1}&apos;: it needs a German or a Czech name</source>
        <translation>Organisation &apos;{1}&apos;: ein deutscher oder ein tschechischer Name ist erforderlich</translation>
    </message>
    <message>
        <location filename="../src/store/organisation_repository.cpp" line="57"/>
        <source>organisation &apos;{1}&apos;: the country must be DE, CZ or DE-CZ, not &apos;{2}&apos;</source>
        <translation>Organisation &apos;{1}&apos;: das Land muss DE, CZ oder DE-CZ sein, nicht &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/organisation_repository.cpp" line="64"/>
        <source>organisation &apos;{1}&apos;: the kind must be district, region, city, association, university, planning_association, agency or chamber, not &apos;{2}&apos;</source>
        <translation>Organisation &apos;{1}&apos;: die Art muss district, region, city, association, university, planning_association, agency oder chamber sein, nicht &apos;{2}&apos;</translation>
    </message>
    <message>
        <location filename="../src/store/organisation_repository.cpp" line="123"/>
        <source>{1}: the organisation &apos;{2}&apos; exists already</source>
        <translation>{1}: die Organisation &apos;{2}&apos; ist bereits vorhanden</translation>
    </message>
    <message>
        <location filename="../src/store/slide_repository.cpp" line="51"/>
        <location filename="../src/store/slide_repository.cpp" line="207"/>
        <source>{1}: there is no slide {2}</source>
        <translation>{1}: es gibt keine Folie {2}</translation>
    </message>
    <message>
        <location filename="../src/store/slide_repository.cpp" line="82"/>
        <source>{1}: slide {2}: the field {3} is not valid UTF-8</source>
        <translation>{1}: Folie {2}: das Feld {3} ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../src/store/slide_repository.cpp" line="87"/>
        <source>{1}: slide {2} needs a German or a Czech title</source>
        <translation>{1}: Folie {2} braucht einen deutschen oder einen tschechischen Titel</translation>
    </message>
    <message>
        <location filename="../src/store/slide_repository.cpp" line="100"/>
        <source>{1}: slide {2}: the map style is not a JSON object ({3})</source>
        <translation>{1}: Folie {2}: der Kartenstil ist kein JSON-Objekt ({3})</translation>
    </message>
    <message>
        <location filename="../src/store/slide_repository.cpp" line="106"/>
        <source>{1}: slide {2}: the extent {3} is not a rectangle (finite coordinates, minimum below maximum)</source>
        <translation>{1}: Folie {2}: der Ausschnitt {3} ist kein Rechteck (endliche Koordinaten, Minimum kleiner als Maximum)</translation>
    </message>
    <message>
        <location filename="../src/store/slide_repository.cpp" line="117"/>
        <source>{1}: slide {2}: the position {3} is outside 1–{4}</source>
        <translation>{1}: Folie {2}: die Position {3} liegt außerhalb von 1–{4}</translation>
    </message>
    <message>
        <location filename="../src/store/slide_repository.cpp" line="211"/>
        <source>{1}: the slide {2} exists already</source>
        <translation>{1}: die Folie {2} ist bereits vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/deck_export.cpp" line="21"/>
        <source>{1}: the project has no slides to export</source>
        <translation>{1}: das Projekt enthält keine Folien zum Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/deck_export.cpp" line="27"/>
        <source>{1}: slide {2} ({3}) cannot be drawn: {4}</source>
        <translation>{1}: Folie {2} ({3}) kann nicht gezeichnet werden: {4}</translation>
    </message>
    <message>
        <location filename="../ui/deck_export.cpp" line="44"/>
        <location filename="../ui/deck_export.cpp" line="56"/>
        <source>{1}: cannot write the slides</source>
        <translation>{1}: die Folien können nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../src/core/sql_identifier.cpp" line="13"/>
        <source>the name &apos;{1}…&apos; contains a NUL character and cannot be used in the project</source>
        <translation>der Name &apos;{1}…&apos; enthält ein NUL-Zeichen und kann im Projekt nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../src/geo/geojson_scan.cpp" line="218"/>
        <source>{1}: a GeoJSON file that is not a FeatureCollection is read whole; rrw reads such files up to {2} MB (save it as a FeatureCollection or a GeoPackage)</source>
        <translation>{1}: eine GeoJSON-Datei, die keine FeatureCollection ist, wird vollständig eingelesen; rrw liest solche Dateien bis zu {2} MB (speichern Sie sie als FeatureCollection oder GeoPackage)</translation>
    </message>
    <message>
        <location filename="../src/geo/geojson_scan.cpp" line="229"/>
        <source>{1}: feature {2} has more than {3} vertices, the most rrw reads in one GeoJSON feature (save large geometries as a GeoPackage or a shapefile)</source>
        <translation>{1}: Objekt {2} hat mehr als {3} Stützpunkte; mehr liest rrw in einem GeoJSON-Objekt nicht (speichern Sie große Geometrien als GeoPackage oder Shapefile)</translation>
    </message>
    <message>
        <location filename="../src/geo/geojson_scan.cpp" line="238"/>
        <source>{1}: the features have more than {2} different property names; at most {2} attribute fields are supported</source>
        <translation>{1}: die Objekte haben mehr als {2} verschiedene Eigenschaftsnamen; unterstützt werden höchstens {2} Attributfelder</translation>
    </message>
    <message>
        <location filename="../src/geo/xml_scan.cpp" line="178"/>
        <source>{1}: the file uses more than {2} different element names; at most {3} attribute fields are supported</source>
        <translation>{1}: die Datei verwendet mehr als {2} verschiedene Elementnamen; unterstützt werden höchstens {3} Attributfelder</translation>
    </message>
    <message>
        <location filename="../src/geo/xml_scan.cpp" line="186"/>
        <source>{1}: the placemarks have more than {2} different data field names; at most {2} attribute fields are supported</source>
        <translation>{1}: die Placemark-Elemente haben mehr als {2} verschiedene Datenfeldnamen; unterstützt werden höchstens {2} Attributfelder</translation>
    </message>
    <message>
        <location filename="../ui/draft_json.cpp" line="10"/>
        <source>The SWOT item draft has no valid &quot;{1}&quot;.</source>
        <translation>Der Entwurf des SWOT-Eintrags enthält kein gültiges Feld &quot;{1}&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/recovery_file.cpp" line="41"/>
        <source>{1}: not a readable recovery file ({2})</source>
        <translation>{1}: keine lesbare Wiederherstellungsdatei ({2})</translation>
    </message>
    <message>
        <location filename="../ui/recovery_file.cpp" line="96"/>
        <source>{1}: cannot write the recovery file ({2})</source>
        <translation>{1}: die Wiederherstellungsdatei kann nicht geschrieben werden ({2})</translation>
    </message>
</context>
<context>
    <name>rrw::ui::AnalysisWorkspace</name>
    <message>
        <location filename="../ui/analysis_workspace.cpp" line="92"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../ui/analysis_workspace.cpp" line="93"/>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <location filename="../ui/analysis_workspace.cpp" line="94"/>
        <source>TOWS strategies</source>
        <translation>TOWS-Strategien</translation>
    </message>
    <message>
        <location filename="../ui/analysis_workspace.cpp" line="95"/>
        <source>Risk matrix (BBK)</source>
        <translation>Risikomatrix (BBK)</translation>
    </message>
    <message>
        <location filename="../ui/analysis_workspace.cpp" line="96"/>
        <source>Supply-chain scenarios</source>
        <translation>Lieferkettenszenarien</translation>
    </message>
    <message>
        <location filename="../ui/analysis_workspace.cpp" line="97"/>
        <source>Measures register</source>
        <translation>Maßnahmenregister</translation>
    </message>
    <message>
        <location filename="../ui/analysis_workspace.cpp" line="98"/>
        <source>Risk index</source>
        <translation>Risikoindex</translation>
    </message>
    <message>
        <location filename="../ui/analysis_workspace.cpp" line="99"/>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
</context>
<context>
    <name>rrw::ui::AttributeTablePanel</name>
    <message>
        <location filename="../ui/attribute_table.cpp" line="214"/>
        <source>&amp;Layer:</source>
        <translation>&amp;Layer:</translation>
    </message>
    <message>
        <location filename="../ui/attribute_table.cpp" line="215"/>
        <source>Filter rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <location filename="../ui/attribute_table.cpp" line="216"/>
        <source>Shows the rows that contain this text in any column</source>
        <translation>Zeigt die Zeilen, die diesen Text in einer beliebigen Spalte enthalten</translation>
    </message>
    <message>
        <location filename="../ui/attribute_table.cpp" line="293"/>
        <source>Features: %1 of %2</source>
        <translation>Objekte: %1 von %2</translation>
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
        <translation>Wählen Sie ein numerisches Feld für die Klassen.</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="204"/>
        <source>Enter the class limits as numbers separated by semicolons, e.g. 10; 50; 100.</source>
        <translation>Geben Sie die Klassengrenzen als durch Semikolons getrennte Zahlen ein, z. B. 10; 50; 100.</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="209"/>
        <source>Enter between %1 and %2 inner class limits.</source>
        <translation>Geben Sie zwischen %1 und %2 innere Klassengrenzen ein.</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="215"/>
        <source>The class limits must be ascending.</source>
        <translation>Die Klassengrenzen müssen aufsteigend sein.</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="219"/>
        <source>Choose a colour ramp.</source>
        <translation>Wählen Sie einen Farbverlauf.</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="254"/>
        <source>%1 – %2  (features: %3)</source>
        <translation>%1 – %2  (Objekte: %3)</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="271"/>
        <source>Value field:</source>
        <translation>Wertfeld:</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="272"/>
        <source>Divided by:</source>
        <translation>Geteilt durch:</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="273"/>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="274"/>
        <source>For densities and rates, e.g. population divided by area_km2.</source>
        <translation>Für Dichten und Quoten, z. B. population geteilt durch area_km2.</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="275"/>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="276"/>
        <source>Equal interval</source>
        <translation>Gleiche Intervalle</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="277"/>
        <source>Quantiles (equal count)</source>
        <translation>Quantile (gleiche Anzahl)</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="278"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Natürliche Unterbrechungen (Jenks)</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="279"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="280"/>
        <source>Classes:</source>
        <translation>Klassen:</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="281"/>
        <source>Inner limits:</source>
        <translation>Innere Grenzen:</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="282"/>
        <source>e.g. 10; 50; 100</source>
        <translation>z. B. 10; 50; 100</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="283"/>
        <source>Colour ramp:</source>
        <translation>Farbverlauf:</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="284"/>
        <source>Reverse</source>
        <translation>Umkehren</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="285"/>
        <source>Show all ramps</source>
        <translation>Alle Farbverläufe anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="286"/>
        <source>Also list ramps that are not safe for colour-blind readers.</source>
        <translation>Auch Farbverläufe auflisten, die für Menschen mit Farbsehschwäche nicht geeignet sind.</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="287"/>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location filename="../ui/class_list_widget.cpp" line="316"/>
        <source>%1 (not colour-blind safe)</source>
        <translation>%1 (nicht für Farbsehschwäche geeignet)</translation>
    </message>
</context>
<context>
    <name>rrw::ui::EvidenceCatalog</name>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="66"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="69"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="72"/>
        <source>Index run</source>
        <translation>Indexberechnung</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="75"/>
        <source>BBK scenario</source>
        <translation>BBK-Szenario</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="78"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="116"/>
        <source>The item is about the whole cross-border area: there is no single value.</source>
        <translation>Der Eintrag betrifft den gesamten grenzüberschreitenden Raum: Es gibt keinen Einzelwert.</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="120"/>
        <source>No value of this indicator for %1.</source>
        <translation>Kein Wert dieses Indikators für %1.</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="124"/>
        <source>%1: %2 %3 (%4), source: %5</source>
        <translation>%1: %2 %3 (%4), Quelle: %5</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="130"/>
        <source>SYNTHETIC demo value: no evidence of the real situation.</source>
        <translation>SYNTHETISCHER Beispielwert: kein Beleg für die tatsächliche Lage.</translation>
    </message>
</context>
<context>
    <name>rrw::ui::GovernanceText</name>
    <message>
        <location filename="../ui/governance_text.cpp" line="14"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="17"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="20"/>
        <source>In progress</source>
        <translation>In Umsetzung</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="23"/>
        <source>Done</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="30"/>
        <source>District</source>
        <translation>Landkreis</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="33"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="36"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="39"/>
        <source>Association</source>
        <translation>Verband</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="42"/>
        <source>University</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="45"/>
        <source>Planning association</source>
        <translation>Planungsverband</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="48"/>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="51"/>
        <source>Chamber of commerce</source>
        <translation>Industrie- und Handelskammer</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="58"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="61"/>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="64"/>
        <source>Germany and Czechia</source>
        <translation>Deutschland und Tschechien</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="71"/>
        <source>Hazard index</source>
        <translation>Gefahrenindex</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="74"/>
        <source>BBK scenario</source>
        <translation>BBK-Szenario</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="77"/>
        <source>Supply-chain scenario</source>
        <translation>Lieferkettenszenario</translation>
    </message>
    <message>
        <location filename="../ui/governance_text.cpp" line="83"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
</context>
<context>
    <name>rrw::ui::HazardForm</name>
    <message>
        <location filename="../ui/hazard_form.cpp" line="200"/>
        <source>Closed crossings</source>
        <translation>Geschlossene Grenzübergänge</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="204"/>
        <source>All crossings</source>
        <translation>Alle Grenzübergänge</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="208"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="209"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="210"/>
        <source>Start day</source>
        <translation>Starttag</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="211"/>
        <source>Day 1 is the first simulated day.</source>
        <translation>Tag 1 ist der erste simulierte Tag.</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="212"/>
        <source>Duration (days)</source>
        <translation>Dauer (Tage)</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="213"/>
        <source>Freight throughput</source>
        <translation>Durchlass Güterverkehr</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="214"/>
        <source>Share of the freight that still passes the closed crossings.</source>
        <translation>Anteil des Güterverkehrs, der die geschlossenen Grenzübergänge noch passiert.</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="215"/>
        <source>Commuter throughput</source>
        <translation>Durchlass Pendler</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="216"/>
        <source>Share of the commuters who can still cross.</source>
        <translation>Anteil der Pendler, die die Grenze noch überqueren können.</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="219"/>
        <source>Supply that still arrives</source>
        <translation>Noch eintreffende Lieferungen</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="220"/>
        <source>Share of the supply from East Asia that still arrives.</source>
        <translation>Anteil der Lieferungen aus Ostasien, der noch eintrifft.</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="221"/>
        <source>Price increase</source>
        <translation>Preisanstieg</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="222"/>
        <source>Relative increase of the energy price: 100 % = doubled.</source>
        <translation>Relativer Anstieg des Energiepreises: 100 % = verdoppelt.</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="223"/>
        <source>Absence rate</source>
        <translation>Abwesenheitsquote</translation>
    </message>
    <message>
        <location filename="../ui/hazard_form.cpp" line="224"/>
        <source>Share of the workforce that is absent.</source>
        <translation>Anteil der fehlenden Arbeitskräfte.</translation>
    </message>
</context>
<context>
    <name>rrw::ui::IdentifyPanel</name>
    <message>
        <location filename="../ui/identify_panel.cpp" line="118"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/identify_panel.cpp" line="118"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/identify_panel.cpp" line="130"/>
        <source>Feature %1</source>
        <translation>Objekt %1</translation>
    </message>
    <message>
        <location filename="../ui/identify_panel.cpp" line="142"/>
        <source>No feature here</source>
        <translation>Hier ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../ui/identify_panel.cpp" line="152"/>
        <source>Layer %1, feature %2</source>
        <translation>Layer %1, Objekt %2</translation>
    </message>
    <message>
        <location filename="../ui/identify_panel.cpp" line="167"/>
        <source>More features not shown: %1</source>
        <translation>Weitere, nicht angezeigte Objekte: %1</translation>
    </message>
</context>
<context>
    <name>rrw::ui::ImportRunner</name>
    <message>
        <location filename="../ui/import_runner.cpp" line="29"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../ui/import_runner.cpp" line="29"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/import_runner.cpp" line="74"/>
        <source>%1: %2 features (%3 repaired, %4 rejected)</source>
        <translation>%1: Objekte: %2 (repariert: %3, abgewiesen: %4)</translation>
    </message>
    <message>
        <location filename="../ui/import_runner.cpp" line="93"/>
        <source>%1: %2 indicators added, %3 replaced</source>
        <translation>%1: %2 Indikatoren hinzugefügt, %3 ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/import_runner.cpp" line="97"/>
        <source>%1: %2 indicator values added, %3 replaced (%4 flagged synthetic)</source>
        <translation>%1: %2 Indikatorwerte hinzugefügt, %3 ersetzt (%4 als synthetisch gekennzeichnet)</translation>
    </message>
</context>
<context>
    <name>rrw::ui::IndicatorExplorer</name>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="234"/>
        <source>%1: no values at this level.</source>
        <translation>%1: keine Werte auf dieser Ebene.</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="235"/>
        <source>%1 (%2), latest value per region</source>
        <translation>%1 (%2), jeweils neuester Wert je Gebietseinheit</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="277"/>
        <source>Hatched: synthetic values</source>
        <translation>Schraffiert: synthetische Werte</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="307"/>
        <source>The regions with values have no map layer.</source>
        <translation>Für die Gebietseinheiten mit Werten gibt es keinen Kartenlayer.</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="345"/>
        <source>Show indicator on the map</source>
        <translation>Indikator auf der Karte anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="363"/>
        <source>&amp;Level:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="364"/>
        <source>Kreise and okresy</source>
        <translation>Kreise und Okresy</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="365"/>
        <source>Gemeinden and obce</source>
        <translation>Gemeinden (DE) und Obce (CZ)</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="367"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="367"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="367"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="367"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="367"/>
        <location filename="../ui/indicator_explorer.cpp" line="369"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="367"/>
        <location filename="../ui/indicator_explorer.cpp" line="369"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="369"/>
        <source>Region</source>
        <translation>Gebietseinheit</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="369"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="369"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/indicator_explorer.cpp" line="370"/>
        <source>Show on &amp;map</source>
        <translation>Auf der &amp;Karte anzeigen</translation>
    </message>
</context>
<context>
    <name>rrw::ui::LayerPanel</name>
    <message>
        <location filename="../ui/layer_panel.cpp" line="178"/>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <location filename="../ui/layer_panel.cpp" line="179"/>
        <source>Style…</source>
        <translation>Stil…</translation>
    </message>
    <message>
        <location filename="../ui/layer_panel.cpp" line="180"/>
        <source>Zoom to layer</source>
        <translation>Auf Layer zoomen</translation>
    </message>
</context>
<context>
    <name>rrw::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="138"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="139"/>
        <source>rrw projects (*.gpkg)</source>
        <translation>rrw-Projekte (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="184"/>
        <location filename="../ui/main_window.cpp" line="287"/>
        <source>About rrw</source>
        <translation>Über rrw</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="185"/>
        <source>&lt;b&gt;Resilient Region Workbench&lt;/b&gt;&lt;p&gt;Regional risk and resilience analysis for the Fichtelgebirge and the Karlovy Vary Region.&lt;/p&gt;&lt;p&gt;Colour schemes: ColorBrewer, © Cynthia Brewer, Mark Harrower and The Pennsylvania State University (Apache 2.0); viridis and cividis (CC0).&lt;/p&gt;&lt;p&gt;Data sources and licences: docs/DATA.md and each layer&apos;s metadata.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Resilient Region Workbench&lt;/b&gt;&lt;p&gt;Regionale Risiko- und Resilienzanalyse für das Fichtelgebirge und die Karlsbader Region.&lt;/p&gt;&lt;p&gt;Farbschemata: ColorBrewer, © Cynthia Brewer, Mark Harrower und The Pennsylvania State University (Apache 2.0); viridis und cividis (CC0).&lt;/p&gt;&lt;p&gt;Datenquellen und Lizenzen: docs/DATA.md und die Metadaten der einzelnen Layer.&lt;/p&gt;</translation>
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
        <translation>Zuletzt verwendete Projekte</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="270"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="271"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="272"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="273"/>
        <source>&amp;Language / Sprache / Jazyk</source>
        <translation>&amp;Sprache / Language / Jazyk</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="275"/>
        <source>Pre&amp;sentation</source>
        <translation>Präsen&amp;tation</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="276"/>
        <source>Slides</source>
        <translation>Folien</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="277"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="278"/>
        <source>&amp;Import data…</source>
        <translation>Daten &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="279"/>
        <source>&amp;Export map…</source>
        <translation>Karte &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="280"/>
        <source>&amp;Report…</source>
        <translation>Be&amp;richt…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="281"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="306"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="307"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="308"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="413"/>
        <source>The project was changed by another program and cannot be read again: %1</source>
        <translation>Das Projekt wurde von einem anderen Programm geändert und kann nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="468"/>
        <source>Vector data (*.geojson *.json *.shp *.zip *.gpkg *.kml *.gml *.csv);;Indicator tables (*.csv);;All files (*)</source>
        <translation>Vektordaten (*.geojson *.json *.shp *.zip *.gpkg *.kml *.gml *.csv);;Indikatortabellen (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="283"/>
        <source>Whole region</source>
        <translation>Gesamte Region</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="88"/>
        <source>The project was changed by another program; reloaded. The undo history was cleared.</source>
        <translation>Das Projekt wurde von einem anderen Programm geändert und neu geladen. Der Rückgängig-Verlauf wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="90"/>
        <source>The project was changed by another program; reloaded.</source>
        <translation>Das Projekt wurde von einem anderen Programm geändert und neu geladen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="284"/>
        <source>Zoom in</source>
        <translation>Hineinzoomen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="285"/>
        <source>Zoom out</source>
        <translation>Herauszoomen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="286"/>
        <source>Add bookmark…</source>
        <translation>Lesezeichen hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="288"/>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="289"/>
        <source>Identify</source>
        <translation>Objekte abfragen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="290"/>
        <source>Attribute table</source>
        <translation>Attributtabelle</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="309"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="371"/>
        <source>Add bookmark</source>
        <translation>Lesezeichen hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="371"/>
        <source>Name of this view:</source>
        <translation>Name dieser Ansicht:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="439"/>
        <source>Map exported to %1</source>
        <translation>Karte nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="446"/>
        <location filename="../ui/main_window.cpp" line="459"/>
        <source>Export map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="447"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="459"/>
        <source>Resolution (dpi):</source>
        <translation>Auflösung (dpi):</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="467"/>
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>Vector data (*.geojson *.json *.shp *.zip *.gpkg *.kml *.gml *.csv);;All files (*)</source>
        <translation type="vanished">Vektordaten (*.geojson *.json *.shp *.zip *.gpkg *.kml *.gml *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="495"/>
        <source>EPSG:3035 %1, %2 | WGS84 %3° N, %4° E</source>
        <translation>EPSG:3035 %1, %2 | WGS84 %3° N, %4° O</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="505"/>
        <source>Scale 1 : %1</source>
        <translation>Maßstab 1 : %1</translation>
    </message>
</context>
<context>
    <name>rrw::ui::MapDocument</name>
    <message>
        <location filename="../ui/map_document.cpp" line="285"/>
        <source>Show layer</source>
        <translation>Layer einblenden</translation>
    </message>
    <message>
        <location filename="../ui/map_document.cpp" line="285"/>
        <source>Hide layer</source>
        <translation>Layer ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/map_document.cpp" line="291"/>
        <source>Change opacity</source>
        <translation>Deckkraft ändern</translation>
    </message>
    <message>
        <location filename="../ui/map_document.cpp" line="297"/>
        <source>Change style</source>
        <translation>Stil ändern</translation>
    </message>
    <message>
        <location filename="../ui/map_document.cpp" line="308"/>
        <source>Move layer</source>
        <translation>Layer verschieben</translation>
    </message>
    <message>
        <location filename="../ui/map_document.cpp" line="316"/>
        <source>Add layer</source>
        <translation>Layer hinzufügen</translation>
    </message>
</context>
<context>
    <name>rrw::ui::MeasureCommands</name>
    <message>
        <location filename="../ui/commands/measure_commands.cpp" line="9"/>
        <source>Add measure</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/commands/measure_commands.cpp" line="28"/>
        <source>Edit measure</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/commands/measure_commands.cpp" line="48"/>
        <source>Delete measure</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message>
        <location filename="../ui/commands/measure_commands.cpp" line="65"/>
        <source>Add organisation</source>
        <translation>Organisation hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/commands/measure_commands.cpp" line="83"/>
        <source>Edit organisation</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/commands/measure_commands.cpp" line="100"/>
        <source>Delete organisation</source>
        <translation>Organisation löschen</translation>
    </message>
</context>
<context>
    <name>rrw::ui::MeasureDialog</name>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="263"/>
        <source>The id needs 1 to 64 characters of A–Z, a–z, 0–9, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>Die ID muss aus 1 bis 64 Zeichen aus A–Z, a–z, 0–9, &apos;_&apos;, &apos;-&apos; und &apos;.&apos; bestehen.</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="267"/>
        <source>A measure with the id &apos;%1&apos; exists already.</source>
        <translation>Eine Maßnahme mit der ID &apos;%1&apos; ist bereits vorhanden.</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="272"/>
        <source>Give the measure a German or a Czech title.</source>
        <translation>Geben Sie der Maßnahme einen deutschen oder einen tschechischen Titel.</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="286"/>
        <source>New measure</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="286"/>
        <source>Edit measure</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="287"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="288"/>
        <source>Title (German):</source>
        <translation>Titel (Deutsch):</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="289"/>
        <source>Title (Czech):</source>
        <translation>Titel (Tschechisch):</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="290"/>
        <source>Description (German):</source>
        <translation>Beschreibung (Deutsch):</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="291"/>
        <source>Description (Czech):</source>
        <translation>Beschreibung (Tschechisch):</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="292"/>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="293"/>
        <source>Status:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="294"/>
        <source>Review date:</source>
        <translation>Überprüfungstermin:</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="295"/>
        <source>SWOT items it answers:</source>
        <translation>SWOT-Einträge, auf die sie reagiert:</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="296"/>
        <source>Risks it addresses:</source>
        <translation>Adressierte Risiken:</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="297"/>
        <source>none</source>
        <translation>kein Termin</translation>
    </message>
    <message>
        <location filename="../ui/measure_dialog.cpp" line="302"/>
        <source>(no owner)</source>
        <translation>(keine verantwortliche Stelle)</translation>
    </message>
</context>
<context>
    <name>rrw::ui::MeasureForm</name>
    <message>
        <location filename="../ui/measure_form.cpp" line="256"/>
        <source>Sectors</source>
        <translation>Sektoren</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="260"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="261"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="262"/>
        <source>Cost (EUR)</source>
        <translation>Kosten (EUR)</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="264"/>
        <source>all sectors</source>
        <translation>alle Sektoren</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="266"/>
        <source>NACE codes or prefixes of the customers, separated by commas (such as C, C29, C29.3); empty = all sectors.</source>
        <translation>NACE-Codes oder -Präfixe der Abnehmer, durch Kommas getrennt (z. B. C, C29, C29.3); leer = alle Sektoren.</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="268"/>
        <source>Extra days of stock</source>
        <translation>Zusätzliche Lagertage</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="269"/>
        <source>Added replaceable share</source>
        <translation>Zusätzlich ersetzbarer Anteil</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="271"/>
        <source>Share of the inputs that can additionally be replaced by another supplier.</source>
        <translation>Anteil der Vorleistungen, der zusätzlich durch einen anderen Lieferanten ersetzt werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="272"/>
        <source>Switch within (days)</source>
        <translation>Umstellung binnen (Tage)</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="274"/>
        <source>Days needed to switch to another supplier; taken when shorter than before.</source>
        <translation>Tage bis zur Umstellung auf einen anderen Lieferanten; übernommen, wenn kürzer als bisher.</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="275"/>
        <source>Share moved</source>
        <translation>Verlagerter Anteil</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="277"/>
        <source>Part of the input shares from East Asia that moves to the new supplier.</source>
        <translation>Teil der Vorleistungsanteile aus Ostasien, der zum neuen Lieferanten verlagert wird.</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="278"/>
        <source>Supplier (id)</source>
        <translation>Lieferant (ID)</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="279"/>
        <source>the customer&apos;s own country</source>
        <translation>das eigene Land des Abnehmers</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="280"/>
        <source>Lead time (days)</source>
        <translation>Lieferzeit (Tage)</translation>
    </message>
    <message>
        <location filename="../ui/measure_form.cpp" line="281"/>
        <source>Route via crossing</source>
        <translation>Route über Grenzübergang</translation>
    </message>
</context>
<context>
    <name>rrw::ui::MeasureRanking</name>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="84"/>
        <source>This scenario has no measures.</source>
        <translation>Dieses Szenario enthält keine Maßnahmen.</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="85"/>
        <source>Run a scenario to rank its measures.</source>
        <translation>Führen Sie ein Szenario aus, um seine Maßnahmen in eine Rangfolge zu bringen.</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="117"/>
        <location filename="../ui/measure_ranking.cpp" line="121"/>
        <source>no cost</source>
        <translation>keine Kosten</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="128"/>
        <source>Blue: the measure avoids more loss than it costs (ratio ≥ 1).</source>
        <translation>Blau: Die Maßnahme vermeidet mehr Verlust, als sie kostet (Verhältnis ≥ 1).</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="130"/>
        <source>All measures together avoid %1 EUR of production loss for %2 EUR (loss %3 EUR without measures, %4 EUR with them).</source>
        <translation>Alle Maßnahmen zusammen vermeiden %1 EUR Produktionsausfall für %2 EUR (Ausfall %3 EUR ohne Maßnahmen, %4 EUR mit ihnen).</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="137"/>
        <source>Benefit/cost = the loss the measure avoids (the scenario with all its measures against the scenario without this one) divided by its cost.</source>
        <translation>Nutzen/Kosten = der von der Maßnahme vermiedene Verlust (das Szenario mit allen seinen Maßnahmen gegenüber dem Szenario ohne diese Maßnahme), geteilt durch ihre Kosten.</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="150"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="150"/>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="150"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="150"/>
        <source>Cost (EUR)</source>
        <translation>Kosten (EUR)</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="151"/>
        <source>Avoided loss (EUR)</source>
        <translation>Vermiedener Verlust (EUR)</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="151"/>
        <source>Avoided person-days</source>
        <translation>Vermiedene Personentage</translation>
    </message>
    <message>
        <location filename="../ui/measure_ranking.cpp" line="152"/>
        <source>Benefit/cost</source>
        <translation>Nutzen/Kosten</translation>
    </message>
</context>
<context>
    <name>rrw::ui::MeasureRegister</name>
    <message>
        <location filename="../ui/measure_register.cpp" line="229"/>
        <location filename="../ui/measure_register.cpp" line="237"/>
        <location filename="../ui/measure_register.cpp" line="246"/>
        <source>Measures register</source>
        <translation>Maßnahmenregister</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="250"/>
        <location filename="../ui/measure_register.cpp" line="258"/>
        <location filename="../ui/measure_register.cpp" line="267"/>
        <location filename="../ui/measure_register.cpp" line="481"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="360"/>
        <location filename="../ui/measure_register.cpp" line="368"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="369"/>
        <source>No owner</source>
        <translation>Ohne verantwortliche Stelle</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="474"/>
        <source>Add measure…</source>
        <translation>Maßnahme hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="475"/>
        <location filename="../ui/measure_register.cpp" line="483"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="476"/>
        <location filename="../ui/measure_register.cpp" line="484"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="477"/>
        <source>Status:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="478"/>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="479"/>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="479"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="479"/>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="480"/>
        <source>Review date</source>
        <translation>Überprüfungstermin</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="480"/>
        <source>SWOT items</source>
        <translation>SWOT-Einträge</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="480"/>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="482"/>
        <source>Add organisation…</source>
        <translation>Organisation hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="486"/>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="486"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="486"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/measure_register.cpp" line="486"/>
        <source>Role in the programme</source>
        <translation>Rolle im Programm</translation>
    </message>
</context>
<context>
    <name>rrw::ui::OrganisationDialog</name>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="110"/>
        <source>The id needs 1 to 64 characters of A–Z, a–z, 0–9, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>Die ID muss aus 1 bis 64 Zeichen aus A–Z, a–z, 0–9, &apos;_&apos;, &apos;-&apos; und &apos;.&apos; bestehen.</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="114"/>
        <source>An organisation with the id &apos;%1&apos; exists already.</source>
        <translation>Eine Organisation mit der ID &apos;%1&apos; ist bereits vorhanden.</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="119"/>
        <source>Give the organisation a German or a Czech name.</source>
        <translation>Geben Sie der Organisation einen deutschen oder einen tschechischen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="133"/>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="133"/>
        <source>Edit organisation</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="135"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="135"/>
        <source>Name (German):</source>
        <translation>Name (Deutsch):</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="135"/>
        <source>Name (Czech):</source>
        <translation>Name (Tschechisch):</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="135"/>
        <source>Name (English):</source>
        <translation>Name (Englisch):</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="136"/>
        <source>Short name:</source>
        <translation>Kurzname:</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="136"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="136"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="136"/>
        <source>Role (German):</source>
        <translation>Rolle (Deutsch):</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="137"/>
        <source>Role (Czech):</source>
        <translation>Rolle (Tschechisch):</translation>
    </message>
    <message>
        <location filename="../ui/organisation_dialog.cpp" line="137"/>
        <source>Role (English):</source>
        <translation>Rolle (Englisch):</translation>
    </message>
</context>
<context>
    <name>rrw::ui::PlanningText</name>
    <message>
        <location filename="../ui/planning_text.cpp" line="47"/>
        <source>Strengths</source>
        <extracomment>SWOT quadrant. de: Stärken, cs: Silné stránky</extracomment>
        <translation>Stärken</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="50"/>
        <source>Weaknesses</source>
        <extracomment>SWOT quadrant. de: Schwächen, cs: Slabé stránky</extracomment>
        <translation>Schwächen</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="53"/>
        <source>Opportunities</source>
        <extracomment>SWOT quadrant. de: Chancen, cs: Příležitosti</extracomment>
        <translation>Chancen</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="56"/>
        <source>Threats</source>
        <extracomment>SWOT quadrant. de: Risiken, cs: Hrozby</extracomment>
        <translation>Risiken</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="66"/>
        <source>Strength</source>
        <extracomment>One SWOT item. de: Stärke, cs: Silná stránka</extracomment>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="69"/>
        <source>Weakness</source>
        <extracomment>One SWOT item. de: Schwäche, cs: Slabá stránka</extracomment>
        <translation>Schwäche</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="72"/>
        <source>Opportunity</source>
        <extracomment>One SWOT item. de: Chance, cs: Příležitost</extracomment>
        <translation>Chance</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="75"/>
        <source>Threat</source>
        <extracomment>One SWOT item. de: Risiko, cs: Hrozba</extracomment>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="85"/>
        <source>SO strategies (use strengths to seize opportunities)</source>
        <extracomment>de: SO-Strategien (Stärken nutzen, Chancen ergreifen); cs: strategie SO (využít silné stránky k využití příležitostí)</extracomment>
        <translation>SO-Strategien (Stärken nutzen, um Chancen zu ergreifen)</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="90"/>
        <source>ST strategies (use strengths to avert threats)</source>
        <extracomment>de: ST-Strategien (Stärken nutzen, Risiken abwehren); cs: strategie ST (využít silné stránky k odvrácení hrozeb)</extracomment>
        <translation>ST-Strategien (Stärken nutzen, um Risiken abzuwehren)</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="95"/>
        <source>WO strategies (overcome weaknesses by seizing opportunities)</source>
        <extracomment>de: WO-Strategien (Schwächen abbauen, Chancen nutzen); cs: strategie WO (překonat slabé stránky využitím příležitostí)</extracomment>
        <translation>WO-Strategien (Schwächen abbauen, um Chancen zu nutzen)</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="100"/>
        <source>WT strategies (reduce weaknesses and avoid threats)</source>
        <extracomment>de: WT-Strategien (Schwächen abbauen, Risiken vermeiden); cs: strategie WT (omezit slabé stránky a vyhnout se hrozbám)</extracomment>
        <translation>WT-Strategien (Schwächen abbauen und Risiken vermeiden)</translation>
    </message>
    <message>
        <location filename="../ui/planning_text.cpp" line="108"/>
        <source>whole cross-border area</source>
        <extracomment>An item for the whole region, not one Kreis/okres. de: gesamter Grenzraum, cs: celé přeshraniční území</extracomment>
        <translation>gesamter grenzüberschreitender Raum</translation>
    </message>
</context>
<context>
    <name>rrw::ui::PresentationWindow</name>
    <message>
        <location filename="../ui/presentation_window.cpp" line="137"/>
        <source>German (D)</source>
        <translation>Deutsch (D)</translation>
    </message>
    <message>
        <location filename="../ui/presentation_window.cpp" line="138"/>
        <source>Czech (C)</source>
        <translation>Tschechisch (C)</translation>
    </message>
    <message>
        <location filename="../ui/presentation_window.cpp" line="139"/>
        <source>German and Czech (B)</source>
        <translation>Deutsch und Tschechisch (B)</translation>
    </message>
    <message>
        <location filename="../ui/presentation_window.cpp" line="140"/>
        <source>End the presentation (Esc)</source>
        <translation>Präsentation beenden (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/presentation_window.cpp" line="141"/>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <location filename="../ui/presentation_window.cpp" line="191"/>
        <source>There are no slides.</source>
        <translation>Es gibt keine Folien.</translation>
    </message>
</context>
<context>
    <name>rrw::ui::Recovery</name>
    <message>
        <location filename="../ui/recovery.cpp" line="102"/>
        <source>Unsaved edits</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/recovery.cpp" line="103"/>
        <source>Some edits could not be restored:</source>
        <translation>Einige Änderungen konnten nicht wiederhergestellt werden:</translation>
    </message>
</context>
<context>
    <name>rrw::ui::RecoveryDialog</name>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="100"/>
        <source>Scenario editor: a scenario without a name</source>
        <translation>Szenario-Editor: ein Szenario ohne Namen</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="101"/>
        <source>Scenario editor: scenario “%1”</source>
        <translation>Szenario-Editor: Szenario „%1“</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="104"/>
        <source>New slide “%1”</source>
        <translation>Neue Folie „%1“</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="105"/>
        <source>Slide “%1”: titles and notes</source>
        <translation>Folie „%1“: Titel und Notizen</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="108"/>
        <source>Style of the map layer “%1”</source>
        <translation>Stil des Kartenlayers „%1“</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="111"/>
        <source>New SWOT item “%1”</source>
        <translation>Neuer SWOT-Eintrag „%1“</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="112"/>
        <source>SWOT item “%1”</source>
        <translation>SWOT-Eintrag „%1“</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="114"/>
        <source>An edit this version cannot restore (%1)</source>
        <translation>Eine Änderung, die diese Version nicht wiederherstellen kann (%1)</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="118"/>
        <source>Unsaved edits found</source>
        <translation>Nicht gespeicherte Änderungen gefunden</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="119"/>
        <source>Restore unsaved edits from %1?</source>
        <translation>Nicht gespeicherte Änderungen vom %1 wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="122"/>
        <source>The workbench was not closed normally while these edits were open. Restored edits come back into their editors unsaved: check them, then save.</source>
        <translation>Die Workbench wurde nicht ordnungsgemäß beendet, während diese Änderungen geöffnet waren. Wiederhergestellte Änderungen kehren ungespeichert in ihre Editoren zurück: Prüfen Sie sie und speichern Sie sie dann.</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="128"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialog.cpp" line="129"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>rrw::ui::RegisterCommand</name>
    <message>
        <location filename="../ui/commands/register_command.cpp" line="41"/>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
</context>
<context>
    <name>rrw::ui::ReportDialog</name>
    <message>
        <location filename="../ui/report_dialog.cpp" line="41"/>
        <source>&amp;Build preview</source>
        <translation>&amp;Vorschau erstellen</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="42"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="43"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="47"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="48"/>
        <source>Full report</source>
        <translation>Vollständiger Bericht</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="49"/>
        <source>SWOT analysis</source>
        <translation>SWOT-Analyse</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="50"/>
        <source>Risk analysis</source>
        <translation>Risikoanalyse</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="51"/>
        <source>Supply-chain scenarios</source>
        <translation>Lieferkettenszenarien</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="52"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="53"/>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="54"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="55"/>
        <source>German and Czech</source>
        <translation>Deutsch und Tschechisch</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="58"/>
        <source>All scenarios</source>
        <translation>Alle Szenarien</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="66"/>
        <source>&amp;Template:</source>
        <translation>Vor&amp;lage:</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="67"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="68"/>
        <source>&amp;Scenarios:</source>
        <translation>Szena&amp;rien:</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="72"/>
        <source>C&amp;ontents (uncheck what to leave out):</source>
        <translation>&amp;Inhalt (abwählen, was entfallen soll):</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="122"/>
        <location filename="../ui/report_dialog.cpp" line="126"/>
        <source>Press Build preview to build the report with these settings.</source>
        <translation>Klicken Sie auf „Vorschau erstellen“, um den Bericht mit diesen Einstellungen zu erstellen.</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="159"/>
        <source>Built: %1 sections. The preview shows the first pages of the PDF.</source>
        <translation>Erstellt; Abschnitte: %1. Die Vorschau zeigt die ersten Seiten des PDF.</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="166"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="179"/>
        <source>Building the report …</source>
        <translation>Bericht wird erstellt …</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="230"/>
        <source>%1: choose a file ending in .pdf, .odt or .html.</source>
        <translation>%1: Wählen Sie eine Datei mit der Endung .pdf, .odt oder .html.</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="238"/>
        <source>Exported %1 (pages: %2, maps: %3).</source>
        <translation>%1 exportiert (Seiten: %2, Karten: %3).</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="242"/>
        <source>Exported %1 (maps: %2).</source>
        <translation>%1 exportiert (Karten: %2).</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="253"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.cpp" line="254"/>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;OpenDocument-Text (*.odt);;HTML (*.html)</translation>
    </message>
</context>
<context>
    <name>rrw::ui::RiskMatrixPage</name>
    <message>
        <location filename="../ui/risk_matrix_page.cpp" line="171"/>
        <source>likelihood of “%1”</source>
        <translation>Eintrittswahrscheinlichkeit von „%1“</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_page.cpp" line="187"/>
        <source>damage extent of “%1”</source>
        <translation>Schadensausmaß von „%1“</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_page.cpp" line="206"/>
        <source>Extent class: mean of the five parameters (BBK 2010)</source>
        <translation>Schadensausmaßklasse: Mittelwert der fünf Parameter (BBK 2010)</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_page.cpp" line="207"/>
        <source>Extent class: worst parameter (cautious)</source>
        <translation>Schadensausmaßklasse: ungünstigster Parameter (vorsichtig)</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_page.cpp" line="208"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_page.cpp" line="208"/>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_page.cpp" line="212"/>
        <source>Extent class</source>
        <translation>Ausmaßklasse</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_page.cpp" line="212"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_page.cpp" line="215"/>
        <source>Workshop starting estimates, to be revised by the partners. Likelihood A (very unlikely) to E (very likely); damage extent 1 (insignificant) to 5 (catastrophic); method: BBK, Methode für die Risikoanalyse im Bevölkerungsschutz (2010). Every change is stored and can be undone.</source>
        <translation>Ausgangsschätzungen aus dem Workshop, von den Partnern noch zu überarbeiten. Eintrittswahrscheinlichkeit A (sehr unwahrscheinlich) bis E (sehr wahrscheinlich); Schadensausmaß 1 (unbedeutend) bis 5 (katastrophal); Methode: BBK, Methode für die Risikoanalyse im Bevölkerungsschutz (2010). Jede Änderung wird gespeichert und kann rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>rrw::ui::RiskMatrixView</name>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="182"/>
        <source>Likelihood %1 (%2), extent class %3 (%4)</source>
        <translation>Eintrittswahrscheinlichkeit %1 (%2), Schadensausmaßklasse %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="187"/>
        <source>Risk %1: %2</source>
        <translation>Risiko %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="190"/>
        <source>Extent classes (the highest counts): %1</source>
        <translation>Schadensausmaßklassen (maßgeblich ist die höchste): %1</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="191"/>
        <source>Extent classes (their mean counts): %1</source>
        <translation>Schadensausmaßklassen (maßgeblich ist ihr Mittelwert): %1</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="231"/>
        <source>%1 × %2 = risk %3: %4</source>
        <translation>%1 × %2 = Risiko %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="254"/>
        <source>Risk matrix (BBK method)</source>
        <translation>Risikomatrix (BBK-Methode)</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="317"/>
        <source>Extent of damage</source>
        <translation>Schadensausmaß</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="322"/>
        <source>Likelihood</source>
        <translation>Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="349"/>
        <source>%1 / %2 · risk %3: %4</source>
        <translation>%1 / %2 · Risiko %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/risk_matrix_view.cpp" line="365"/>
        <source>%1 (risk %2)</source>
        <translation>%1 (Risiko %2)</translation>
    </message>
</context>
<context>
    <name>rrw::ui::RiskPanel</name>
    <message>
        <location filename="../ui/risk_panel.cpp" line="288"/>
        <source>The project has no index models.</source>
        <translation>Das Projekt enthält keine Indexmodelle.</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="292"/>
        <source>Running…</source>
        <translation>Berechnung läuft…</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="295"/>
        <source>Canceled; nothing was stored.</source>
        <translation>Abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="303"/>
        <location filename="../ui/risk_panel.cpp" line="529"/>
        <source>Gemeinden and obce</source>
        <translation>Gemeinden (DE) und Obce (CZ)</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="303"/>
        <location filename="../ui/risk_panel.cpp" line="528"/>
        <source>Kreise and okresy</source>
        <translation>Kreise und Okresy</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="306"/>
        <source>Run %1 stored: %2, %3, %4 regions, %5 Monte Carlo samples (seed %6).</source>
        <translation>Berechnung %1 gespeichert: %2, %3, %4 Gebietseinheiten, %5 Monte-Carlo-Stichproben (Startwert %6).</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="312"/>
        <source>Run %1 stored: %2, %3, %4 regions, no Monte Carlo.</source>
        <translation>Berechnung %1 gespeichert: %2, %3, %4 Gebietseinheiten, ohne Monte-Carlo-Simulation.</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="389"/>
        <source>Synthetic values: %1</source>
        <translation>Synthetische Werte: %1</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="402"/>
        <source>Rank (1 = highest risk); bars: 5–95 % of the Monte Carlo ranks</source>
        <translation>Rang (1 = höchstes Risiko); Balken: 5–95 % der Monte-Carlo-Ränge</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="527"/>
        <source>Samples for the 5–95 % rank intervals (0 = ranks only)</source>
        <translation>Stichproben für die 5–95-%-Rangintervalle (0 = nur Ränge)</translation>
    </message>
    <message>
        <source>Rank (1 = highest risk); bars: 5᎕ % of the Monte Carlo ranks</source>
        <translation type="vanished">Rang (1 = höchstes Risiko); Balken: 5–95 % der Monte-Carlo-Ränge</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="403"/>
        <source>Open dots: synthetic input data</source>
        <translation>Ungefüllte Punkte: synthetische Eingangsdaten</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="466"/>
        <source>The regions of this level have no map layer.</source>
        <translation>Die Gebietseinheiten dieser Ebene haben keinen Kartenlayer.</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="505"/>
        <source>Show risk scores on the map</source>
        <translation>Risikoindexwerte auf der Karte anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="523"/>
        <source>&amp;Hazard model:</source>
        <translation>&amp;Gefahrenmodell:</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="524"/>
        <source>&amp;Level:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="525"/>
        <source>Monte Carlo &amp;samples:</source>
        <translation>&amp;Monte-Carlo-Stichproben:</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="526"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Samples for the 5᎕ % rank intervals (0 = ranks only)</source>
        <translation type="vanished">Stichproben für die 5–95-%-Rangintervalle (0 = nur Ränge)</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="534"/>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="535"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="536"/>
        <source>Show on &amp;map</source>
        <translation>Auf der &amp;Karte anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="538"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="538"/>
        <source>Region</source>
        <translation>Gebietseinheit</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="538"/>
        <source>Score</source>
        <translation>Indexwert</translation>
    </message>
    <message>
        <source>Rank 5᎕ %</source>
        <translation type="vanished">Rang 5–95 %</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="538"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="538"/>
        <source>Rank 5–95 %</source>
        <translation>Rang 5–95 %</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="539"/>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="540"/>
        <source>Rank intervals</source>
        <translation>Rangintervalle</translation>
    </message>
    <message>
        <location filename="../ui/risk_panel.cpp" line="541"/>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
</context>
<context>
    <name>rrw::ui::RiskTexts</name>
    <message>
        <location filename="../ui/risk_texts.cpp" line="126"/>
        <source>Hazard and exposure</source>
        <translation>Gefährdung und Exposition</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="129"/>
        <source>Vulnerability</source>
        <translation>Verwundbarkeit</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="132"/>
        <source>Coping capacity</source>
        <translation>Bewältigungskapazität</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="139"/>
        <source>higher is worse</source>
        <translation>höher ist schlechter</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="142"/>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="150"/>
        <source>very unlikely</source>
        <translation>sehr unwahrscheinlich</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="152"/>
        <source>unlikely</source>
        <translation>unwahrscheinlich</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="154"/>
        <source>conditionally likely</source>
        <translation>bedingt wahrscheinlich</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="156"/>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="158"/>
        <source>very likely</source>
        <translation>sehr wahrscheinlich</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="166"/>
        <source>insignificant</source>
        <translation>unbedeutend</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="168"/>
        <source>minor</source>
        <translation>gering</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="170"/>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="172"/>
        <source>major</source>
        <translation>groß</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="174"/>
        <source>catastrophic</source>
        <translation>katastrophal</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="182"/>
        <source>People</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="185"/>
        <source>Environment</source>
        <translation>Umwelt</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="188"/>
        <source>Economy</source>
        <translation>Volkswirtschaft</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="191"/>
        <source>Supply</source>
        <translation>Versorgung</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="194"/>
        <source>Immaterial</source>
        <translation>Immateriell</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="201"/>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="204"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="207"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../ui/risk_texts.cpp" line="210"/>
        <source>very high</source>
        <translation>sehr hoch</translation>
    </message>
</context>
<context>
    <name>rrw::ui::RunComparison</name>
    <message>
        <location filename="../ui/run_comparison.cpp" line="165"/>
        <source>Run at least two scenarios to compare them.</source>
        <translation>Führen Sie mindestens zwei Szenarien aus, um sie zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="171"/>
        <source>Choose two different runs.</source>
        <translation>Wählen Sie zwei verschiedene Läufe.</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="190"/>
        <source>Run B loses %1 EUR less production than run A</source>
        <translation>Lauf B verliert %1 EUR weniger Produktion als Lauf A</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="191"/>
        <source>Run B loses %1 EUR more production than run A</source>
        <translation>Lauf B verliert %1 EUR mehr Produktion als Lauf A</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="192"/>
        <source>%1 fewer jobs at risk.</source>
        <translation>%1 gefährdete Arbeitsplätze weniger.</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="193"/>
        <source>%1 more jobs at risk.</source>
        <translation>%1 gefährdete Arbeitsplätze mehr.</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="195"/>
        <source>The two runs used different supply networks.</source>
        <translation>Die beiden Läufe beruhen auf unterschiedlichen Liefernetzwerken.</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="232"/>
        <source>Whole region</source>
        <translation>Gesamte Region</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="235"/>
        <source>German side</source>
        <translation>Deutsche Seite</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="236"/>
        <source>Czech side</source>
        <translation>Tschechische Seite</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="282"/>
        <source>Run A</source>
        <translation>Lauf A</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="284"/>
        <source>Run B</source>
        <translation>Lauf B</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="287"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="287"/>
        <source>Production (% of normal)</source>
        <translation>Produktion (% des Normalniveaus)</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="288"/>
        <source>Regional production, runs A and B</source>
        <translation>Regionale Produktion, Läufe A und B</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="301"/>
        <source>Run &amp;A:</source>
        <translation>Lauf &amp;A:</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="302"/>
        <source>Run &amp;B:</source>
        <translation>Lauf &amp;B:</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="303"/>
        <source>S&amp;wap</source>
        <translation>Ver&amp;tauschen</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="304"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="305"/>
        <source>Difference B − A</source>
        <translation>Differenz B − A</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="306"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="307"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="309"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="309"/>
        <source>Loss A (EUR)</source>
        <translation>Ausfall A (EUR)</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="309"/>
        <source>Loss B (EUR)</source>
        <translation>Ausfall B (EUR)</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="309"/>
        <source>Loss B − A</source>
        <translation>Ausfall B − A</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="309"/>
        <source>Jobs at risk A</source>
        <translation>Gefährdete Arbeitsplätze A</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="310"/>
        <source>Jobs at risk B</source>
        <translation>Gefährdete Arbeitsplätze B</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="310"/>
        <source>Jobs B − A</source>
        <translation>Arbeitsplätze B − A</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="310"/>
        <source>Time to survive A (days)</source>
        <translation>Überlebenszeit A (Tage)</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="311"/>
        <source>Time to survive B (days)</source>
        <translation>Überlebenszeit B (Tage)</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="311"/>
        <source>Time to recover A (days)</source>
        <translation>Erholungszeit A (Tage)</translation>
    </message>
    <message>
        <location filename="../ui/run_comparison.cpp" line="312"/>
        <source>Time to recover B (days)</source>
        <translation>Erholungszeit B (Tage)</translation>
    </message>
</context>
<context>
    <name>rrw::ui::RunResults</name>
    <message>
        <location filename="../ui/run_results.cpp" line="124"/>
        <source>Production loss %1 EUR (%2 % of normal output), %3 person-days, %4 jobs at risk (German side %5, Czech side %6).</source>
        <translation>Produktionsausfall %1 EUR (%2 % der normalen Produktion), %3 Personentage, %4 gefährdete Arbeitsplätze (deutsche Seite %5, tschechische Seite %6).</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="133"/>
        <source>%1 firms fall below 95 % of their output; the first after %2 days (time to survive), the last recovers %3 days after the hazards end (time to recover).</source>
        <translation>Unternehmen unter 95 % ihrer Produktion: %1; das erste nach %2 Tagen (Überlebenszeit, Time to Survive), das letzte erholt sich %3 Tage nach dem Ende der Gefahren (Erholungszeit, Time to Recover).</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="143"/>
        <source>The project has no municipality layers.</source>
        <translation>Das Projekt enthält keine Gemeinde-Layer.</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="156"/>
        <source>Whole region</source>
        <translation>Gesamte Region</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="158"/>
        <source>German side</source>
        <translation>Deutsche Seite</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="161"/>
        <source>Czech side</source>
        <translation>Tschechische Seite</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="164"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="164"/>
        <source>Production (% of normal)</source>
        <translation>Produktion (% des Normalniveaus)</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="165"/>
        <source>Regional production: %1</source>
        <translation>Regionale Produktion: %1</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="176"/>
        <source>The project has no supply network.</source>
        <translation>Das Projekt hat kein Liefernetzwerk.</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="212"/>
        <source>%1 supply links as %2 flows between municipalities and external suppliers (%3 links within one municipality are not drawn). The hazards cut %4 links carrying %5 % of the volume (dashed). Volume = input share × the customer&apos;s daily output (EUR/day).</source>
        <translation>%1 Lieferbeziehungen als %2 Ströme zwischen Gemeinden und externen Lieferanten (%3 Lieferbeziehungen innerhalb einer Gemeinde werden nicht gezeichnet). Die Gefahren unterbrechen %4 Lieferbeziehungen mit %5 % des Volumens (gestrichelt). Volumen = Vorleistungsanteil × Tagesproduktion des Abnehmers (EUR/Tag).</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="222"/>
        <source>The project&apos;s network has changed since this run; the flows show the current network.</source>
        <translation>Das Netzwerk des Projekts hat sich seit diesem Lauf geändert; die Ströme zeigen das aktuelle Netzwerk.</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="244"/>
        <source>Show jobs at risk on the map</source>
        <translation>Gefährdete Arbeitsplätze auf der Karte anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="270"/>
        <source>Jobs at risk</source>
        <translation>Gefährdete Arbeitsplätze</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="271"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="272"/>
        <source>Supply flows</source>
        <translation>Lieferströme</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="273"/>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../ui/run_results.cpp" line="274"/>
        <source>Show on &amp;main map</source>
        <translation>Auf der &amp;Hauptkarte anzeigen</translation>
    </message>
</context>
<context>
    <name>rrw::ui::ScenarioEditor</name>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="472"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="473"/>
        <source>The scenario&apos;s id; an existing name is saved as a new version of it.</source>
        <translation>Die ID des Szenarios; unter einem vorhandenen Namen wird eine neue Version gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="474"/>
        <source>German title</source>
        <translation>Deutscher Titel</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="475"/>
        <source>Czech title</source>
        <translation>Tschechischer Titel</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="476"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="477"/>
        <source>Days simulated</source>
        <translation>Simulierte Tage</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="478"/>
        <source>Hazards</source>
        <translation>Gefahren</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="479"/>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
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
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="480"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="480"/>
        <location filename="../ui/scenario_editor.cpp" line="481"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="481"/>
        <source>Cost (EUR)</source>
        <translation>Kosten (EUR)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="482"/>
        <source>Add hazard</source>
        <translation>Gefahr hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="483"/>
        <location filename="../ui/scenario_editor.cpp" line="486"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="484"/>
        <source>Remove the selected hazard</source>
        <translation>Ausgewählte Gefahr entfernen</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="485"/>
        <source>Add measure</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/scenario_editor.cpp" line="487"/>
        <source>Remove the selected measure</source>
        <translation>Ausgewählte Maßnahme entfernen</translation>
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
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/scenario_fields.cpp" line="89"/>
        <source>%1 (not in the network)</source>
        <translation>%1 (nicht im Netzwerk)</translation>
    </message>
</context>
<context>
    <name>rrw::ui::ScenarioPage</name>
    <message>
        <location filename="../ui/scenario_page.cpp" line="176"/>
        <location filename="../ui/scenario_page.cpp" line="222"/>
        <source>No scenario has been run yet: choose one and press Run.</source>
        <translation>Noch kein Szenario ausgeführt: Wählen Sie eines aus und klicken Sie auf „Ausführen“.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="180"/>
        <source>The project has no supply network: import one with &apos;rrw-cli supply import&apos;.</source>
        <translation>Das Projekt enthält kein Liefernetzwerk: Importieren Sie eines mit &apos;rrw-cli supply import&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="260"/>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="291"/>
        <source>Provenance: hash of the scenario as run and of the network %1</source>
        <translation>Herkunft: Hash des Szenarios in der ausgeführten Fassung und Prüfsumme des Netzwerks %1</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="345"/>
        <source>Saved scenario %1 as version %2.</source>
        <translation>Szenario %1 als Version %2 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="362"/>
        <source>Delete scenario</source>
        <translation>Szenario löschen</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="363"/>
        <source>Delete every version of scenario %1? Its stored runs are kept.</source>
        <translation>Alle Versionen des Szenarios %1 löschen? Seine gespeicherten Läufe bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="372"/>
        <source>Deleted scenario %1.</source>
        <translation>Szenario %1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="402"/>
        <source>Running %1 …</source>
        <translation>Szenario %1 läuft …</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="425"/>
        <source>Run %1 stored (inputs hash %2).</source>
        <translation>Lauf %1 gespeichert (Eingangs-Hash %2).</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="435"/>
        <source>The run was canceled; nothing was stored.</source>
        <translation>Der Lauf wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="487"/>
        <source>Save and &amp;run</source>
        <translation>Speichern und aus&amp;führen</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="487"/>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="512"/>
        <source>&amp;Scenarios (latest versions):</source>
        <translation>&amp;Szenarien (neueste Versionen):</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="513"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="514"/>
        <source>Save as new &amp;version</source>
        <translation>Als neue &amp;Version speichern</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="515"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="516"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="517"/>
        <source>Stored r&amp;uns (newest first):</source>
        <translation>Gespeicherte Lä&amp;ufe (neueste zuerst):</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="519"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="519"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="519"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="519"/>
        <source>Started (UTC)</source>
        <translation>Gestartet (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="519"/>
        <source>Inputs hash</source>
        <translation>Eingangs-Hash</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="520"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/scenario_page.cpp" line="521"/>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
</context>
<context>
    <name>rrw::ui::ScenarioTexts</name>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="16"/>
        <source>Border closure</source>
        <translation>Grenzschließung</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="18"/>
        <source>Far-East supply interruption</source>
        <translation>Unterbrechung der Fernost-Lieferungen</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="20"/>
        <source>Energy-price shock</source>
        <translation>Energiepreisschock</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="22"/>
        <source>Pandemic absence</source>
        <translation>Personalausfall durch Pandemie</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="30"/>
        <source>GreenCard for commuters</source>
        <translation>GreenCard für Pendler</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="32"/>
        <source>Stockpiling</source>
        <translation>Lagerhaltung</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="34"/>
        <source>Regional second suppliers</source>
        <translation>Regionale Zweitlieferanten</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="36"/>
        <source>Joint industrial park</source>
        <translation>Gemeinsamer Industriepark</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="38"/>
        <source>Nearshoring</source>
        <translation>Nearshoring</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="57"/>
        <source>Cross-border commuters may cross during a closure.</source>
        <translation>Grenzpendler dürfen die Grenze auch während einer Schließung überqueren.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="59"/>
        <source>Customers in the chosen sectors hold more days of inventory.</source>
        <translation>Abnehmer in den gewählten Sektoren halten Lagerbestände für mehr Tage vor.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="61"/>
        <source>A larger share of the inputs can be replaced, sooner.</source>
        <translation>Ein größerer Anteil der Vorleistungen ist ersetzbar, und das schneller.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="63"/>
        <source>A shared park of suppliers: a larger replaceable share and a shorter switch.</source>
        <translation>Ein gemeinsamer Park von Zulieferern: größerer ersetzbarer Anteil und schnellere Umstellung.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="67"/>
        <source>Part of the inputs from East Asia moves to a supplier in the region.</source>
        <translation>Ein Teil der Vorleistungen aus Ostasien wird zu einem Lieferanten in der Region verlagert.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="78"/>
        <source>freight %1 %, commuters %2 %, all crossings</source>
        <translation>Güterverkehr %1 %, Pendler %2 %, alle Grenzübergänge</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="81"/>
        <source>freight %1 %, commuters %2 %, closed crossings: %3</source>
        <extracomment>%3 is the number of closed crossings.</extracomment>
        <translation>Güterverkehr %1 %, Pendler %2 %, geschlossene Grenzübergänge: %3</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="85"/>
        <source>%1 % of the supply arrives</source>
        <translation>%1 % der Lieferungen treffen ein</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="87"/>
        <source>energy price +%1 %</source>
        <translation>Energiepreis +%1 %</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="89"/>
        <source>%1 % of the workforce absent</source>
        <translation>%1 % der Arbeitskräfte fallen aus</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="100"/>
        <source>all sectors</source>
        <translation>alle Sektoren</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="101"/>
        <source>sectors %1</source>
        <translation>Sektoren %1</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="104"/>
        <source>commuters may cross</source>
        <translation>Pendler dürfen die Grenze überqueren</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="107"/>
        <source>stock +%1 d, %2</source>
        <extracomment>&quot;d&quot; = days</extracomment>
        <translation>Lagerbestand +%1 Tage, %2</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="112"/>
        <source>+%1 % replaceable, switch within %2 d, %3</source>
        <extracomment>&quot;d&quot; = days</extracomment>
        <translation>+%1 % ersetzbar, Umstellung binnen %2 Tagen, %3</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="116"/>
        <source>+%1 % replaceable, %2</source>
        <translation>+%1 % ersetzbar, %2</translation>
    </message>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="120"/>
        <source>%1 % of the East-Asia inputs, lead time %2 d</source>
        <extracomment>&quot;d&quot; = days</extracomment>
        <translation>%1 % der Vorleistungen aus Ostasien, Lieferzeit %2 Tage</translation>
    </message>
</context>
<context>
    <name>rrw::ui::ScoreExplanationView</name>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="84"/>
        <source>Part</source>
        <translation>Bestandteil</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="84"/>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="84"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="84"/>
        <source>Normalised</source>
        <translation>Normiert</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="85"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="85"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="85"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="85"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="85"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="92"/>
        <source>Select a region to see why it scores as it does.</source>
        <translation>Wählen Sie eine Gebietseinheit aus, um zu sehen, wie ihr Indexwert zustande kommt.</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="103"/>
        <source>Why %1 has the score %2: the contributions of the groups and indicators add up to it.</source>
        <translation>Warum %1 den Indexwert %2 hat: Er ist die Summe der Beiträge der Gruppen und Indikatoren.</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="159"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="167"/>
        <source>Hatched: from synthetic data</source>
        <translation>Schraffiert: aus synthetischen Daten</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="170"/>
        <source>Sum of the contributions %1 = score %2</source>
        <translation>Summe der Beiträge %1 = Indexwert %2</translation>
    </message>
    <message>
        <location filename="../ui/score_explanation_view.cpp" line="171"/>
        <source>Sum of the contributions %1 ≠ score %2</source>
        <translation>Summe der Beiträge %1 ≠ Indexwert %2</translation>
    </message>
</context>
<context>
    <name>rrw::ui::SlideCommands</name>
    <message>
        <location filename="../ui/commands/slide_commands.cpp" line="8"/>
        <source>Add slide</source>
        <translation>Folie hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/commands/slide_commands.cpp" line="26"/>
        <source>Edit slide</source>
        <translation>Folie bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/commands/slide_commands.cpp" line="43"/>
        <source>Delete slide</source>
        <translation>Folie löschen</translation>
    </message>
    <message>
        <location filename="../ui/commands/slide_commands.cpp" line="60"/>
        <source>Move slide</source>
        <translation>Folie verschieben</translation>
    </message>
</context>
<context>
    <name>rrw::ui::SlideDialog</name>
    <message>
        <location filename="../ui/slide_dialog.cpp" line="92"/>
        <source>New slide</source>
        <translation>Neue Folie</translation>
    </message>
    <message>
        <location filename="../ui/slide_dialog.cpp" line="92"/>
        <source>Edit slide</source>
        <translation>Folie bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/slide_dialog.cpp" line="93"/>
        <source>Title (German):</source>
        <translation>Titel (Deutsch):</translation>
    </message>
    <message>
        <location filename="../ui/slide_dialog.cpp" line="94"/>
        <source>Title (Czech):</source>
        <translation>Titel (Tschechisch):</translation>
    </message>
    <message>
        <location filename="../ui/slide_dialog.cpp" line="95"/>
        <source>Notes (German):</source>
        <translation>Notizen (Deutsch):</translation>
    </message>
    <message>
        <location filename="../ui/slide_dialog.cpp" line="96"/>
        <source>Notes (Czech):</source>
        <translation>Notizen (Tschechisch):</translation>
    </message>
    <message>
        <location filename="../ui/slide_dialog.cpp" line="97"/>
        <location filename="../ui/slide_dialog.cpp" line="98"/>
        <source>German or Czech title required</source>
        <translation>Deutscher oder tschechischer Titel erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/slide_dialog.cpp" line="99"/>
        <source>Show the current map view instead (layers, style and extent)</source>
        <translation>Stattdessen die aktuelle Kartenansicht zeigen (Layer, Stil und Ausschnitt)</translation>
    </message>
    <message>
        <location filename="../ui/slide_dialog.cpp" line="101"/>
        <source>Values shown over the map (index scores, indicators) are computed in this session and are not stored with the slide; the slide keeps the map as saved in the project.</source>
        <translation>Werte über der Karte (Indexwerte, Indikatoren) werden nur in dieser Sitzung berechnet und nicht mit der Folie gespeichert; die Folie zeigt die Karte, wie sie im Projekt gespeichert ist.</translation>
    </message>
</context>
<context>
    <name>rrw::ui::SlidePanel</name>
    <message>
        <location filename="../ui/slide_panel.cpp" line="157"/>
        <location filename="../ui/slide_panel.cpp" line="229"/>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/slide_panel.cpp" line="235"/>
        <source>%n slide(s) exported to %1</source>
        <translation>
            <numerusform>%n Folie nach %1 exportiert</numerusform>
            <numerusform>%n Folien nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="304"/>
        <source>The slide draft cannot be read.</source>
        <translation>Der Folienentwurf kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="335"/>
        <location filename="../ui/slide_panel.cpp" line="347"/>
        <source>Export deck to PDF</source>
        <translation>Foliensatz als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="336"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="348"/>
        <source>Language of titles, notes and maps:</source>
        <translation>Sprache der Titel, Notizen und Karten:</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="360"/>
        <source>Slides</source>
        <translation>Folien</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="365"/>
        <source>Add current view as slide…</source>
        <translation>Aktuelle Ansicht als Folie hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="366"/>
        <source>Adds the map as shown (layers, style, extent) as a new slide</source>
        <translation>Fügt die Karte wie angezeigt (Layer, Stil, Ausschnitt) als neue Folie hinzu</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="367"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="368"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="369"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="370"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="371"/>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="372"/>
        <source>Full screen from the selected slide (F5)</source>
        <translation>Vollbild ab der gewählten Folie (F5)</translation>
    </message>
    <message>
        <location filename="../ui/slide_panel.cpp" line="373"/>
        <source>Export deck to PDF…</source>
        <translation>Foliensatz als PDF exportieren…</translation>
    </message>
</context>
<context>
    <name>rrw::ui::StyleDialog</name>
    <message>
        <location filename="../ui/style_dialog.cpp" line="184"/>
        <source>Fill colour</source>
        <translation>Füllfarbe</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="234"/>
        <source>Outline colour</source>
        <translation>Konturfarbe</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="313"/>
        <source>Layer style</source>
        <translation>Layerstil</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="314"/>
        <source>Symbol:</source>
        <translation>Symbol:</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="315"/>
        <source>Single symbol</source>
        <translation>Einzelsymbol</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="316"/>
        <source>Categorized</source>
        <translation>Kategorisiert</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="317"/>
        <source>Graduated</source>
        <translation>Abgestuft</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="319"/>
        <source>Fill colour:</source>
        <translation>Füllfarbe:</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="320"/>
        <source>No fill</source>
        <translation>Keine Füllung</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="321"/>
        <source>Lines are drawn with the outline colour and width below.</source>
        <translation>Linien werden mit der unten eingestellten Farbe und Breite gezeichnet.</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="323"/>
        <source>Field:</source>
        <translation>Feld:</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="324"/>
        <source>Classify</source>
        <translation>Klassifizieren</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="325"/>
        <source>Double-click a value to change its colour.</source>
        <translation>Doppelklicken Sie auf einen Wert, um seine Farbe zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="326"/>
        <source>Values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="328"/>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="328"/>
        <source>Outline</source>
        <translation>Kontur</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="329"/>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="330"/>
        <source>Width:</source>
        <translation>Breite:</translation>
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
        <translation>Deckkraft:</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="333"/>
        <source>Point size:</source>
        <translation>Punktgröße:</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="335"/>
        <source>Point shape:</source>
        <translation>Punktform:</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="336"/>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="336"/>
        <source>Square</source>
        <translation>Quadrat</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="336"/>
        <source>Triangle</source>
        <translation>Dreieck</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="336"/>
        <source>Diamond</source>
        <translation>Raute</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="341"/>
        <source>Labels</source>
        <translation>Beschriftungen</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="345"/>
        <source>official name</source>
        <translation>amtlicher Name</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="346"/>
        <source>German map</source>
        <translation>deutsche Karte</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="346"/>
        <source>Czech map</source>
        <translation>tschechische Karte</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="347"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="347"/>
        <source>%1 (%2; not in the layers)</source>
        <translation>%1 (%2; in den Layern nicht vorhanden)</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="350"/>
        <source>Label text from: %1.</source>
        <translation>Beschriftungstext aus den Feldern: %1.</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="351"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="352"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="353"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="421"/>
        <source>Choose a field for the categories.</source>
        <translation>Wählen Sie ein Feld für die Kategorien.</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="424"/>
        <source>The field has no values to classify.</source>
        <translation>Das Feld enthält keine Werte, die klassifiziert werden können.</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="457"/>
        <source>The style cannot be drawn: %1</source>
        <translation>Der Stil kann nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/style_dialog.cpp" line="463"/>
        <source>The field has %1 different values; the first %2 are listed.</source>
        <translation>Das Feld hat %1 verschiedene Werte; die ersten %2 werden aufgeführt.</translation>
    </message>
</context>
<context>
    <name>rrw::ui::SwotBoard</name>
    <message>
        <location filename="../ui/swot_board.cpp" line="211"/>
        <source>SWOT analysis</source>
        <translation>SWOT-Analyse</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="318"/>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="370"/>
        <location filename="../ui/swot_board.cpp" line="536"/>
        <source>All regions</source>
        <translation>Alle Gebietseinheiten</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="373"/>
        <location filename="../ui/swot_board.cpp" line="537"/>
        <source>Whole cross-border area</source>
        <extracomment>Filter entry: items without a region. de: Gesamter Grenzraum, cs: Celé přeshraniční území</extracomment>
        <translation>Gesamter grenzüberschreitender Raum</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="461"/>
        <source>accepted suggestion</source>
        <translation>angenommener Vorschlag</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="469"/>
        <source>%1 #%2 – %3</source>
        <translation>%1 Nr. %2 – %3</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="473"/>
        <source>Importance: %1 of 5</source>
        <translation>Bedeutung: %1 von 5</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="475"/>
        <source>Author: %1</source>
        <translation>Autor/in: %1</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="477"/>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="479"/>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="525"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="526"/>
        <source>Add a SWOT item</source>
        <translation>SWOT-Eintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="527"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="528"/>
        <source>Edit the selected item (or double-click it)</source>
        <translation>Ausgewählten Eintrag bearbeiten (oder doppelt darauf klicken)</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="529"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="530"/>
        <source>Delete the selected item</source>
        <translation>Ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="531"/>
        <source>Suggestions…</source>
        <translation>Vorschläge…</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="533"/>
        <source>Strengths and weaknesses proposed from the indicators, to accept or reject</source>
        <translation>Aus den Indikatoren abgeleitete Vorschläge für Stärken und Schwächen zum Annehmen oder Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/swot_board.cpp" line="534"/>
        <source>Region:</source>
        <translation>Gebietseinheit:</translation>
    </message>
</context>
<context>
    <name>rrw::ui::SwotCommands</name>
    <message>
        <location filename="../ui/commands/swot_commands.cpp" line="69"/>
        <source>Add SWOT item</source>
        <translation>SWOT-Eintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/commands/swot_commands.cpp" line="86"/>
        <source>Delete SWOT item</source>
        <translation>SWOT-Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../ui/commands/swot_commands.cpp" line="123"/>
        <source>Edit SWOT item</source>
        <translation>SWOT-Eintrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/commands/swot_commands.cpp" line="155"/>
        <source>Move SWOT item</source>
        <translation>SWOT-Eintrag verschieben</translation>
    </message>
    <message>
        <location filename="../ui/commands/swot_commands.cpp" line="204"/>
        <source>Accept suggestion</source>
        <translation>Vorschlag annehmen</translation>
    </message>
    <message>
        <location filename="../ui/commands/swot_commands.cpp" line="228"/>
        <source>Reject suggestion</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
</context>
<context>
    <name>rrw::ui::SwotEvidenceDialog</name>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="282"/>
        <source>Enter the source: a citation, a URL or a file name.</source>
        <translation>Geben Sie die Quelle an: eine Literaturangabe, eine URL oder einen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="283"/>
        <source>There is nothing of this kind in the project to cite.</source>
        <translation>Im Projekt gibt es nichts dieser Art, worauf verwiesen werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="297"/>
        <source>Add evidence</source>
        <translation>Beleg hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="298"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="299"/>
        <source>Indicator value of the region</source>
        <translation>Indikatorwert der Gebietseinheit</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="300"/>
        <source>Map layer</source>
        <translation>Kartenlayer</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="301"/>
        <source>Index run (rrw-cli score)</source>
        <translation>Indexberechnung (rrw-cli score)</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="302"/>
        <source>BBK scenario</source>
        <translation>BBK-Szenario</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="303"/>
        <source>Source (citation, URL, file)</source>
        <translation>Quelle (Literaturangabe, URL, Datei)</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="304"/>
        <source>Indicator:</source>
        <translation>Indikator:</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="305"/>
        <source>Layer:</source>
        <translation>Layer:</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="306"/>
        <source>Run number:</source>
        <translation>Nummer der Berechnung:</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="307"/>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="308"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../ui/swot_evidence_dialog.cpp" line="309"/>
        <source>Note:</source>
        <translation>Anmerkung:</translation>
    </message>
</context>
<context>
    <name>rrw::ui::SwotItemDialog</name>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="177"/>
        <source>This evidence is listed already: %1</source>
        <translation>Dieser Beleg ist bereits aufgeführt: %1</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="205"/>
        <source>Enter the item&apos;s text in German or in Czech (or both): an item without text cannot be saved.</source>
        <translation>Geben Sie den Text des Eintrags auf Deutsch oder Tschechisch (oder in beiden Sprachen) ein: Ein Eintrag ohne Text kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="231"/>
        <source>SWOT item #%1</source>
        <translation>SWOT-Eintrag Nr. %1</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="231"/>
        <source>New SWOT item</source>
        <translation>Neuer SWOT-Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="232"/>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="237"/>
        <source>Region:</source>
        <translation>Gebietseinheit:</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="239"/>
        <source>Text (German):</source>
        <translation>Text (Deutsch):</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="240"/>
        <source>Text (Czech):</source>
        <translation>Text (Tschechisch):</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="241"/>
        <source>Importance:</source>
        <translation>Bedeutung:</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="242"/>
        <source>1 = minor … 5 = decisive</source>
        <translation>1 = gering … 5 = entscheidend</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="243"/>
        <source> of 5</source>
        <translation> von 5</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="244"/>
        <source>Author:</source>
        <translation>Autor/in:</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="245"/>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="246"/>
        <source>Add evidence…</source>
        <translation>Beleg hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/swot_item_dialog.cpp" line="247"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
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
        <translation>z = %1 Standardabweichungen vom grenzüberschreitenden Mittelwert</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="190"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="191"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="210"/>
        <source>No open proposals at this threshold: every proposal is decided, or no district differs that much from the cross-border mean.</source>
        <translation>Bei diesem Schwellenwert gibt es keine offenen Vorschläge: Über alle Vorschläge ist entschieden, oder keine Gebietseinheit weicht so stark vom grenzüberschreitenden Mittelwert ab.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/swot_suggestions_dialog.cpp" line="214"/>
        <source>%n open proposal(s). A proposal is not a finding: accept only what the region&apos;s experts confirm. Decided proposals are not shown again; Undo takes a decision back.</source>
        <translation>
            <numerusform>%n offener Vorschlag. Ein Vorschlag ist kein Befund: Nehmen Sie nur an, was die Fachleute der Region bestätigen. Entschiedene Vorschläge werden nicht erneut angezeigt; „Rückgängig“ nimmt eine Entscheidung zurück.</numerusform>
            <numerusform>%n offene Vorschläge. Ein Vorschlag ist kein Befund: Nehmen Sie nur an, was die Fachleute der Region bestätigen. Entschiedene Vorschläge werden nicht erneut angezeigt; „Rückgängig“ nimmt eine Entscheidung zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="229"/>
        <source>SWOT suggestions from indicators</source>
        <translation>SWOT-Vorschläge aus Indikatoren</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="230"/>
        <source>Threshold:</source>
        <translation>Schwellenwert:</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="231"/>
        <source> SD</source>
        <translation> SD</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="233"/>
        <source>How many standard deviations better or worse than the cross-border mean of all Kreise and okresy a value must be</source>
        <translation>Um wie viele Standardabweichungen ein Wert besser oder schlechter sein muss als der grenzüberschreitende Mittelwert aller Kreise und Okresy</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="235"/>
        <source>Decided by:</source>
        <translation>Entschieden von:</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="236"/>
        <source>Region</source>
        <translation>Gebietseinheit</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="236"/>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="236"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="237"/>
        <source>Value (Ø mean)</source>
        <translation>Wert (Ø Mittelwert)</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="237"/>
        <source>Text (German)</source>
        <translation>Text (Deutsch)</translation>
    </message>
    <message>
        <location filename="../ui/swot_suggestions_dialog.cpp" line="238"/>
        <source>Text (Czech)</source>
        <translation>Text (Tschechisch)</translation>
    </message>
</context>
<context>
    <name>rrw::ui::TowsCommands</name>
    <message>
        <location filename="../ui/commands/tows_commands.cpp" line="11"/>
        <source>Add TOWS strategy</source>
        <translation>TOWS-Strategie hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/commands/tows_commands.cpp" line="29"/>
        <source>Edit TOWS strategy</source>
        <translation>TOWS-Strategie bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/commands/tows_commands.cpp" line="46"/>
        <source>Delete TOWS strategy</source>
        <translation>TOWS-Strategie löschen</translation>
    </message>
</context>
<context>
    <name>rrw::ui::TowsDialog</name>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="224"/>
        <source>Enter the strategy&apos;s title in German or in Czech (or both).</source>
        <translation>Geben Sie den Titel der Strategie auf Deutsch oder Tschechisch (oder in beiden Sprachen) ein.</translation>
    </message>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="240"/>
        <source>TOWS strategy #%1</source>
        <translation>TOWS-Strategie Nr. %1</translation>
    </message>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="241"/>
        <source>New TOWS strategy</source>
        <translation>Neue TOWS-Strategie</translation>
    </message>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="242"/>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="247"/>
        <source>Title (German):</source>
        <translation>Titel (Deutsch):</translation>
    </message>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="248"/>
        <source>Title (Czech):</source>
        <translation>Titel (Tschechisch):</translation>
    </message>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="249"/>
        <source>Text (German):</source>
        <translation>Text (Deutsch):</translation>
    </message>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="250"/>
        <source>Text (Czech):</source>
        <translation>Text (Tschechisch):</translation>
    </message>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="251"/>
        <source>SWOT items it builds on (only the categories of the kind):</source>
        <translation>Zugrunde liegende SWOT-Einträge (nur die Kategorien des Typs):</translation>
    </message>
    <message>
        <location filename="../ui/tows_dialog.cpp" line="252"/>
        <source>Measures that carry it out:</source>
        <translation>Maßnahmen zur Umsetzung:</translation>
    </message>
</context>
<context>
    <name>rrw::ui::TowsTable</name>
    <message>
        <location filename="../ui/tows_table.cpp" line="175"/>
        <source>TOWS strategies</source>
        <translation>TOWS-Strategien</translation>
    </message>
    <message>
        <location filename="../ui/tows_table.cpp" line="278"/>
        <source>TOWS strategy #%1</source>
        <translation>TOWS-Strategie Nr. %1</translation>
    </message>
    <message>
        <location filename="../ui/tows_table.cpp" line="325"/>
        <source>Measures:</source>
        <translation>Maßnahmen:</translation>
    </message>
    <message>
        <location filename="../ui/tows_table.cpp" line="346"/>
        <source>Add strategy…</source>
        <translation>Strategie hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/tows_table.cpp" line="347"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/tows_table.cpp" line="348"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>rrw_report</name>
    <message>
        <location filename="../src/report/report_builder.cpp" line="110"/>
        <source>Map not drawn</source>
        <translation>Karte nicht gezeichnet</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="129"/>
        <source>SWOT and TOWS report</source>
        <translation>SWOT- und TOWS-Bericht</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="131"/>
        <source>Risk report</source>
        <translation>Risikobericht</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="133"/>
        <source>Supply-chain scenario report</source>
        <translation>Bericht zu Lieferketten-Szenarien</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="137"/>
        <source>Regional risk and resilience report</source>
        <translation>Bericht zu regionalen Risiken und Resilienz</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="148"/>
        <source>Cross-border region</source>
        <translation>Grenzüberschreitende Region</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="149"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="158"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="162"/>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="168"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="176"/>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="246"/>
        <source>Contains synthetic demo data (marked *), not real data.</source>
        <translation>Enthält synthetische Beispieldaten (mit * markiert), keine realen Daten.</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="250"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="252"/>
        <source>Page {1} of {2}</source>
        <translation>Seite {1} von {2}</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="253"/>
        <source>No entries.</source>
        <translation>Keine Einträge.</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="255"/>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="257"/>
        <source>This report covers {1} districts of the cross-border region: {2} German Kreise and {3} Czech okresy.</source>
        <translation>Dieser Bericht umfasst {1} Kreise und Okresy der grenzüberschreitenden Region: {2} deutsche Landkreise und kreisfreie Städte sowie {3} tschechische Okresy.</translation>
    </message>
    <message>
        <location filename="../src/report/report_builder.cpp" line="279"/>
        <source>Numbers marked * rest on synthetic demo values (no open data exist for them); they show how the method works, not the real situation.</source>
        <translation>Mit * markierte Zahlen beruhen auf synthetischen Beispielwerten (für sie gibt es keine offenen Daten); sie zeigen, wie die Methode arbeitet, nicht die tatsächliche Lage.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="14"/>
        <source>Annex: methods and data sources</source>
        <translation>Anhang: Methoden und Datenquellen</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="15"/>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="17"/>
        <source>Composite risk index: indicators are normalised (min–max over the districts, direction taken into account), weighted and aggregated per group and to one score; ranks come with Monte Carlo rank intervals over weights and normalisation (docs/methods/composite_index.md).</source>
        <translation>Zusammengesetzter Risikoindex: Die Indikatoren werden normiert (Min-Max über die Kreise und Okresy, unter Berücksichtigung der Wirkungsrichtung), gewichtet und je Gruppe sowie zu einem Gesamtwert aggregiert; die Ränge werden mit Monte-Carlo-Rangintervallen über Gewichte und Normierung angegeben (docs/methods/composite_index.md).</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="23"/>
        <source>BBK risk matrix: likelihood classes A–E and extent classes 1–5 after BBK (2010), Methode für die Risikoanalyse im Bevölkerungsschutz; risk score = likelihood index × extent class.</source>
        <translation>BBK-Risikomatrix: Eintrittswahrscheinlichkeitsklassen A–E und Schadensausmaßklassen 1–5 nach BBK (2010), Methode für die Risikoanalyse im Bevölkerungsschutz; Risikowert = Wahrscheinlichkeitsindex × Schadensausmaßklasse.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="27"/>
        <source>Supply-chain scenarios: a daily simulation of the firm network with inventories, lead times, substitutes and border crossings (docs/methods/supply_simulation.md); the firm network is synthetic.</source>
        <translation>Lieferketten-Szenarien: tagesgenaue Simulation des Unternehmensnetzwerks mit Lagerbeständen, Lieferzeiten, Ersatzlieferanten und Grenzübergängen (docs/methods/supply_simulation.md); das Unternehmensnetzwerk ist synthetisch.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="31"/>
        <source>Confidentiality: results built from firm data are shown only for aggregates of at least three firms in which no single firm makes up more than 85 % of the value; other cells read &quot;confidential&quot; and such districts are left blank on maps.</source>
        <translation>Geheimhaltung: Ergebnisse aus Unternehmensdaten werden nur für Aggregate aus mindestens drei Unternehmen gezeigt, in denen kein einzelnes Unternehmen mehr als 85 % des Wertes ausmacht; andere Zellen lauten „vertraulich“, und solche Kreise bleiben in Karten leer.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="40"/>
        <source>Map layers</source>
        <translation>Kartenebenen</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="42"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="43"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="44"/>
        <source>Attribution</source>
        <translation>Quellenvermerk</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="53"/>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="57"/>
        <source>Source: layer catalog of the project (rrw_layer_metadata); details in docs/DATA.md</source>
        <translation>Quelle: Ebenenkatalog des Projekts (rrw_layer_metadata); Einzelheiten in docs/DATA.md</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="61"/>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="69"/>
        <location filename="../src/report/sections_risk.cpp" line="143"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="70"/>
        <location filename="../src/report/sections_risk.cpp" line="137"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="71"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="79"/>
        <source>Source: indicator catalog of the project. * some values are synthetic demo values.</source>
        <translation>Quelle: Indikatorenkatalog des Projekts. * einige Werte sind synthetische Beispielwerte.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_annex.cpp" line="84"/>
        <source>The firm network of the supply scenarios is synthetic: generated from real municipal populations, border crossings and sector structure (data/supply/README.md); the firms do not exist.</source>
        <translation>Das Unternehmensnetzwerk der Lieferketten-Szenarien ist synthetisch: erzeugt aus realen Einwohnerzahlen der Gemeinden, Grenzübergängen und Branchenstruktur (data/supply/README.md); die Unternehmen gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="36"/>
        <source>Strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="38"/>
        <source>Weaknesses</source>
        <translation>Schwächen</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="40"/>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="44"/>
        <source>Threats</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="49"/>
        <source>indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="52"/>
        <source>map layer</source>
        <translation>Kartenebene</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="55"/>
        <source>index run</source>
        <translation>Indexberechnung</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="58"/>
        <source>BBK scenario</source>
        <translation>BBK-Szenario</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="60"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="65"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="68"/>
        <source>in progress</source>
        <translation>in Umsetzung</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="71"/>
        <source>done</source>
        <translation>umgesetzt</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="73"/>
        <source>idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="89"/>
        <source>SWOT analysis</source>
        <translation>SWOT-Analyse</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="90"/>
        <source>Strengths and weaknesses describe the region itself, opportunities and threats its environment. Each item shows its importance from 1 (minor) to 5 (decisive); the evidence behind the items follows each matrix.</source>
        <translation>Stärken und Schwächen beschreiben die Region selbst, Chancen und Risiken ihr Umfeld. Jeder Eintrag zeigt seine Bedeutung von 1 (gering) bis 5 (entscheidend); die Belege der Einträge folgen auf jede Matrix.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="120"/>
        <source>Whole cross-border region</source>
        <translation>Gesamte grenzüberschreitende Region</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="133"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="134"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="135"/>
        <source>Reference</source>
        <translation>Verweis</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="136"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="157"/>
        <source>Evidence of the SWOT items</source>
        <translation>Belege der SWOT-Einträge</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="161"/>
        <source>The SWOT register of this project is empty.</source>
        <translation>Das SWOT-Register dieses Projekts ist leer.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="170"/>
        <source>TOWS strategies and measures</source>
        <translation>TOWS-Strategien und Maßnahmen</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="171"/>
        <source>TOWS strategies (Weihrich 1982) pair the SWOT items: SO strategies use strengths to seize opportunities, ST strategies use strengths against threats, WO strategies overcome weaknesses through opportunities and WT strategies limit weaknesses and avoid threats.</source>
        <translation>TOWS-Strategien (Weihrich 1982) verknüpfen die SWOT-Einträge: SO-Strategien nutzen Stärken, um Chancen zu ergreifen, ST-Strategien setzen Stärken gegen Risiken ein, WO-Strategien überwinden Schwächen durch Chancen, und WT-Strategien begrenzen Schwächen und meiden Risiken.</translation>
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
        <translation>SWOT-Einträge</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="189"/>
        <location filename="../src/report/sections_planning.cpp" line="299"/>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="218"/>
        <source>The SWOT register holds {1} items ({2} strengths, {3} weaknesses, {4} opportunities, {5} threats); {6} TOWS strategies link them to measures.</source>
        <translation>Das SWOT-Register enthält {1} Einträge (Stärken: {2}, Schwächen: {3}, Chancen: {4}, Risiken: {5}); TOWS-Strategien, die sie mit Maßnahmen verknüpfen: {6}.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="327"/>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="347"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="372"/>
        <source>Source: measures register of the project (rrw_measure, rrw_organisation)</source>
        <translation>Quelle: Maßnahmenregister des Projekts (rrw_measure, rrw_organisation)</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="379"/>
        <source>{1} measures are overdue for their review.</source>
        <translation>Maßnahmen mit überfälliger Überprüfung: {1}.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="383"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="385"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="386"/>
        <source>Role in the programme</source>
        <translation>Rolle im Programm</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="395"/>
        <source>Source: partner organisations of the project (rrw_organisation)</source>
        <translation>Quelle: Partnerorganisationen des Projekts (rrw_organisation)</translation>
    </message>
    <message>
        <source>The project&apos;s measure catalog with the status of each measure. Owners and review dates are not recorded in this project yet; the columns stay empty until the measures register holds them.</source>
        <translation type="vanished">Der Maßnahmenkatalog des Projekts mit dem Stand jeder Maßnahme. Verantwortliche und Termine der Überprüfung sind in diesem Projekt noch nicht erfasst; die Spalten bleiben leer, bis das Maßnahmenregister sie enthält.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="322"/>
        <location filename="../src/report/sections_scenario.cpp" line="269"/>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="324"/>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="323"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="301"/>
        <source>The measures register: each measure with the organisation responsible for it, its status and the date of its next review, and the SWOT items and risks it answers. A review date before the date of this report is marked as overdue unless the measure is done.</source>
        <translation>Das Maßnahmenregister: jede Maßnahme mit der federführend verantwortlichen Organisation, ihrem Stand und dem Termin der nächsten Überprüfung sowie den SWOT-Einträgen und Risiken, auf die sie antwortet. Ein Überprüfungstermin vor dem Datum dieses Berichts wird als überfällig markiert, sofern die Maßnahme nicht umgesetzt ist.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_planning.cpp" line="325"/>
        <source>Review date</source>
        <translation>Überprüfung am</translation>
    </message>
    <message>
        <source>Source: measure catalog of the project (rrw_measure)</source>
        <translation type="vanished">Quelle: Maßnahmenkatalog des Projekts (rrw_measure)</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="31"/>
        <source>synthetic demo value (seeded generator)</source>
        <translation>synthetischer Beispielwert (Zufallsgenerator mit festem Startwert)</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="42"/>
        <source>very high</source>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="45"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="48"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="50"/>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="56"/>
        <source>very unlikely</source>
        <translation>sehr unwahrscheinlich</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="58"/>
        <source>unlikely</source>
        <translation>unwahrscheinlich</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="60"/>
        <source>conditionally likely</source>
        <translation>bedingt wahrscheinlich</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="62"/>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="66"/>
        <source>very likely</source>
        <translation>sehr wahrscheinlich</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="72"/>
        <source>insignificant</source>
        <translation>unbedeutend</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="74"/>
        <source>minor</source>
        <translation>gering</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="76"/>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="78"/>
        <source>major</source>
        <translation>groß</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="82"/>
        <source>catastrophic</source>
        <translation>katastrophal</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="90"/>
        <source>Region profiles</source>
        <translation>Regionsprofile</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="92"/>
        <source>Key indicators of each district: the latest value with its source and year. Values marked * are synthetic demo values.</source>
        <translation>Kennzahlen jedes Kreises bzw. Okres: der jüngste Wert mit Quelle und Jahr. Mit * markierte Werte sind synthetische Beispielwerte.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="136"/>
        <source>Population density by district</source>
        <translation>Bevölkerungsdichte nach Kreisen und Okresy</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="144"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="145"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="146"/>
        <source>Source, year</source>
        <translation>Quelle, Jahr</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="171"/>
        <source>* synthetic demo value</source>
        <translation>* synthetischer Beispielwert</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="182"/>
        <source>Risk indices</source>
        <translation>Risikoindizes</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="185"/>
        <source>Each hazard model combines normalised indicators into a composite score from 0 (lowest risk) to 10 (highest risk); rank 1 is the highest risk. The rank interval shows the 5th to 95th percentile of the ranks over {1} Monte Carlo samples of weights and normalisation (seed {2}).</source>
        <translation>Jedes Gefahrenmodell fasst normierte Indikatoren zu einem Indexwert von 0 (geringstes Risiko) bis 10 (höchstes Risiko) zusammen; Rang 1 ist das höchste Risiko. Das Rangintervall zeigt das 5. bis 95. Perzentil der Ränge über {1} Monte-Carlo-Stichproben der Gewichte und der Normierung (Startwert {2}).</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="204"/>
        <source>The project has no indicator values of districts.</source>
        <translation>Das Projekt enthält keine Indikatorwerte der Kreise und Okresy.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="239"/>
        <source>Score: {1}</source>
        <translation>Indexwert: {1}</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="244"/>
        <source>rrw composite index</source>
        <translation>rrw-Risikoindex</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="245"/>
        <source>rrw composite index; partly synthetic data</source>
        <translation>rrw-Risikoindex; teilweise synthetische Daten</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="251"/>
        <source>Composite risk score by district (model {1}); equal classes over the model&apos;s scale.</source>
        <translation>Zusammengesetzter Risikowert nach Kreisen und Okresy (Modell {1}); gleich breite Klassen über die Skala des Modells.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="257"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="258"/>
        <location filename="../src/report/sections_scenario.cpp" line="152"/>
        <source>District</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="259"/>
        <source>Score</source>
        <translation>Indexwert</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="260"/>
        <source>Rank 5–95 %</source>
        <translation>Rang 5–95 %</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="265"/>
        <source>Score by district</source>
        <translation>Indexwert nach Kreisen und Okresy</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="272"/>
        <source>Rank intervals (5–95 %) and rank</source>
        <translation>Rangintervalle (5–95 %) und Rang</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="273"/>
        <source>rank (1 = highest risk)</source>
        <translation>Rang (1 = höchstes Risiko)</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="275"/>
        <source>Bars: the ranks a district takes in 90 % of the Monte Carlo samples; dot: its rank.</source>
        <translation>Balken: die Ränge, die ein Kreis in 90 % der Monte-Carlo-Stichproben einnimmt; Punkt: sein Rang.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="298"/>
        <source>Source: indicator values of the project (latest year each); rrw composite index, {1} samples. * uses synthetic demo values.</source>
        <translation>Quelle: Indikatorwerte des Projekts (jeweils jüngstes Jahr); rrw-Risikoindex, Stichproben: {1}. * verwendet synthetische Beispielwerte.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="311"/>
        <source>Highest all-hazards risk: {1} (score {2}, rank interval {3}–{4}).</source>
        <translation>Höchstes Gesamtrisiko (alle Gefahren): {1} (Indexwert {2}, Rangintervall {3}–{4}).</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="334"/>
        <source>BBK risk matrix</source>
        <translation>BBK-Risikomatrix</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="335"/>
        <source>Scenarios placed by likelihood (A very unlikely … E very likely) and extent (1 insignificant … 5 catastrophic) after the BBK method for risk analysis in civil protection (2010); the extent is the rounded mean of the five damage parameters.</source>
        <translation>Szenarien nach Eintrittswahrscheinlichkeit (A sehr unwahrscheinlich … E sehr wahrscheinlich) und Schadensausmaß (1 unbedeutend … 5 katastrophal) nach der BBK-Methode für die Risikoanalyse im Bevölkerungsschutz (2010); das Schadensausmaß ist der gerundete Mittelwert der fünf Schadensparameter.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="348"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="349"/>
        <location filename="../src/report/sections_scenario.cpp" line="295"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="350"/>
        <source>Matrix cell</source>
        <translation>Matrixfeld</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="351"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="352"/>
        <source>Assessment</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="376"/>
        <source>Likelihood</source>
        <translation>Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="394"/>
        <source>Risk matrix: ■ and the numbers of the scenarios (table below) in their cells; each cell&apos;s risk band below them.</source>
        <translation>Risikomatrix: ■ und die Nummern der Szenarien (Tabelle unten) in ihren Zellen; darunter die Risikostufe der Zelle.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="399"/>
        <source>Source: BBK scenarios of the project with their assessments</source>
        <translation>Quelle: BBK-Szenarien des Projekts mit ihren Einschätzungen</translation>
    </message>
    <message>
        <location filename="../src/report/sections_risk.cpp" line="404"/>
        <source>{1} of {2} BBK scenarios fall into the high or very high risk band: {3}.</source>
        <translation>{1} von {2} BBK-Szenarien liegen in der Risikostufe hoch oder sehr hoch: {3}.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="70"/>
        <source>Supply-chain scenarios</source>
        <translation>Lieferketten-Szenarien</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="80"/>
        <source>The project has no supply network or no stored scenarios.</source>
        <translation>Das Projekt enthält kein Liefernetzwerk oder keine gespeicherten Szenarien.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="86"/>
        <source>Each scenario is run day by day on the project&apos;s firm network ({1} firms, {2} supply links) with its measures. The firm network is synthetic demo data. Firm data are confidential: a table cell or map unit is shown only when at least {3} firms contribute to it and no single firm makes up more than {4} % of its value; otherwise it reads &quot;confidential&quot;.</source>
        <translation>Jedes Szenario wird tageweise auf dem Unternehmensnetzwerk des Projekts (Unternehmen: {1}, Lieferbeziehungen: {2}) mit seinen Maßnahmen berechnet. Das Unternehmensnetzwerk besteht aus synthetischen Beispieldaten. Unternehmensdaten sind vertraulich: Eine Tabellenzelle oder Karteneinheit wird nur gezeigt, wenn mindestens {3} Unternehmen zu ihr beitragen und kein einzelnes Unternehmen mehr als {4} % ihres Wertes ausmacht; sonst steht dort „vertraulich“.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="99"/>
        <source>confidential</source>
        <translation>vertraulich</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="137"/>
        <source>Scenario {1}, version {2}, {3} days; inputs hash {4} ({5}).</source>
        <translation>Szenario {1}, Version {2}, Anzahl Tage: {3}; Eingangs-Hash {4} ({5}).</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="145"/>
        <source>same as stored run {1}</source>
        <translation>wie gespeicherte Berechnung {1}</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="147"/>
        <source>not stored as a run</source>
        <translation>nicht als Berechnung gespeichert</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="153"/>
        <source>Firms</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="154"/>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="155"/>
        <location filename="../src/report/sections_scenario.cpp" line="297"/>
        <source>Loss (EUR)</source>
        <translation>Verlust (EUR)</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="156"/>
        <location filename="../src/report/sections_scenario.cpp" line="298"/>
        <source>Loss share</source>
        <translation>Verlustanteil</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="157"/>
        <location filename="../src/report/sections_scenario.cpp" line="300"/>
        <source>Jobs at risk</source>
        <translation>Gefährdete Arbeitsplätze</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="158"/>
        <source>Recovery (days)</source>
        <translation>Erholung (Tage)</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="197"/>
        <location filename="../src/report/sections_scenario.cpp" line="252"/>
        <source>All firms</source>
        <translation>Alle Unternehmen</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="205"/>
        <source>Source: rrw supply simulation on the synthetic demo firm network; cells with fewer than {1} firms or one firm above {2} % are confidential.</source>
        <translation>Quelle: rrw-Lieferkettensimulation auf dem synthetischen Unternehmensnetzwerk; Zellen mit weniger als {1} Unternehmen oder einem Unternehmen über {2} % sind vertraulich.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="214"/>
        <source>Production loss</source>
        <translation>Produktionsausfall</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="219"/>
        <source>rrw supply simulation, synthetic firms</source>
        <translation>rrw-Lieferkettensimulation, synthetische Unternehmen</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="223"/>
        <source>Production loss as a share of normal output by district.</source>
        <translation>Produktionsausfall als Anteil der normalen Produktion nach Kreisen und Okresy.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="228"/>
        <source>Not shown (confidential)</source>
        <translation>Nicht dargestellt (vertraulich)</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="239"/>
        <source>Production, % of normal output</source>
        <translation>Produktion, % der normalen Produktion</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="260"/>
        <source>Output-weighted production per day (day 1 … {1}).</source>
        <translation>Nach Produktionswert gewichtete Produktion je Tag (Tag 1 … {1}).</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="270"/>
        <source>Cost (EUR)</source>
        <translation>Kosten (EUR)</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="271"/>
        <source>Avoided loss (EUR)</source>
        <translation>Vermiedener Verlust (EUR)</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="272"/>
        <source>Benefit/cost</source>
        <translation>Nutzen/Kosten</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="283"/>
        <source>Avoided loss of each measure: the scenario with all other measures, without this one.</source>
        <translation>Vermiedener Verlust jeder Maßnahme: das Szenario mit allen anderen Maßnahmen, ohne diese.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="293"/>
        <source>Scenarios compared</source>
        <translation>Szenarien im Vergleich</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="296"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="299"/>
        <source>Person-days</source>
        <translation>Personentage</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="306"/>
        <source>Production loss, million EUR</source>
        <translation>Produktionsausfall, Mio. EUR</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="307"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="326"/>
        <source>Source: rrw supply simulation on the synthetic demo firm network, with each scenario&apos;s measures.</source>
        <translation>Quelle: rrw-Lieferkettensimulation auf dem synthetischen Unternehmensnetzwerk, mit den Maßnahmen des jeweiligen Szenarios.</translation>
    </message>
    <message>
        <location filename="../src/report/sections_scenario.cpp" line="335"/>
        <source>The largest production loss of the supply scenarios: {1} with {2} million EUR ({3} % of normal output; synthetic firm network).</source>
        <translation>Der größte Produktionsausfall der Lieferketten-Szenarien: {1} mit {2} Mio. EUR ({3} % der normalen Produktion; synthetisches Unternehmensnetzwerk).</translation>
    </message>
</context>
</TS>
