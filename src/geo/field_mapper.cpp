#include "geo/field_mapper.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/error.h"
#include "core/text.h"

namespace rrw::geo {

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

OGRFieldType storedType(OGRFieldType type) {
    switch (type) {
        case OFTIntegerList:
        case OFTInteger64List:
        case OFTRealList:
        case OFTStringList:
        case OFTWideString:
        case OFTWideStringList:
            return OFTString;
        default:
            return type;
    }
}

}  // namespace

FieldMapper::FieldMapper(const InputSource& source, std::size_t maxFields)
    : displayName_(source.displayName), recodeFrom_(source.recodeFrom) {
    OGRFeatureDefn* defn = source.layer->GetLayerDefn();
    const int count = defn->GetFieldCount();
    if (static_cast<std::size_t>(count) > maxFields) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "{1}: the layer has {2} attribute fields; at most {3} are supported"),
            {displayName_, std::to_string(count), std::to_string(maxFields)});
    }
    // GDAL's CSV reader keeps the text of typed columns in "<name>_original" twins.
    std::set<std::string> names;
    for (int i = 0; i < count; ++i) {
        names.insert(defn->GetFieldDefn(i)->GetNameRef());
    }
    std::vector<int> plain;
    std::vector<int> twinOf(static_cast<std::size_t>(count), -1);
    for (int i = 0; i < count; ++i) {
        const std::string name = defn->GetFieldDefn(i)->GetNameRef();
        if (source.csv && endsWith(name, "_original") &&
            names.count(name.substr(0, name.size() - 9)) != 0) {
            const int base = defn->GetFieldIndex(name.substr(0, name.size() - 9).c_str());
            if (base >= 0) {
                twinOf[static_cast<std::size_t>(base)] = i;
            }
            continue;
        }
        plain.push_back(i);
    }

    std::set<std::string> used = {"fid", "geom"};
    for (std::size_t k = 0; k < plain.size(); ++k) {
        const int i = plain[k];
        const OGRFieldDefn* fd = defn->GetFieldDefn(i);
        std::string name;
        if (source.csv && k < source.csv->columns.size()) {
            name = source.csv->columns[k];  // already recoded and checked
        } else {
            name = textOf(nullptr, -1, fd->GetNameRef());
        }
        if (name.empty()) {
            name = "field_" + std::to_string(k + 1);
        }
        std::string unique = name;
        for (int n = 2; used.count(lower(unique)) != 0; ++n) {
            unique = name + "_" + std::to_string(n);
        }
        used.insert(lower(unique));
        if (source.csv) {
            csvRawField_.push_back(
                twinOf[static_cast<std::size_t>(i)] >= 0 ? twinOf[static_cast<std::size_t>(i)] : i);
            if (source.csvWkt() && static_cast<int>(k) == source.csv->wktColumn) {
                continue;  // the geometry itself, not an attribute
            }
        }
        mappings_.push_back({i, fd->GetType(), storedType(fd->GetType()), fd->GetSubType(), unique,
                             fd->GetWidth(), fd->GetPrecision()});
    }
}

void FieldMapper::createFields(OGRLayer& target) const {
    for (const auto& m : mappings_) {
        OGRFieldDefn fd(m.name.c_str(), m.type);
        if (m.type == m.sourceType) {
            fd.SetSubType(m.subType);
            if (m.type == OFTString) {
                fd.SetWidth(m.width);
            }
        }
        if (target.CreateField(&fd) != OGRERR_NONE) {
            throwStoreError(
                QT_TRANSLATE_NOOP("rrw", "{1}: cannot create field '{2}' in the project"),
                {displayName_, m.name});
        }
    }
}

std::string FieldMapper::textOf(const OGRFeature* from, int field, const char* raw) const {
    if (!recodeFrom_.empty()) {
        CplString recoded(CPLRecode(raw, recodeFrom_.c_str(), CPL_ENC_UTF8));
        return recoded ? std::string(recoded.get()) : std::string();
    }
    if (!isValidUtf8(raw)) {
        if (from == nullptr || field < 0) {
            throwInputError(
                QT_TRANSLATE_NOOP(
                    "rrw",
                    "{1}: a field name is not UTF-8 text; give the file's encoding with "
                    "--encoding (e.g. CP1250, ISO-8859-2)"),
                {displayName_});
        }
        throwInputError(QT_TRANSLATE_NOOP(
                            "rrw",
                            "{1}: feature {2}, field '{3}': the text is not UTF-8; give the file's "
                            "encoding with --encoding (Czech data is often CP1250 or ISO-8859-2)"),
                        {displayName_, std::to_string(from->GetFID()),
                         from->GetFieldDefnRef(field)->GetNameRef()});
    }
    return raw;
}

void FieldMapper::copy(const OGRFeature& from, OGRFeature& to) const {
    for (std::size_t k = 0; k < mappings_.size(); ++k) {
        const Mapping& m = mappings_[k];
        const int dst = static_cast<int>(k);
        if (!from.IsFieldSetAndNotNull(m.source)) {
            continue;
        }
        switch (m.type) {
            case OFTInteger:
                to.SetField(dst, from.GetFieldAsInteger(m.source));
                break;
            case OFTInteger64:
                to.SetField(dst, from.GetFieldAsInteger64(m.source));
                break;
            case OFTReal:
                to.SetField(dst, from.GetFieldAsDouble(m.source));
                break;
            case OFTString: {
                const char* raw = from.GetFieldAsString(m.source);
                if (recodeFrom_.empty() && isValidUtf8(raw)) {
                    to.SetField(dst, raw);
                } else {
                    to.SetField(dst, textOf(&from, m.source, raw).c_str());
                }
                break;
            }
            default:
                to.SetField(dst, from.GetRawFieldRef(m.source));
                break;
        }
    }
}

int FieldMapper::rawTextField(int csvColumn) const {
    if (csvColumn < 0 || static_cast<std::size_t>(csvColumn) >= csvRawField_.size()) {
        return -1;
    }
    return csvRawField_[static_cast<std::size_t>(csvColumn)];
}

}  // namespace rrw::geo
