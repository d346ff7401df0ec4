#pragma once

#include <QString>

#include "core/error.h"

namespace rrw::ui {

/// An engine error or message in the UI language (catalog context "rrw").
QString translatedError(const Error& error);
QString translatedMessage(const Message& message);

}  // namespace rrw::ui
