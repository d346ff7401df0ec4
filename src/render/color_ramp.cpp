#include "render/color_ramp.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <stdexcept>

namespace rrw::render {

namespace {

int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    const int lower = std::tolower(static_cast<unsigned char>(c));
    if (lower >= 'a' && lower <= 'f') {
        return lower - 'a' + 10;
    }
    return -1;
}

// CIELAB (CIE 1976 L*a*b*) from 8-bit sRGB and back: IEC 61966-2-1 transfer function, sRGB
// primaries with D65 white. The white point is the matrix applied to (1, 1, 1), so sRGB white is
// exactly L* = 100, a* = b* = 0.
struct Lab {
    double l, a, b;
};

constexpr double kToXyz[3][3] = {{0.4124564, 0.3575761, 0.1804375},
                                 {0.2126729, 0.7151522, 0.0721750},
                                 {0.0193339, 0.1191920, 0.9503041}};
constexpr double kToRgb[3][3] = {{3.2404542, -1.5371385, -0.4985314},
                                 {-0.9692660, 1.8760108, 0.0415560},
                                 {0.0556434, -0.2040259, 1.0572252}};
constexpr double kWhite[3] = {kToXyz[0][0] + kToXyz[0][1] + kToXyz[0][2],
                              kToXyz[1][0] + kToXyz[1][1] + kToXyz[1][2],
                              kToXyz[2][0] + kToXyz[2][1] + kToXyz[2][2]};
constexpr double kDelta = 6.0 / 29.0;

double toLinear(std::uint8_t c) {
    const double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

std::uint8_t fromLinear(double v) {
    const double e = v <= 0.0031308 ? 12.92 * v : 1.055 * std::pow(v, 1.0 / 2.4) - 0.055;
    return static_cast<std::uint8_t>(std::lround(std::clamp(e, 0.0, 1.0) * 255.0));
}

double labF(double t) {
    return t > kDelta * kDelta * kDelta ? std::cbrt(t) : t / (3.0 * kDelta * kDelta) + 4.0 / 29.0;
}

double labFInverse(double t) {
    return t > kDelta ? t * t * t : 3.0 * kDelta * kDelta * (t - 4.0 / 29.0);
}

Lab toLab(Rgb c) {
    const double rgb[3] = {toLinear(c.r), toLinear(c.g), toLinear(c.b)};
    double f[3];
    for (int i = 0; i < 3; ++i) {
        const double xyz = kToXyz[i][0] * rgb[0] + kToXyz[i][1] * rgb[1] + kToXyz[i][2] * rgb[2];
        f[i] = labF(xyz / kWhite[i]);
    }
    return {116.0 * f[1] - 16.0, 500.0 * (f[0] - f[1]), 200.0 * (f[1] - f[2])};
}

Rgb fromLab(const Lab& lab) {
    const double fy = (lab.l + 16.0) / 116.0;
    const double xyz[3] = {kWhite[0] * labFInverse(fy + lab.a / 500.0), kWhite[1] * labFInverse(fy),
                           kWhite[2] * labFInverse(fy - lab.b / 200.0)};
    double rgb[3];
    for (int i = 0; i < 3; ++i) {
        rgb[i] = kToRgb[i][0] * xyz[0] + kToRgb[i][1] * xyz[1] + kToRgb[i][2] * xyz[2];
    }
    return {fromLinear(rgb[0]), fromLinear(rgb[1]), fromLinear(rgb[2])};
}

bool ratedOk(const ColorRamp& ramp, const std::vector<Rating>& ratings, bool flag, int classes) {
    if (ratings.empty()) {
        return flag;
    }
    std::size_t largest = 0;
    for (const auto& scheme : ramp.schemes) {
        largest = std::max(largest, scheme.size());
    }
    const auto count = static_cast<std::size_t>(std::max(classes, 3));
    if (count > largest) {
        return false;
    }
    const std::size_t index = ratings.size() == 1 ? 0 : count - 3;
    return index < ratings.size() && ratings[index] == Rating::Ok;
}

}  // namespace

bool parseHexColor(std::string_view text, Rgb& out) {
    if (text.size() != 7 || text[0] != '#') {
        return false;
    }
    int channel[3];
    for (int i = 0; i < 3; ++i) {
        const int high = hexDigit(text[static_cast<std::size_t>(1 + 2 * i)]);
        const int low = hexDigit(text[static_cast<std::size_t>(2 + 2 * i)]);
        if (high < 0 || low < 0) {
            return false;
        }
        channel[i] = high * 16 + low;
    }
    out = {static_cast<std::uint8_t>(channel[0]), static_cast<std::uint8_t>(channel[1]),
           static_cast<std::uint8_t>(channel[2])};
    return true;
}

std::string toHex(Rgb c) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out = "#";
    for (std::uint8_t v : {c.r, c.g, c.b}) {
        out += kDigits[v >> 4];
        out += kDigits[v & 0x0f];
    }
    return out;
}

