#pragma once
// A project of this fuzzing process that harnesses write into: every write is rolled back, so
// each input meets the same project and the file does not grow.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

#include "scratch.h"
#include "store/project.h"

namespace rrw::fuzz {

class ProjectFixture {
public:
    /// Creates project.gpkg in a scratch directory of `target` and runs `setup` on it (one
    /// committed write, e.g. regions and indicators the inputs refer to).
    explicit ProjectFixture(const std::string& target,
                            const std::function<void(store::Project&)>& setup = {});

    store::Project& project() { return project_; }
    const ScratchDir& dir() const { return dir_; }

    /// Runs `work` inside Project::write and rolls it back whatever happens. rrw::Error from
    /// `work` (the input was refused) is swallowed; any other exception propagates.
    void writeAndDiscard(const std::function<void()>& work);

    /// Writes the input to `fileName` and imports it as `rrw-cli import` does
    /// (store::importFile: geo::importLayer and the layer's metadata), rolled back.
    void import(const std::uint8_t* data, std::size_t size, const std::string& fileName);

private:
    ScratchDir dir_;
    store::Project project_;
};

}  // namespace rrw::fuzz
