#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "app/staff/policy.h"
#include "core/result.h"

namespace nok {

// Staff passwords: argon2id through libsodium's crypto_pwhash_str (salt and cost inside
// the stored string). Each call hashes on the calling thread; sign-in makes its calls on the
// threads of PasswordHashing, which bound how many checks run at once (and so the memory
// they take). New hashes, wherever they are made, run at most two at once in a process.

// Refuses passwords too short to resist guessing or too long to hash quickly.
Result<Ok> check_new_password(std::string_view password, std::string_view confirmation, std::string_view login);

std::string hash_password(std::string_view password, const StaffPolicy& policy);
// False for a wrong password and for an empty or malformed hash.
bool verify_password(const std::string& hash, std::string_view password);
// True when the hash was made with other limits than the policy's (upgrade it).
bool password_needs_rehash(const std::string& hash, const StaffPolicy& policy);
// Spends the time of one verification, so an unknown login answers as slowly as a known one.
void verify_nothing(std::string_view password, const StaffPolicy& policy);

}  // namespace nok
