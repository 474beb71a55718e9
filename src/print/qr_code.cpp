#include "print/qr_code.h"

#include <qrencode.h>

#include <memory>

namespace nok::print {
namespace {

// Far above any organisation URL; keeps a hostile caller from asking for version 40.
constexpr std::size_t kMaxTextBytes = 300;

using QrPtr = std::unique_ptr<QRcode, decltype(&QRcode_free)>;

QrPtr encode(const std::string& text, QRecLevel level) {
  return {QRcode_encodeString(text.c_str(), 0, level, QR_MODE_8, 1), &QRcode_free};
}

}  // namespace

Result<QrCode> encode_qr(std::string_view text) {
  if (text.empty() || text.size() > kMaxTextBytes || text.find('\0') != std::string_view::npos)
    return Error{"qr_bad_text", "адрес для QR-кода пуст или длиннее 300 байт"};
  const std::string terminated(text);
  auto medium = encode(terminated, QR_ECLEVEL_M);
  if (!medium) return Error{"qr_encode_failed", "не удалось построить QR-код для этого адреса"};
  auto quartile = encode(terminated, QR_ECLEVEL_Q);
  const bool use_q = quartile && quartile->version == medium->version;
  const QRcode& chosen = use_q ? *quartile : *medium;

  const int size = chosen.width;
  std::vector<bool> dark(static_cast<std::size_t>(size) * size);
  for (std::size_t i = 0; i < dark.size(); ++i) dark[i] = chosen.data[i] & 1;  // bit 0: dark module
  return QrCode(size, std::move(dark), chosen.version, use_q ? QrLevel::q : QrLevel::m);
}

}  // namespace nok::print
