#include "project_fixture.h"

#include "core/error.h"
#include "core/feedback.h"
#include "core/text.h"
#include "geo/importer.h"
#include "store/layer_catalog.h"

namespace rrw::fuzz {

namespace {

/// Thrown inside Project::write to roll back work that succeeded.
struct Discard {};

/// The report goes into the layer metadata as JSON and out of `rrw-cli import --json`: every
/// text in it must be UTF-8, whatever bytes the file held.
void checkUtf8(const geo::ImportReport& report) {
    std::vector<std::string> texts = {report.layer,          report.input,     report.driver,
                                      report.sourceLayer,    report.sourceCrs, report.sourceCrsNote,
                                      report.transformation, report.encoding,  report.geometryType};
    for (const auto& w : report.warnings) {
        texts.push_back(w.text());
    }
    for (const auto& r : report.rejectedFeatures) {
        texts.push_back(r.reason.text());
    }
    for (const auto& text : texts) {
        if (!isValidUtf8(text)) {
            fail("import", "the import report holds text that is not UTF-8: " + text);
        }
    }
}

}  // namespace

ProjectFixture::ProjectFixture(const std::string& target,
                               const std::function<void(store::Project&)>& setup)
    : dir_(target), project_(store::Project::create(dir_.path() + "/project.gpkg", true)) {
    if (setup) {
        project_.write([&] { setup(project_); });
    }
}

void ProjectFixture::writeAndDiscard(const std::function<void()>& work) {
    try {
        project_.write([&] {
            work();
            throw Discard{};
        });
    } catch (const Discard&) {
    } catch (const Error&) {
    }
}

void ProjectFixture::import(const std::uint8_t* data, std::size_t size,
                            const std::string& fileName) {
    const std::string path = dir_.write(fileName, asText(data, size));
    writeAndDiscard([&] {
        Feedback feedback;
        const geo::ImportReport report =
            geo::importLayer(project_.geoPackage(), path, geo::ImportOptions{}, feedback);
        checkUtf8(report);
        store::recordLayer(project_, report, store::LayerProvenance{});
    });
    dir_.remove(fileName);
}

}  // namespace rrw::fuzz
