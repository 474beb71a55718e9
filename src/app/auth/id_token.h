#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace nok {

// What the ID token must say for this sign-in.
struct IdTokenExpectations {
  std::string issuer, client_id, nonce;
  std::int64_t now = 0;  // seconds since the epoch
};

// The "sub" of an ID token received straight from the token endpoint over TLS. Its
// signature is not checked: OIDC Core 3.1.3.7 lets TLS to the token endpoint stand in
// for it (docs/security.md). iss, aud, exp and nonce are checked. Error: oidc_bad_token.
Result<std::string> id_token_subject(std::string_view id_token, const IdTokenExpectations& expected);

}  // namespace nok
