<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>rrw</name>
    <message>
      <source>confidentiality check: invalid aggregate (total {1}, largest firm {2})</source>
      <translation>confidentiality check: invalid aggregate (total {1}, largest firm {2})</translation>
    </message>
    <message>
      <source>{1}: cannot write the report</source>
      <translation>{1}: cannot write the report</translation>
    </message>
    <message>
      <source>{1}: the project has no districts (Kreise, okresy) to report on</source>
      <translation>{1}: the project has no districts (Kreise, okresy) to report on</translation>
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
  -o FILE           the report file</translation>
    </message>
    <message>
      <source>-o FILE is required</source>
      <translation>-o FILE is required</translation>
    </message>
    <message>
      <source>--template must be swot, risk, scenario or full, not '{1}'</source>
      <translation>--template must be swot, risk, scenario or full, not '{1}'</translation>
    </message>
    <message>
      <source>--format must be pdf, odt or html, not '{1}'</source>
      <translation>--format must be pdf, odt or html, not '{1}'</translation>
    </message>
    <message>
      <source>--date must look like 2026-11-26, not '{1}'</source>
      <translation>--date must look like 2026-11-26, not '{1}'</translation>
    </message>
    <message>
      <source>{1}: {2} pages, {3} maps, {4} tables, {5} charts ({6} s)</source>
      <translation>{1}: {2} pages, {3} maps, {4} tables, {5} charts ({6} s)</translation>
    </message>
    <message>
      <source>{1}: {2} maps, {3} tables, {4} charts ({5} s)</source>
      <translation>{1}: {2} maps, {3} tables, {4} charts ({5} s)</translation>
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
      <translation>usage: rrw-cli [--version] [--help] &lt;command&gt; [&lt;args&gt;]

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
'--lang de|cs|en' (or RRW_LANG) chooses the language of messages.</translation>
    </message>
    <message>
      <source>{1}: cannot write the archive member '{2}' ({3})</source>
      <translation>{1}: cannot write the archive member '{2}' ({3})</translation>
    </message>
    <message>
      <source>{1}: cannot create the file ({2})</source>
      <translation>{1}: cannot create the file ({2})</translation>
    </message>
  </context>
  <context>
    <name>rrw_report</name>
    <message>
      <source>Map not drawn</source>
      <translation>Map not drawn</translation>
    </message>
    <message>
      <source>SWOT and TOWS report</source>
      <translation>SWOT and TOWS report</translation>
    </message>
    <message>
      <source>Risk report</source>
      <translation>Risk report</translation>
    </message>
    <message>
      <source>Supply-chain scenario report</source>
      <translation>Supply-chain scenario report</translation>
    </message>
    <message>
      <source>Regional risk and resilience report</source>
      <translation>Regional risk and resilience report</translation>
    </message>
    <message>
      <source>Cross-border region</source>
      <translation>Cross-border region</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>Germany</source>
      <translation>Germany</translation>
    </message>
    <message>
      <source>Czechia</source>
      <translation>Czechia</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Prepared by</source>
      <translation>Prepared by</translation>
    </message>
    <message>
      <source>Contains synthetic demo data (marked *), not real data.</source>
      <translation>Contains synthetic demo data (marked *), not real data.</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Contents</translation>
    </message>
    <message>
      <source>Page {1} of {2}</source>
      <translation>Page {1} of {2}</translation>
    </message>
    <message>
      <source>No entries.</source>
      <translation>No entries.</translation>
    </message>
    <message>
      <source>Executive summary</source>
      <translation>Executive summary</translation>
    </message>
    <message>
      <source>This report covers {1} districts of the cross-border region: {2} German Kreise and {3} Czech okresy.</source>
      <translation>This report covers {1} districts of the cross-border region: {2} German Kreise and {3} Czech okresy.</translation>
    </message>
    <message>
      <source>Numbers marked * rest on synthetic demo values (no open data exist for them); they show how the method works, not the real situation.</source>
      <translation>Numbers marked * rest on synthetic demo values (no open data exist for them); they show how the method works, not the real situation.</translation>
    </message>
    <message>
      <source>Annex: methods and data sources</source>
      <translation>Annex: methods and data sources</translation>
    </message>
    <message>
      <source>Methods</source>
      <translation>Methods</translation>
    </message>
    <message>
      <source>Composite risk index: indicators are normalised (min–max over the districts, direction taken into account), weighted and aggregated per group and to one score; ranks come with Monte Carlo rank intervals over weights and normalisation (docs/methods/composite_index.md).</source>
      <translation>Composite risk index: indicators are normalised (min–max over the districts, direction taken into account), weighted and aggregated per group and to one score; ranks come with Monte Carlo rank intervals over weights and normalisation (docs/methods/composite_index.md).</translation>
    </message>
    <message>
      <source>BBK risk matrix: likelihood classes A–E and extent classes 1–5 after BBK (2010), Methode für die Risikoanalyse im Bevölkerungsschutz; risk score = likelihood index × extent class.</source>
      <translation>BBK risk matrix: likelihood classes A–E and extent classes 1–5 after BBK (2010), Methode für die Risikoanalyse im Bevölkerungsschutz; risk score = likelihood index × extent class.</translation>
    </message>
    <message>
      <source>Supply-chain scenarios: a daily simulation of the firm network with inventories, lead times, substitutes and border crossings (docs/methods/supply_simulation.md); the firm network is synthetic.</source>
      <translation>Supply-chain scenarios: a daily simulation of the firm network with inventories, lead times, substitutes and border crossings (docs/methods/supply_simulation.md); the firm network is synthetic.</translation>
    </message>
    <message>
      <source>Confidentiality: results built from firm data are shown only for aggregates of at least three firms in which no single firm makes up more than 85 % of the value; other cells read "confidential" and such districts are left blank on maps.</source>
      <translation>Confidentiality: results built from firm data are shown only for aggregates of at least three firms in which no single firm makes up more than 85 % of the value; other cells read "confidential" and such districts are left blank on maps.</translation>
    </message>
    <message>
      <source>Map layers</source>
      <translation>Map layers</translation>
    </message>
    <message>
      <source>Dataset</source>
      <translation>Dataset</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <source>Attribution</source>
      <translation>Attribution</translation>
    </message>
    <message>
      <source>not stated</source>
      <translation>not stated</translation>
    </message>
    <message>
      <source>Source: layer catalog of the project (rrw_layer_metadata); details in docs/DATA.md</source>
      <translation>Source: layer catalog of the project (rrw_layer_metadata); details in docs/DATA.md</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>Indicators</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Source: indicator catalog of the project. * some values are synthetic demo values.</source>
      <translation>Source: indicator catalog of the project. * some values are synthetic demo values.</translation>
    </message>
    <message>
      <source>The firm network of the supply scenarios is synthetic: generated from real municipal populations, border crossings and sector structure (data/supply/README.md); the firms do not exist.</source>
      <translation>The firm network of the supply scenarios is synthetic: generated from real municipal populations, border crossings and sector structure (data/supply/README.md); the firms do not exist.</translation>
    </message>
    <message>
      <source>Strengths</source>
      <translation>Strengths</translation>
    </message>
    <message>
      <source>Weaknesses</source>
      <translation>Weaknesses</translation>
    </message>
    <message>
      <source>Opportunities</source>
      <translation>Opportunities</translation>
    </message>
    <message>
      <source>Threats</source>
      <translation>Threats</translation>
    </message>
    <message>
      <source>indicator</source>
      <translation>indicator</translation>
    </message>
    <message>
      <source>map layer</source>
      <translation>map layer</translation>
    </message>
    <message>
      <source>index run</source>
      <translation>index run</translation>
    </message>
    <message>
      <source>BBK scenario</source>
      <translation>BBK scenario</translation>
    </message>
    <message>
      <source>source</source>
      <translation>source</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>planned</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>in progress</translation>
    </message>
    <message>
      <source>done</source>
      <translation>done</translation>
    </message>
    <message>
      <source>idea</source>
      <translation>idea</translation>
    </message>
    <message>
      <source>SWOT analysis</source>
      <translation>SWOT analysis</translation>
    </message>
    <message>
      <source>Strengths and weaknesses describe the region itself, opportunities and threats its environment. Each item shows its importance from 1 (minor) to 5 (decisive); the evidence behind the items follows each matrix.</source>
      <translation>Strengths and weaknesses describe the region itself, opportunities and threats its environment. Each item shows its importance from 1 (minor) to 5 (decisive); the evidence behind the items follows each matrix.</translation>
    </message>
    <message>
      <source>Whole cross-border region</source>
      <translation>Whole cross-border region</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Evidence</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Reference</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Evidence of the SWOT items</source>
      <translation>Evidence of the SWOT items</translation>
    </message>
    <message>
      <source>The SWOT register of this project is empty.</source>
      <translation>The SWOT register of this project is empty.</translation>
    </message>
    <message>
      <source>TOWS strategies and measures</source>
      <translation>TOWS strategies and measures</translation>
    </message>
    <message>
      <source>TOWS strategies (Weihrich 1982) pair the SWOT items: SO strategies use strengths to seize opportunities, ST strategies use strengths against threats, WO strategies overcome weaknesses through opportunities and WT strategies limit weaknesses and avoid threats.</source>
      <translation>TOWS strategies (Weihrich 1982) pair the SWOT items: SO strategies use strengths to seize opportunities, ST strategies use strengths against threats, WO strategies overcome weaknesses through opportunities and WT strategies limit weaknesses and avoid threats.</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Strategy</source>
      <translation>Strategy</translation>
    </message>
    <message>
      <source>SWOT items</source>
      <translation>SWOT items</translation>
    </message>
    <message>
      <source>Measures</source>
      <translation>Measures</translation>
    </message>
    <message>
      <source>The SWOT register holds {1} items ({2} strengths, {3} weaknesses, {4} opportunities, {5} threats); {6} TOWS strategies link them to measures.</source>
      <translation>The SWOT register holds {1} items ({2} strengths, {3} weaknesses, {4} opportunities, {5} threats); {6} TOWS strategies link them to measures.</translation>
    </message>
    <message>
      <source>The project's measure catalog with the status of each measure. Owners and review dates are not recorded in this project yet; the columns stay empty until the measures register holds them.</source>
      <translation>The project's measure catalog with the status of each measure. Owners and review dates are not recorded in this project yet; the columns stay empty until the measures register holds them.</translation>
    </message>
    <message>
      <source>Measure</source>
      <translation>Measure</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source>Review date</source>
      <translation>Review date</translation>
    </message>
    <message>
      <source>Source: measure catalog of the project (rrw_measure)</source>
      <translation>Source: measure catalog of the project (rrw_measure)</translation>
    </message>
    <message>
      <source>synthetic demo value (seeded generator)</source>
      <translation>synthetic demo value (seeded generator)</translation>
    </message>
    <message>
      <source>very high</source>
      <translation>very high</translation>
    </message>
    <message>
      <source>high</source>
      <translation>high</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>medium</translation>
    </message>
    <message>
      <source>low</source>
      <translation>low</translation>
    </message>
    <message>
      <source>very unlikely</source>
      <translation>very unlikely</translation>
    </message>
    <message>
      <source>unlikely</source>
      <translation>unlikely</translation>
    </message>
    <message>
      <source>conditionally likely</source>
      <translation>conditionally likely</translation>
    </message>
    <message>
      <source>likely</source>
      <translation>likely</translation>
    </message>
    <message>
      <source>very likely</source>
      <translation>very likely</translation>
    </message>
    <message>
      <source>insignificant</source>
      <translation>insignificant</translation>
    </message>
    <message>
      <source>minor</source>
      <translation>minor</translation>
    </message>
    <message>
      <source>moderate</source>
      <translation>moderate</translation>
    </message>
    <message>
      <source>major</source>
      <translation>major</translation>
    </message>
    <message>
      <source>catastrophic</source>
      <translation>catastrophic</translation>
    </message>
    <message>
      <source>Region profiles</source>
      <translation>Region profiles</translation>
    </message>
    <message>
      <source>Key indicators of each district: the latest value with its source and year. Values marked * are synthetic demo values.</source>
      <translation>Key indicators of each district: the latest value with its source and year. Values marked * are synthetic demo values.</translation>
    </message>
    <message>
      <source>Population density by district</source>
      <translation>Population density by district</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Source, year</source>
      <translation>Source, year</translation>
    </message>
    <message>
      <source>* synthetic demo value</source>
      <translation>* synthetic demo value</translation>
    </message>
    <message>
      <source>Risk indices</source>
      <translation>Risk indices</translation>
    </message>
    <message>
      <source>Each hazard model combines normalised indicators into a composite score from 0 (lowest risk) to 10 (highest risk); rank 1 is the highest risk. The rank interval shows the 5th to 95th percentile of the ranks over {1} Monte Carlo samples of weights and normalisation (seed {2}).</source>
      <translation>Each hazard model combines normalised indicators into a composite score from 0 (lowest risk) to 10 (highest risk); rank 1 is the highest risk. The rank interval shows the 5th to 95th percentile of the ranks over {1} Monte Carlo samples of weights and normalisation (seed {2}).</translation>
    </message>
    <message>
      <source>The project has no indicator values of districts.</source>
      <translation>The project has no indicator values of districts.</translation>
    </message>
    <message>
      <source>Score: {1}</source>
      <translation>Score: {1}</translation>
    </message>
    <message>
      <source>rrw composite index</source>
      <translation>rrw composite index</translation>
    </message>
    <message>
      <source>rrw composite index; partly synthetic data</source>
      <translation>rrw composite index; partly synthetic data</translation>
    </message>
    <message>
      <source>Composite risk score by district (model {1}); equal classes over the model's scale.</source>
      <translation>Composite risk score by district (model {1}); equal classes over the model's scale.</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Rank</translation>
    </message>
    <message>
      <source>District</source>
      <translation>District</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Rank 5–95 %</source>
      <translation>Rank 5–95 %</translation>
    </message>
    <message>
      <source>Score by district</source>
      <translation>Score by district</translation>
    </message>
    <message>
      <source>Rank intervals (5–95 %) and rank</source>
      <translation>Rank intervals (5–95 %) and rank</translation>
    </message>
    <message>
      <source>rank (1 = highest risk)</source>
      <translation>rank (1 = highest risk)</translation>
    </message>
    <message>
      <source>Bars: the ranks a district takes in 90 % of the Monte Carlo samples; dot: its rank.</source>
      <translation>Bars: the ranks a district takes in 90 % of the Monte Carlo samples; dot: its rank.</translation>
    </message>
    <message>
      <source>Source: indicator values of the project (latest year each); rrw composite index, {1} samples. * uses synthetic demo values.</source>
      <translation>Source: indicator values of the project (latest year each); rrw composite index, {1} samples. * uses synthetic demo values.</translation>
    </message>
    <message>
      <source>Highest all-hazards risk: {1} (score {2}, rank interval {3}–{4}).</source>
      <translation>Highest all-hazards risk: {1} (score {2}, rank interval {3}–{4}).</translation>
    </message>
    <message>
      <source>BBK risk matrix</source>
      <translation>BBK risk matrix</translation>
    </message>
    <message>
      <source>Scenarios placed by likelihood (A very unlikely … E very likely) and extent (1 insignificant … 5 catastrophic) after the BBK method for risk analysis in civil protection (2010); the extent is the rounded mean of the five damage parameters.</source>
      <translation>Scenarios placed by likelihood (A very unlikely … E very likely) and extent (1 insignificant … 5 catastrophic) after the BBK method for risk analysis in civil protection (2010); the extent is the rounded mean of the five damage parameters.</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <source>Matrix cell</source>
      <translation>Matrix cell</translation>
    </message>
    <message>
      <source>Risk</source>
      <translation>Risk</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Assessment</translation>
    </message>
    <message>
      <source>Likelihood</source>
      <translation>Likelihood</translation>
    </message>
    <message>
      <source>Risk matrix: ■ and the numbers of the scenarios (table below) in their cells; each cell's risk band below them.</source>
      <translation>Risk matrix: ■ and the numbers of the scenarios (table below) in their cells; each cell's risk band below them.</translation>
    </message>
    <message>
      <source>Source: BBK scenarios of the project with their assessments</source>
      <translation>Source: BBK scenarios of the project with their assessments</translation>
    </message>
    <message>
      <source>{1} of {2} BBK scenarios fall into the high or very high risk band: {3}.</source>
      <translation>{1} of {2} BBK scenarios fall into the high or very high risk band: {3}.</translation>
    </message>
    <message>
      <source>Supply-chain scenarios</source>
      <translation>Supply-chain scenarios</translation>
    </message>
    <message>
      <source>The project has no supply network or no stored scenarios.</source>
      <translation>The project has no supply network or no stored scenarios.</translation>
    </message>
    <message>
      <source>Each scenario is run day by day on the project's firm network ({1} firms, {2} supply links) with its measures. The firm network is synthetic demo data. Firm data are confidential: a table cell or map unit is shown only when at least {3} firms contribute to it and no single firm makes up more than {4} % of its value; otherwise it reads "confidential".</source>
      <translation>Each scenario is run day by day on the project's firm network ({1} firms, {2} supply links) with its measures. The firm network is synthetic demo data. Firm data are confidential: a table cell or map unit is shown only when at least {3} firms contribute to it and no single firm makes up more than {4} % of its value; otherwise it reads "confidential".</translation>
    </message>
    <message>
      <source>confidential</source>
      <translation>confidential</translation>
    </message>
    <message>
      <source>Scenario {1}, version {2}, {3} days; inputs hash {4} ({5}).</source>
      <translation>Scenario {1}, version {2}, {3} days; inputs hash {4} ({5}).</translation>
    </message>
    <message>
      <source>same as stored run {1}</source>
      <translation>same as stored run {1}</translation>
    </message>
    <message>
      <source>not stored as a run</source>
      <translation>not stored as a run</translation>
    </message>
    <message>
      <source>Firms</source>
      <translation>Firms</translation>
    </message>
    <message>
      <source>Employees</source>
      <translation>Employees</translation>
    </message>
    <message>
      <source>Loss (EUR)</source>
      <translation>Loss (EUR)</translation>
    </message>
    <message>
      <source>Loss share</source>
      <translation>Loss share</translation>
    </message>
    <message>
      <source>Jobs at risk</source>
      <translation>Jobs at risk</translation>
    </message>
    <message>
      <source>Recovery (days)</source>
      <translation>Recovery (days)</translation>
    </message>
    <message>
      <source>All firms</source>
      <translation>All firms</translation>
    </message>
    <message>
      <source>Source: rrw supply simulation on the synthetic demo firm network; cells with fewer than {1} firms or one firm above {2} % are confidential.</source>
      <translation>Source: rrw supply simulation on the synthetic demo firm network; cells with fewer than {1} firms or one firm above {2} % are confidential.</translation>
    </message>
    <message>
      <source>Production loss</source>
      <translation>Production loss</translation>
    </message>
    <message>
      <source>rrw supply simulation, synthetic firms</source>
      <translation>rrw supply simulation, synthetic firms</translation>
    </message>
    <message>
      <source>Production loss as a share of normal output by district.</source>
      <translation>Production loss as a share of normal output by district.</translation>
    </message>
    <message>
      <source>Not shown (confidential)</source>
      <translation>Not shown (confidential)</translation>
    </message>
    <message>
      <source>Production, % of normal output</source>
      <translation>Production, % of normal output</translation>
    </message>
    <message>
      <source>Output-weighted production per day (day 1 … {1}).</source>
      <translation>Output-weighted production per day (day 1 … {1}).</translation>
    </message>
    <message>
      <source>Cost (EUR)</source>
      <translation>Cost (EUR)</translation>
    </message>
    <message>
      <source>Avoided loss (EUR)</source>
      <translation>Avoided loss (EUR)</translation>
    </message>
    <message>
      <source>Benefit/cost</source>
      <translation>Benefit/cost</translation>
    </message>
    <message>
      <source>Avoided loss of each measure: the scenario with all other measures, without this one.</source>
      <translation>Avoided loss of each measure: the scenario with all other measures, without this one.</translation>
    </message>
    <message>
      <source>Scenarios compared</source>
      <translation>Scenarios compared</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Days</translation>
    </message>
    <message>
      <source>Person-days</source>
      <translation>Person-days</translation>
    </message>
    <message>
      <source>Production loss, million EUR</source>
      <translation>Production loss, million EUR</translation>
    </message>
    <message>
      <source>Loss</source>
      <translation>Loss</translation>
    </message>
    <message>
      <source>Source: rrw supply simulation on the synthetic demo firm network, with each scenario's measures.</source>
      <translation>Source: rrw supply simulation on the synthetic demo firm network, with each scenario's measures.</translation>
    </message>
    <message>
      <source>The largest production loss of the supply scenarios: {1} with {2} million EUR ({3} % of normal output; synthetic firm network).</source>
      <translation>The largest production loss of the supply scenarios: {1} with {2} million EUR ({3} % of normal output; synthetic firm network).</translation>
    </message>
  </context>
</TS>
