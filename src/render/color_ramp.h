#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rrw::render {

/// An 8-bit sRGB colour.
struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Rgb&) const = default;
};

/// "#RRGGBB" (hex digits in either case) -> Rgb; false when malformed, `out` is then unchanged.
bool parseHexColor(std::string_view text, Rgb& out);
/// "#rrggbb", lower case.
std::string toHex(Rgb c);

enum class RampKind { Sequential, Diverging, Qualitative };

/// ColorBrewer's rating of a scheme for one use, with ColorBrewer's own codes.
enum class Rating : std::uint8_t { Bad = 0, Ok = 1, Maybe = 2 };

struct ColorRamp {
    std::string id;  ///< ColorBrewer's spelling ("YlOrRd"), or "viridis", "cividis"
    RampKind kind = RampKind::Sequential;
    /// True when the ramp is safe for every class count it publishes: ColorBrewer rates all of
    /// them Ok (see colorblindSafeAt / printFriendlyAt for one count).
    bool colorblindSafe = false;
    bool printFriendly = false;
    /// ColorBrewer-style discrete schemes for 3..N classes: schemes[k-3] has k colours. A
    /// continuous ramp (viridis, cividis) has a single entry: its published 256 stops.
    std::vector<std::vector<Rgb>> schemes;
    /// ColorBrewer's ratings as published: entry k-3 rates the k-class scheme, a single entry
    /// rates them all, a count without an entry is unrated (taken as Bad). Empty for ramps that
    /// ColorBrewer does not rate.
    std::vector<Rating> colorblindRatings;
    std::vector<Rating> printRatings;
};

/// The built-in ramps, ColorBrewer's first (docs/methods/classification.md lists them).
const std::vector<ColorRamp>& builtinRamps();
/// The built-in ramp with this id, compared case-insensitively; nullptr when there is none.
const ColorRamp* findRamp(std::string_view id);

/// `classes` colours from the ramp (classes >= 1, else std::invalid_argument). The ramp's own
/// scheme with exactly that many colours when it has one; else the smallest scheme with more
/// colours (the 3-class one for 1 or 2 classes), or the largest one when none has more, sampled
/// at the evenly spaced positions i/(classes-1) (0.5 for one class) along its colours with
/// linear interpolation in CIELAB (D65). Positions that hit a colour return it exactly.
std::vector<Rgb> classColors(const ColorRamp& ramp, int classes);

/// Reversed order helper.
std::vector<Rgb> reversed(std::vector<Rgb> colors);

/// The colour a fraction t (clamped to [0, 1]) of the way from `a` to `b`, interpolated linearly
/// in CIELAB (D65 white, sRGB primaries) and rounded back to 8 bits; t = 0 and 1 give a and b.
Rgb mixLab(Rgb a, Rgb b, double t);

/// ColorBrewer's verdict for this class count, true only for Ok. One or two classes take the
/// 3-class rating (classColors takes their colours from that scheme); counts beyond the
/// published schemes are interpolated and get false. Ramps without ratings answer their flag.
bool colorblindSafeAt(const ColorRamp& ramp, int classes);
bool printFriendlyAt(const ColorRamp& ramp, int classes);

}  // namespace rrw::render
