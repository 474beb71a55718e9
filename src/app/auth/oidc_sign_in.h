#pragma once
#include <string>
#include <string_view>

#include "app/auth/citizen_sign_in.h"
#include "app/auth/oidc_config.h"

namespace nok {

// Where to send the browser, and the flow's secrets to keep in a short-lived cookie until
// the provider sends it back. The cookie is sealed with the server key, so any `nok`
// process can finish the flow and the browser can neither read nor alter it.
struct OidcStart {
  std::string authorize_redirect;
  std::string sealed_flow;
};

// What the provider's redirect to the callback carried.
struct OidcCallback {
  std::string_view sealed_flow, state, code, error;
};

struct OidcSession {
  NewSession session;
  std::string next;  // a local path
};

// Citizen sign-in through an OpenID Connect provider: authorization code with PKCE (S256).
// The citizen is known by a keyed hash of issuer and subject; nothing else is stored.
class OidcSignIn {
 public:
  static constexpr int kFlowSeconds = 600;  // the cookie's life: time to sign in at the provider

  OidcSignIn(CitizenSignIn& citizens, const SecretKey& key, const OidcConfig& config)
      : citizens_(citizens), key_(key), config_(config) {}

  OidcStart start(std::string_view next) const;
  // Errors: oidc_refused (the provider's error), oidc_expired (no or bad cookie, wrong
  // state), oidc_unavailable (token endpoint), oidc_bad_token (ID token checks).
  Result<OidcSession> finish(const OidcCallback& callback);
  // The local path the flow was started for, when its cookie still opens; "/" otherwise.
  // A failed sign-in offers to try again from there.
  std::string return_path(std::string_view sealed_flow) const;

 private:
  CitizenSignIn& citizens_;
  const SecretKey& key_;
  const OidcConfig& config_;
};

}  // namespace nok
