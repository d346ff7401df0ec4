// A partner's indicator file (`rrw-cli indicators import`, the workbench's import): values
// (region_code,indicator_id,year,value[,source][,synthetic][,note]) or a catalog (id,name_de,…),
// ',' ';' or tab, decimal comma. Recognised as the workbench does (isIndicatorFile), imported
// into a project that knows a few regions and indicators, read back as the index reads it;
// rolled back.
#include "harnesses.h"
#include "project_fixture.h"
#include "store/indicator_import.h"
#include "store/indicator_repository.h"
#include "store/region_repository.h"

namespace rrw::fuzz {

namespace {

void addRegionsAndIndicators(store::Project& project) {
    auto region = [](std::string code, std::string level, std::string parent, std::string country,
                     std::string name, std::string analysisLevel) {
        store::Region r;
        r.code = std::move(code);
        r.level = std::move(level);
        r.parentCode = std::move(parent);
        r.country = std::move(country);
        r.name = std::move(name);
        r.analysisLevel = std::move(analysisLevel);
        return r;
    };
    store::insertRegions(
        project, {region("CZ041", "kraj", "", "CZ", "Karlovarský kraj", "region"),
                  region("CZ0411", "okres", "CZ041", "CZ", "Cheb", "district"),
                  region("CZ0412", "okres", "CZ041", "CZ", "Karlovy Vary", "district"),
                  region("CZ0413", "okres", "CZ041", "CZ", "Sokolov", "district"),
                  region("554961", "obec", "CZ0412", "CZ", "Karlovy Vary", "municipality"),
                  region("DE2", "land", "", "DE", "Bayern", "region"),
                  region("DE24D", "kreis", "DE2", "DE", "Wunsiedel i. Fichtelgebirge", "district"),
                  region("09479152", "gemeinde", "DE24D", "DE", "Selb", "municipality")});
    auto indicator = [](std::string id, std::string direction, std::string dimension) {
        store::Indicator i;
        i.id = id;
        i.nameDe = i.nameCs = i.nameEn = std::move(id);
        i.direction = std::move(direction);
        i.dimension = std::move(dimension);
        return i;
    };
    store::insertIndicators(
        project, {indicator("unemployment_rate", "higher_is_worse", "vulnerability"),
                  indicator("share_75plus", "higher_is_worse", "vulnerability"),
                  indicator("forest_loss", "higher_is_worse", "hazard_exposure"),
                  indicator("hospital_beds_per_1000", "higher_is_better", "coping_capacity")});
}

}  // namespace

int fuzzIndicatorCsv(const std::uint8_t* data, std::size_t size) {
    static ProjectFixture fixture("indicator_csv", addRegionsAndIndicators);
    const std::string path = fixture.dir().write("indicators.csv", asText(data, size));
    (void)store::isIndicatorFile(path);
    for (const bool synthetic : {false, true}) {
        fixture.writeAndDiscard([&] {
            store::IndicatorImportOptions options;
            options.source = synthetic ? "" : "Partner survey 2025";
            options.synthetic = synthetic;
            (void)store::importIndicatorFile(fixture.project(), path, options);
            for (const char* level : {"district", "municipality"}) {
                (void)store::latestValues(fixture.project(), level);
            }
            (void)store::listIndicators(fixture.project());
        });
    }
    return 0;
}

}  // namespace rrw::fuzz
