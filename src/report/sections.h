#pragma once

// Internal to the report templates: what the section builders share.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "report/report_builder.h"
#include "report/report_texts.h"
#include "store/indicator_repository.h"
#include "store/region_repository.h"

namespace rrw::report {

struct BuildContext {
    store::Project& project;
    const ReportOptions& options;
    const ReportTexts& texts;
    std::shared_ptr<const render::MapTexts> mapTexts;
    Feedback* feedback = nullptr;
    std::vector<store::Region> districts;  ///< Kreise and okresy, German first
    std::map<std::string, store::Region> regionByCode;
    std::vector<store::Indicator> indicators;
    std::vector<store::IndicatorValue> values;  ///< latest district values
    /// Layers read once and shared by every map of the report.
    std::shared_ptr<const render::MapContent> baseContent;
    int maps = 0;
    /// Sentences for the executive summary, collected by the sections.
    std::vector<Paragraph> summary;
    bool syntheticData = false;

    bool mayAddMap() const { return options.maxMaps < 0 || maps < options.maxMaps; }
    const store::Indicator* indicator(const std::string& id) const;
};

/// A choropleth of `values` per district code (other districts: no data), with the state
/// border on top; titles and units per language; `breaks` (6 limits) or quantiles.
struct ChoroplethSpec {
    std::map<std::string, double> values;
    std::string titleDe, titleCs, titleEn;
    std::string unitDe, unitCs, unitEn;
    std::string ramp = "YlOrRd";
    std::vector<double> breaks;
    std::string sourceNote;
};
/// A map that cannot be drawn (e.g. a layer without the "code" field of older projects) gives a
/// note saying why instead of failing the whole report.
Block choropleth(BuildContext& ctx, const ChoroplethSpec& spec, const QString& caption);

/// The text of `key` (context "rrw_report") in German, Czech and English.
struct Trilingual {
    std::string de, cs, en;
};
Trilingual trilingual(const ReportTexts& texts, const char* key, const QStringList& args = {});

Section regionProfiles(BuildContext& ctx);
std::vector<Section> swotSections(BuildContext& ctx);
Section measuresSection(BuildContext& ctx);
Section riskIndexSection(BuildContext& ctx);
Section bbkSection(BuildContext& ctx);
std::vector<Section> scenarioSections(BuildContext& ctx);
Section annexSection(BuildContext& ctx);

}  // namespace rrw::report
