#pragma once

#include <stdexcept>
#include <string>
#include <vector>

// Marks an English message key for Qt Linguist (lupdate reads the source text; the engine has
// no Qt). Same definition as Qt's, so including Qt later is harmless.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

namespace rrw {

/// A message for people: an English key with {1}, {2}… placeholders (marked with
/// QT_TRANSLATE_NOOP("rrw", …) where it is written) and the arguments that fill them. The
/// edge (CLI, UI) translates the key; the store keeps text() in English.
struct Message {
    std::string key;
    std::vector<std::string> args;

    /// The English text with the arguments filled in.
    std::string text() const;
};

/// The one exception type of the engine. `key` is the English message template with
/// placeholders {1}, {2}, ... (Qt style); the UI translates the key with
/// QCoreApplication::translate("rrw", key) and then fills in the arguments, the CLI
/// prints message(). Arguments carry data (file names, feature ids), never sentences.
class Error : public std::runtime_error {
public:
    enum class Kind { Input, Store, Canceled, Internal };

    Error(Kind kind, std::string key, std::vector<std::string> args = {});

    Kind kind() const { return kind_; }
    const std::string& key() const { return key_; }
    const std::vector<std::string>& args() const { return args_; }
    /// The untranslated (English) message with the arguments filled in.
    std::string message() const { return what(); }

private:
    Kind kind_;
    std::string key_;
    std::vector<std::string> args_;
};

/// Fills {1}..{9} in `key` with `args` (used for the English message and by translators).
std::string formatMessage(const std::string& key, const std::vector<std::string>& args);

/// Shorthands for the common kinds.
[[noreturn]] void throwInputError(std::string key, std::vector<std::string> args = {});
[[noreturn]] void throwStoreError(std::string key, std::vector<std::string> args = {});
[[noreturn]] void throwCanceled();

}  // namespace rrw
