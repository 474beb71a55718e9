#include "app/kiosk/kiosk_pass.h"

#include "core/parse_number.h"

namespace nok {
namespace {

std::int64_t seconds(std::chrono::system_clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

}  // namespace

std::string KioskPass::mac(std::int64_t kiosk_id, std::int64_t citizen_id, std::int64_t expiry) const {
  return key_.hash("kiosk-pass:" + std::to_string(kiosk_id) + ":" + std::to_string(citizen_id) + ":" +
                   std::to_string(expiry));
}

std::string KioskPass::issue(std::int64_t kiosk_id, std::int64_t citizen_id,
                             std::chrono::system_clock::time_point now) const {
  const auto expiry = seconds(now + kLifetime);
  return std::to_string(citizen_id) + "." + std::to_string(expiry) + "." + mac(kiosk_id, citizen_id, expiry);
}

std::optional<std::int64_t> KioskPass::read(std::int64_t kiosk_id, std::string_view pass,
                                            std::chrono::system_clock::time_point now) const {
  const auto first = pass.find('.');
  const auto second = first == std::string_view::npos ? first : pass.find('.', first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  const auto citizen = text::parse_integer<std::int64_t>(pass.substr(0, first));
  const auto expiry = text::parse_integer<std::int64_t>(pass.substr(first + 1, second - first - 1));
  if (!citizen || !expiry || *citizen <= 0 || *expiry < seconds(now)) return std::nullopt;
  if (!equal_in_constant_time(mac(kiosk_id, *citizen, *expiry), pass.substr(second + 1))) return std::nullopt;
  return citizen;
}

}  // namespace nok
