#include "geo/zip_writer.h"

#include <cpl_conv.h>
#include <cpl_string.h>

#include <cstdio>
#include <limits>

#include "core/atomic_file.h"
#include "core/error.h"
#include "geo/gdal_env.h"
#include "geo/zip_directory.h"

namespace rrw::geo {

namespace {

[[noreturn]] void failed(const std::string& path, const std::string& member,
                         const GdalErrorCapture& errors) {
    throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: cannot write the archive member '{2}' ({3})"),
                    {path, member, errors.lastError()});
}

}  // namespace

void writeZip(const std::string& path, const std::vector<ZipMember>& members) {
    for (const ZipMember& m : members) {
        // A member an unpacking tool would write outside its target folder is never written.
        if (m.name.empty() || isUnsafeMemberName(m.name)) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: the archive member name '{2}' is not a plain "
                                              "relative path; refusing to write it"),
                            {path, m.name});
        }
    }
    GdalErrorCapture errors;
    // No ZIP64 extra fields: OpenDocument wants none on "mimetype", and the members of the
    // archives rrw writes (reports) stay far below 4 GB.
    CPLConfigOptionSetter noZip64("CPL_CREATE_ZIP64", "NO", false);
    // Written beside the target and renamed into place when complete (AtomicFile removes the
    // temporary file on any error); the empty temporary file goes first, as CPLCreateZip would
    // append to an existing archive.
    AtomicFile out(path);
    std::remove(out.path().c_str());
    void* zip = CPLCreateZip(out.path().c_str(), nullptr);
    if (zip == nullptr) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: cannot create the file ({2})"),
                        {path, errors.lastError()});
    }
    for (const ZipMember& m : members) {
        CPLStringList options;
        options.SetNameValue("COMPRESSED", m.compressed ? "YES" : "NO");
        options.SetNameValue("ZIP64", "NO");
        if (CPLCreateFileInZip(zip, m.name.c_str(), options.List()) != CE_None) {
            CPLCloseZip(zip);
            failed(path, m.name, errors);
        }
        std::size_t done = 0;
        while (done < m.bytes.size()) {
            const std::size_t chunk =
                std::min<std::size_t>(m.bytes.size() - done, std::numeric_limits<int>::max());
            if (CPLWriteFileInZip(zip, m.bytes.data() + done, static_cast<int>(chunk)) != CE_None) {
                CPLCloseFileInZip(zip);
                CPLCloseZip(zip);
                failed(path, m.name, errors);
            }
            done += chunk;
        }
        if (CPLCloseFileInZip(zip) != CE_None) {
            CPLCloseZip(zip);
            failed(path, m.name, errors);
        }
    }
    if (CPLCloseZip(zip) != CE_None) {
        failed(path, "", errors);
    }
    out.commit();
}

}  // namespace rrw::geo
