// POST /api/v1/invitations: an organisation's own system (a booking, medical or school
// system) hands over one person who received a service, with their recorded consent, under
// a key issued in the organisation's cabinet (`Authorization: Bearer nok_inv_…`). The answer
// never says whether the person had opted out (InvitationsOutcome::invited).
#include <boost/json.hpp>

#include "app/invitation/invitations.h"
#include "app/keys/organisation_keys.h"
#include "web/api/api.h"
#include "web/api/json_body.h"
#include "web/api/json_io.h"

namespace nok::web {
namespace {

namespace json = boost::json;

http::Response post_invitation(const SiteContext& site, const http::Request& request) {
  Invitations invitations(site.store, *site.staff->invitations, site.key, site.staff->invitation_policy);
  const auto authorization = request.header("authorization");
  const auto token = authorization.starts_with("Bearer ")
                         ? OrganisationKeys(*site.staff->keys, site.key).use(KeyKind::invitations, authorization.substr(7))
                         : std::nullopt;
  if (!token)
    return api_error(401, "invitation_token_invalid",
                     "Ключ не подходит: он не выдан, отозван или не передан в заголовке Authorization: Bearer");
  const auto body = json_body(request);
  if (!body) return bad_json();
  const auto code = string_member(*body, "organisation");
  const auto org = site.store.find_organisation(code);
  if (!org || org->id != token->organisation_id)
    return api_error(403, "invitation_wrong_organisation",
                     "Этот ключ выдан другой организации: приглашать можно только от своей");
  std::map<std::string, std::string, std::less<>> fields;
  for (const auto name : {invitation_column::contact, invitation_column::service_date, invitation_column::consent_at,
                          invitation_column::consent_place, invitation_column::consent_version})
    fields[std::string(name)] = string_member(*body, name);
  const auto outcome = invitations.add_one(*org, fields);
  if (!outcome.errors.empty()) return errors_response(outcome.errors);
  const bool invited = outcome.invited() == 1;
  return http::Response::json(invited ? 201 : 200, http::json_text(json::object{{"invited", invited}}));
}

}  // namespace

void add_invitation_api(http::Router& router, const SiteContext& site) {
  if (!site.staff || !site.staff->invitations) return;
  router.post("/api/v1/invitations", [&site](const http::Request& r) { return post_invitation(site, r); });
}

}  // namespace nok::web
