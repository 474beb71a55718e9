#pragma once
#include <chrono>
#include <cstddef>

namespace nok {

// The limits of staff sign-in, in one place (docs/security.md). `nok serve` sets the
// hashing and network limits from its settings (docs/configuration.md).
struct StaffPolicy {
  // argon2id cost of new password hashes: libsodium's "moderate" (3 passes, 256 MiB,
  // about a second on one core). Verification uses the cost stored in each hash, and a
  // hash made with lower limits is upgraded at the next sign-in. Tests lower these.
  unsigned long long password_ops = 3;
  std::size_t password_memory = 256u << 20;
  // Sign-in checks run on threads of their own (PasswordHashing): this many at once, this
  // many more waiting; a sign-in beyond them is refused at once as busy.
  unsigned hash_threads = 2;
  std::size_t hash_queue = 32;
  // Sign-in attempts from one network (/24, IPv6 /48) in a sliding window, whatever the
  // login; a successful one does not count. Checked before anything is hashed.
  int attempts_per_network = 30;
  std::chrono::minutes network_window{10};
  int failures_before_lock = 5;  // attempts without success, wrong passwords and wrong TOTP codes alike
  std::chrono::minutes lock{15};
  std::chrono::hours session_lifetime{12};
  std::chrono::hours link_lifetime{24};  // invitations and password resets
  int links_per_hour = 3;                // reset letters one account may cause
};

}  // namespace nok
