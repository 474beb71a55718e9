#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/crypto.h"

namespace nok {

// What a terminal in a hall carries from the page where a person confirmed their number to
// the form they then send: the citizen's id, bound to that terminal, valid for a short while
// and signed with the server's key. It lives in the page alone — no cookie, no session — so
// when the terminal resets, nothing of the person stays. Sending a form does not spend it
// (one voice per citizen replaces an earlier answer anyway); it lapses on its own.
class KioskPass {
 public:
  static constexpr std::chrono::minutes kLifetime{20};  // enough for the survey at a slow pace

  explicit KioskPass(const SecretKey& key) : key_(key) {}

  // "{citizen}.{expiry}.{mac}" for `citizen_id` at terminal `kiosk_id`, from `now`.
  std::string issue(std::int64_t kiosk_id, std::int64_t citizen_id, std::chrono::system_clock::time_point now) const;
  // The citizen of a pass issued by this server for this terminal and not lapsed at `now`;
  // nullopt for anything else (another terminal's, altered, expired, garbage).
  std::optional<std::int64_t> read(std::int64_t kiosk_id, std::string_view pass,
                                   std::chrono::system_clock::time_point now) const;

 private:
  std::string mac(std::int64_t kiosk_id, std::int64_t citizen_id, std::int64_t expiry) const;
  const SecretKey& key_;
};

}  // namespace nok
