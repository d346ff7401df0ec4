#pragma once

#include <map>

#include <set>
#include <string>
#include <vector>
#include "core/error.h"

namespace rrw::cli {

/// Parsed command line of one sub-command: positional arguments, --options with a value and
/// --flags. Unknown options are an error (a typo must not be silently ignored).
class Args {
public:
    /// `valued` are options that take a value (--name X or --name=X), `flags` take none.
    Args(const std::vector<std::string>& argv, const std::set<std::string>& valued,
         const std::set<std::string>& flags);

    const std::vector<std::string>& positional() const { return positional_; }
    bool flag(const std::string& name) const { return flags_.count(name) != 0; }
    std::string value(const std::string& name, const std::string& fallback = "") const;
    bool has(const std::string& name) const { return values_.count(name) != 0; }
    /// Every value of a repeatable option (--layer a --layer b), in order.
    std::vector<std::string> values(const std::string& name) const;

private:
    std::vector<std::string> positional_;
    std::map<std::string, std::string> values_;
    std::vector<std::pair<std::string, std::string>> all_;
    std::set<std::string> flags_;
};

/// Thrown for a malformed command line; main prints it with the usage hint.
struct UsageError {
    Message message;
};

/// The whole number of option --`name` in [low, high], or `fallback` when it is not given.
/// Throws UsageError otherwise.
int wholeOption(const Args& args, const std::string& name, int fallback, int low, int high);

}  // namespace rrw::cli
