#pragma once

#include <QString>

#include "render/map_language.h"

namespace rrw::ui {

class SlideDeck;

/// Writes `deck` as a PDF at `path`: one A4 landscape page per slide, the map as vectors, the
/// title and notes in `language` (de, cs or both), page numbers. Qt Gui only, so it runs
/// headless. Returns the number of pages. Throws rrw::Error naming the file when it cannot be
/// written or the deck is empty, and naming the slide when its map cannot be drawn.
int exportDeck(const SlideDeck& deck, const render::MapTexts& texts,
               const render::MapLanguage& language, const QString& path);

}  // namespace rrw::ui
