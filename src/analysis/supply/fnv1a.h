#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace rrw::analysis {

/// 64-bit FNV-1a (Fowler, Noll, Vo), fed with explicitly little-endian bytes so that a digest
/// is the same on every platform. Used for provenance digests, not for security.
class Fnv1a64 {
public:
    void bytes(const void* data, std::size_t size) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < size; ++i) {
            hash_ ^= p[i];
            hash_ *= 0x100000001b3ULL;
        }
    }
    void u64(std::uint64_t v) {
        unsigned char b[8];
        for (int i = 0; i < 8; ++i) {
            b[i] = static_cast<unsigned char>(v >> (8 * i));
        }
        bytes(b, 8);
    }
    /// NaN is hashed as one fixed pattern (its sign and payload are not data), and so is zero:
    /// -0 is the same number as 0 (a store gives back 0 for a file's "-0").
    void f64(double v) {
        if (v != v) {
            u64(0x7ff8000000000000ULL);
            return;
        }
        if (v == 0.0) {
            v = 0.0;
        }
        std::uint64_t bits = 0;
        std::memcpy(&bits, &v, sizeof bits);
        u64(bits);
    }
    /// The length first, so that ("ab", "c") and ("a", "bc") differ.
    void text(std::string_view s) {
        u64(s.size());
        bytes(s.data(), s.size());
    }
    std::uint64_t value() const { return hash_; }

private:
    std::uint64_t hash_ = 0xcbf29ce484222325ULL;
};

}  // namespace rrw::analysis
