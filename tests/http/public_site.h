#pragma once
// The public site alone (no staff, no mail) over HTTP on a real store, for the tests of
// citizens' pages: a test fills the store in its SetUp, then calls serve().
#include <gtest/gtest.h>

#include <memory>

#include "support/test_server.h"
#include "support/test_store.h"
#include "web/site.h"

namespace nok::test {

class PublicSite : public testing::Test {
 protected:
  // Builds the site over what the store now holds and starts serving it.
  void serve() {
    router = web::build_site(context);
    server = std::make_unique<TestServer>(router);
  }

  TestStore store;
  SecretKey key = SecretKey::generate();
  web::SiteContext context{*store, nullptr, key};
  http::Router router;
  std::unique_ptr<TestServer> server;
};

}  // namespace nok::test
