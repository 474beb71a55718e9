// Every route of the site, GET and POST, with every hostile value in each path parameter and
// in the fields a route might turn into a header (next, back, and any other): no answer
// carries a header of the sender's making, none is refused only by the HTTP layer's last
// check (500), and every Location stays on this site.
#include "http/full_site.h"
#include "http/hostile_input.h"

namespace nok {
namespace {

using test::expect_safe;
using test::hostile_values;
using test::shown;

class HeaderInjection : public test::FullSite {
 protected:
  // The route's path with every {parameter} replaced by `value`, as one segment.
  static std::string path_with(const http::Router::Route& route, const std::string& value) {
    std::string path;
    for (const auto& segment : route.segments)
      path += "/" + (segment.starts_with("{") ? http::percent_encode(value) : segment);
    return path.empty() ? "/" : path;
  }

  // What the identity provider's start may redirect to besides this site.
  std::string provider() const { return oidc.issuer + "/authorize?"; }
};

TEST_F(HeaderInjection, NoGetRouteLetsAValueIntoAHeader) {
  const auto staff = signed_in(account("admin1", "admin"));
  const auto org_staff = signed_in(account("ivanova", "org_staff", "school"));
  const std::vector<std::string> browsers = {"", citizen_cookie(), staff.cookie, org_staff.cookie};
  int routes = 0;
  for (const auto& route : router.routes()) {
    if (route.method != "GET") continue;
    ++routes;
    for (const auto& value : hostile_values()) {
      const auto encoded = http::percent_encode(value);
      const std::string query = "?next=" + encoded + "&back=" + encoded + "&x=" + encoded + "&p=" + encoded;
      for (const auto& target : {path_with(route, value) + query, path_with(route, "school") + query})
        for (const auto& cookies : browsers) {
          SCOPED_TRACE(route.pattern + " " + shown(value) + (cookies.empty() ? " anonymous" : " signed in"));
          expect_safe(get(target, cookies), provider());
        }
    }
  }
  EXPECT_GT(routes, 60);
}

TEST_F(HeaderInjection, NoPostRouteLetsAValueIntoAHeader) {
  const auto [csrf, form_cookie] = public_form("/login");
  int routes = 0;
  for (const auto& route : router.routes()) {
    if (route.method != "POST") continue;
    ++routes;
    for (const auto& value : hostile_values()) {
      SCOPED_TRACE(route.pattern + " " + shown(value));
      const auto encoded = http::percent_encode(value);
      // With the double-submit token, so that forms for people not signed in run in full.
      const std::string form = "csrf=" + csrf + "&next=" + encoded + "&back=" + encoded + "&contact=" + encoded +
                               "&login=" + encoded + "&password=" + encoded + "&x=" + encoded;
      expect_safe(post(path_with(route, value), form, form_cookie));
      expect_safe(post(path_with(route, "school"), form, form_cookie));
    }
  }
  EXPECT_GT(routes, 40);
}

}  // namespace
}  // namespace nok
