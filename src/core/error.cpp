#include "core/error.h"

namespace rrw {

std::string formatMessage(const std::string& key, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(key.size() + 32);
    for (std::size_t i = 0; i < key.size(); ++i) {
        if (key[i] == '{' && i + 2 < key.size() && key[i + 2] == '}' && key[i + 1] >= '1' &&
            key[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(key[i + 1] - '1');
            if (index < args.size()) {
                out += args[index];
                i += 2;
                continue;
            }
        }
        out += key[i];
    }
    return out;
}

std::string Message::text() const {
    return formatMessage(key, args);
}

Error::Error(Kind kind, std::string key, std::vector<std::string> args)
    : std::runtime_error(formatMessage(key, args)),
      kind_(kind),
      key_(std::move(key)),
      args_(std::move(args)) {}

void throwInputError(std::string key, std::vector<std::string> args) {
    throw Error(Error::Kind::Input, std::move(key), std::move(args));
}

void throwStoreError(std::string key, std::vector<std::string> args) {
    throw Error(Error::Kind::Store, std::move(key), std::move(args));
}

void throwCanceled() {
    throw Error(Error::Kind::Canceled, "The operation was canceled.");
}

}  // namespace rrw
