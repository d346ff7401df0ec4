#include "report/report_writers.h"

namespace rrw::report {

bool parseFormat(const std::string& text, Format& out) {
    if (text == "pdf") {
        out = Format::Pdf;
    } else if (text == "odt") {
        out = Format::Odt;
    } else if (text == "html") {
        out = Format::Html;
    } else {
        return false;
    }
    return true;
}

WriteResult writeReport(const Report& report, const std::string& path, Format format) {
    switch (format) {
        case Format::Pdf:
            return writePdf(report, path);
        case Format::Odt:
            return writeOdt(report, path);
        case Format::Html:
            break;
    }
    return writeHtml(report, path);
}

}  // namespace rrw::report
