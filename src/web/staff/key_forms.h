#pragma once
// What the cabinet's pages of an organisation's keys share — the keys of its own systems on
// the invitations page, its terminals on the kiosks page: the list, issuing one from a form
// (shown once) and revoking one.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "app/keys/organisation_keys.h"
#include "domain/staff/access.h"
#include "http/router.h"
#include "store/staff_store.h"
#include "web/context.h"
#include "web/view.h"

namespace nok::web {

// Starts a keys page of the path's organisation in `data`: the staff frame, code, short_name,
// can_edit, and `has_keys` and `keys` (id, name, created, and last_used and revoked when they
// happened) — its keys of `kind`, newest first. The organisation, for the rest of the page.
Organisation start_key_page(Data& data, const SiteContext& site, const http::Request& request,
                            const StaffAccount& account, const staff::OrganisationScope& scope, KeyKind kind);

// The organisation of the path's {code}, when the site keeps keys and `account` may do
// `action` to it; nullopt otherwise (the caller answers 404).
std::optional<staff::OrganisationScope> key_scope(const SiteContext& site, const http::Request& request,
                                                  const StaffAccount& account, staff::Action action);

// How a key form came back: its status and errors, or the key issued just now (its secret is
// shown once, on this page only).
struct KeyForm {
  int status = 200;
  Errors errors;
  std::optional<IssuedKey> issued;
  std::string issued_name;
};

// Renders the page of `scope`'s keys after a form.
using KeyPage = std::function<http::Response(const StaffAccount& account, const staff::OrganisationScope& scope,
                                             const KeyForm& form)>;

// POST …/{code}/…: issues a key of `kind` named by the form's "name" (audited) and renders
// `page`; 404 for an organisation out of scope, the sign-in and CSRF checks of staff forms.
http::Response issue_key(const SiteContext& site, const http::Request& request, KeyKind kind, const KeyPage& page);
// POST …/{code}/…/{id}/revoke: revokes the key (audited) and redirects to `back` with
// ?revoked=1 then `fragment`; 404 for an unknown, foreign or revoked key.
http::Response revoke_key(const SiteContext& site, const http::Request& request, KeyKind kind, std::string_view back,
                          std::string_view fragment = "");

}  // namespace nok::web
