#include "geo/xml_scan.h"

#include <cpl_vsi.h>

#include <cctype>
#include <cstring>
#include <vector>

#include "core/error.h"
#include "geo/input_limits.h"

namespace rrw::geo {

namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;
constexpr std::size_t kTokenPrefix = 24;

bool isSpace(char c) {
    return std::isspace(static_cast<unsigned char>(c)) != 0;
}

/// The local part of a qualified name ("kml:Data" -> "Data").
std::string localName(const std::string& name) {
    const auto colon = name.rfind(':');
    return colon == std::string::npos ? name : name.substr(colon + 1);
}

}  // namespace

XmlNameScanner::XmlNameScanner(std::size_t maxElementNames, std::size_t maxFieldNames)
    : maxElements_(maxElementNames), maxFields_(maxFieldNames) {}

void XmlNameScanner::endName() {
    elements_.insert(hash_ ^ length_);
    const std::string local = length_ <= kTokenPrefix ? localName(token_) : std::string();
    fieldElement_ = local == "Data" || local == "SimpleData" || local == "SimpleField";
    nameAttribute_ = false;
}

void XmlNameScanner::endAttrName() {
    nameAttribute_ = fieldElement_ && length_ == 4 && token_ == "name";
}

bool XmlNameScanner::feed(const char* data, std::size_t size) {
    const auto startToken = [this] {
        token_.clear();
        hash_ = kFnvOffset;
        length_ = 0;
    };
    const auto addToken = [this](char c) {
        hash_ = (hash_ ^ static_cast<unsigned char>(c)) * kFnvPrime;
        if (token_.size() < kTokenPrefix) {
            token_ += c;
        }
        ++length_;
    };
    for (std::size_t i = 0; i < size; ++i) {
        const char c = data[i];
        tail_ = (tail_ << 8) | static_cast<unsigned char>(c);
        switch (state_) {
            case State::Text: {
                const void* lt = std::memchr(data + i, '<', size - i);
                if (lt == nullptr) {
                    i = size;
                    tail_ = 0;
                    break;
                }
                i = static_cast<std::size_t>(static_cast<const char*>(lt) - data);
                state_ = State::TagStart;
                break;
            }
            case State::TagStart:
                if (c == '/' || c == '?') {
                    state_ = State::Skip;
                } else if (c == '!') {
                    state_ = State::Bang;
                    startToken();
                } else {
                    state_ = State::Name;
                    startToken();
                    addToken(c);
                }
                break;
            case State::Bang:
                addToken(c);
                if (token_ == "--") {
                    state_ = State::Comment;
                    tail_ = 0;
                } else if (token_ == "[CDATA[") {
                    state_ = State::CData;
                    tail_ = 0;
                } else if (std::string("[CDATA[").compare(0, token_.size(), token_) != 0 &&
                           std::string("--").compare(0, token_.size(), token_) != 0) {
                    state_ = c == '>' ? State::Text : State::Skip;
                }
                break;
            case State::Comment:
                if ((tail_ & 0xFFFFFF) == 0x2D2D3E) {  // "-->"
                    state_ = State::Text;
                }
                break;
            case State::CData:
                if ((tail_ & 0xFFFFFF) == 0x5D5D3E) {  // "]]>"
                    state_ = State::Text;
                }
                break;
            case State::Skip:
                if (c == '>') {
                    state_ = State::Text;
                }
                break;
            case State::Name:
                if (isSpace(c) || c == '/' || c == '>') {
                    endName();
                    state_ = c == '>' ? State::Text : State::InTag;
                } else {
                    addToken(c);
                }
                break;
            case State::InTag:
                if (c == '>') {
                    state_ = State::Text;
                } else if (c == '"' || c == '\'') {
                    quote_ = c;  // the value of the attribute name read last
                    state_ = State::AttrValue;
                    startToken();
                } else if (!isSpace(c) && c != '/' && c != '=') {
                    state_ = State::AttrName;
                    startToken();
                    addToken(c);
                }
                break;
            case State::AttrName:
                if (c == '=' || isSpace(c)) {
                    endAttrName();
                    state_ = State::InTag;
                } else if (c == '>') {
                    state_ = State::Text;
                } else {
                    addToken(c);
                }
                break;
            case State::AttrValue:
                if (c == quote_) {
                    if (nameAttribute_) {
                        fields_.insert(hash_ ^ length_);
                    }
                    nameAttribute_ = false;
                    state_ = State::InTag;
                } else if (nameAttribute_) {
                    addToken(c);
                }
                break;
        }
        if (tooManyElementNames() || tooManyFieldNames()) {
            return false;
        }
    }
    return true;
}

void checkXmlNames(const std::string& gdalPath, const std::string& displayName) {
    VSILFILE* fp = VSIFOpenL(gdalPath.c_str(), "rb");
    if (fp == nullptr) {
        return;  // GDAL's open reports it
    }
    XmlNameScanner scanner(2 * limits::kMaxFields, limits::kMaxFields);
    std::vector<char> buffer(1 << 20);
    for (std::size_t n; (n = VSIFReadL(buffer.data(), 1, buffer.size(), fp)) > 0;) {
        if (!scanner.feed(buffer.data(), n)) {
            break;
        }
    }
    VSIFCloseL(fp);
    if (scanner.tooManyElementNames()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: the file uses more than {2} different element "
                                          "names; at most {3} attribute fields are supported"),
                        {displayName, std::to_string(2 * limits::kMaxFields),
                         std::to_string(limits::kMaxFields)});
    }
    if (scanner.tooManyFieldNames()) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "{1}: the placemarks have more than {2} different data field "
                              "names; at most {2} attribute fields are supported"),
            {displayName, std::to_string(limits::kMaxFields)});
    }
}

}  // namespace rrw::geo
