#pragma once
#include <string>

namespace nok {

// An external identity provider (ЕСИА/Госуслуги or any OpenID Connect one), from
// NOK_OIDC_* (docs/configuration.md). The redirect URI is NOK_PUBLIC_URL + /login/oidc/callback.
struct OidcConfig {
  std::string issuer;          // must equal the ID token's "iss"
  std::string authorize_url;   // where the browser is sent
  std::string token_url;       // where the code is exchanged, server to server
  std::string client_id;       // must be in the ID token's "aud"
  std::string client_secret;   // optional: sent as client_secret in the token request
  std::string scope = "openid";
  std::string name;            // the button's text, e.g. «Госуслуги»
  std::string redirect_uri;

  bool configured() const { return !issuer.empty(); }
};

}  // namespace nok
