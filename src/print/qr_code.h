#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace nok::print {

// The white margin every reader needs around a symbol (ISO/IEC 18004: 4 modules).
inline constexpr int kQuietZoneModules = 4;

enum class QrLevel { m, q };

// A QR symbol: a square of dark and light modules, without the quiet zone.
class QrCode {
 public:
  QrCode(int size, std::vector<bool> dark, int version, QrLevel level)
      : size_(size), dark_(std::move(dark)), version_(version), level_(level) {}

  int size() const { return size_; }  // modules per side
  bool dark(int x, int y) const { return dark_[static_cast<std::size_t>(y) * size_ + x]; }
  int version() const { return version_; }
  QrLevel level() const { return level_; }
  // Modules per side with the quiet zone on both sides.
  int size_with_quiet_zone() const { return size_ + 2 * kQuietZoneModules; }

 private:
  int size_;
  std::vector<bool> dark_;
  int version_;
  QrLevel level_;
};

// Encodes `text` (a URL) case-sensitively, digits in numeric mode. Error correction is
// Q (25 % of the symbol may be lost: scuffed paper, glare on laminate, a finger) unless Q
// needs a larger version than M (15 %) — then M, because a larger version at the same
// printed side means smaller modules, and module size is what limits the scanning
// distance of the 1:10 rule.
Result<QrCode> encode_qr(std::string_view text);

}  // namespace nok::print
