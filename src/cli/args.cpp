#include "cli/args.h"

#include <exception>

namespace rrw::cli {

Args::Args(const std::vector<std::string>& argv, const std::set<std::string>& valued,
           const std::set<std::string>& flags) {
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (a.size() < 3 || a.compare(0, 2, "--") != 0) {
            positional_.push_back(a);
            continue;
        }
        std::string name = a.substr(2);
        std::string value;
        bool inlineValue = false;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
            inlineValue = true;
        }
        if (flags.count(name) != 0 && !inlineValue) {
            flags_.insert(name);
        } else if (valued.count(name) != 0) {
            if (!inlineValue) {
                if (i + 1 >= argv.size()) {
                    throw UsageError{
                        {QT_TRANSLATE_NOOP("rrw", "option --{1} needs a value"), {name}}};
                }
                value = argv[++i];
            }
            values_[name] = value;
            all_.emplace_back(name, value);
        } else {
            throw UsageError{{QT_TRANSLATE_NOOP("rrw", "unknown option --{1}"), {name}}};
        }
    }
}

std::vector<std::string> Args::values(const std::string& name) const {
    std::vector<std::string> out;
    for (const auto& [n, v] : all_) {
        if (n == name) {
            out.push_back(v);
        }
    }
    return out;
}

std::string Args::value(const std::string& name, const std::string& fallback) const {
    const auto it = values_.find(name);
    return it != values_.end() ? it->second : fallback;
}

int wholeOption(const Args& args, const std::string& name, int fallback, int low, int high) {
    if (!args.has(name)) {
        return fallback;
    }
    const std::string text = args.value(name);
    std::size_t used = 0;
    int value = 0;
    try {
        value = std::stoi(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || value < low || value > high) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "--{1} must be a whole number from {2} to {3}"),
                          {name, std::to_string(low), std::to_string(high)}}};
    }
    return value;
}

}  // namespace rrw::cli