const ColorRamp* findRamp(std::string_view id) {
    for (const ColorRamp& ramp : builtinRamps()) {
        if (ramp.id.size() == id.size() &&
            std::equal(id.begin(), id.end(), ramp.id.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) ==
                       std::tolower(static_cast<unsigned char>(b));
            })) {
            return &ramp;
        }
    }
    return nullptr;
}

std::vector<Rgb> classColors(const ColorRamp& ramp, int classes) {
    if (classes < 1) {
        throw std::invalid_argument("a colour ramp needs at least one class");
    }
    if (ramp.schemes.empty()) {
        throw std::invalid_argument("colour ramp without colours");
    }
    const auto k = static_cast<std::size_t>(classes);
    // Else the smallest scheme with more colours than asked for, or the largest one.
    const std::vector<Rgb>* source = nullptr;
    for (const auto& scheme : ramp.schemes) {
        if (scheme.size() == k) {
            return scheme;
        }
        if (scheme.size() > k && (source == nullptr || scheme.size() < source->size())) {
            source = &scheme;
        }
    }
    if (source == nullptr) {
        source =
            &*std::max_element(ramp.schemes.begin(), ramp.schemes.end(),
                               [](const auto& a, const auto& b) { return a.size() < b.size(); });
    }
    if (source->empty()) {
        throw std::invalid_argument("colour ramp without colours");
    }
    const std::vector<Rgb>& stops = *source;
    const std::size_t last = stops.size() - 1;
    // Position of colour i is i·last/(k-1) stops (one class: the middle), as an exact fraction.
    const std::size_t denominator = k == 1 ? 2 : k - 1;
    std::vector<Rgb> out;
    out.reserve(k);
    for (std::size_t i = 0; i < k; ++i) {
        const std::size_t numerator = (k == 1 ? 1 : i) * last;
        const std::size_t j = numerator / denominator;
        const std::size_t rest = numerator % denominator;
        if (rest == 0 || j >= last) {
            out.push_back(stops[std::min(j, last)]);
        } else {
            out.push_back(mixLab(stops[j], stops[j + 1], static_cast<double>(rest) / denominator));
        }
    }
    return out;
}

std::vector<Rgb> reversed(std::vector<Rgb> colors) {
    std::reverse(colors.begin(), colors.end());
    return colors;
}

Rgb mixLab(Rgb a, Rgb b, double t) {
    if (!(t > 0.0)) {  // also NaN
        return a;
    }
    if (!(t < 1.0)) {
        return b;
    }
    const Lab p = toLab(a);
    const Lab q = toLab(b);
    return fromLab({p.l + (q.l - p.l) * t, p.a + (q.a - p.a) * t, p.b + (q.b - p.b) * t});
}

bool colorblindSafeAt(const ColorRamp& ramp, int classes) {
    return ratedOk(ramp, ramp.colorblindRatings, ramp.colorblindSafe, classes);
}

bool printFriendlyAt(const ColorRamp& ramp, int classes) {
    return ratedOk(ramp, ramp.printRatings, ramp.printFriendly, classes);
}

}  // namespace rrw::render
