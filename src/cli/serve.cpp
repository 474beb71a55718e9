#include <iostream>

#include "app/website/website_checks.h"
#include "cli/common.h"
#include "cli/outbox_settings.h"
#include "cli/secret_key.h"
#include "cli/staff_settings.h"
#include "domain/methodology/methodology.h"
#include "mail/mailer.h"
#include "cli/verbs.h"
#include "cli/website_check_settings.h"
#include "core/periodic_worker.h"
#include "http/log.h"
#include "http/server.h"
#include "web/site.h"
#include "cli/invitation_settings.h"
#include "web/staff/staff_context.h"

namespace nok::cli {
namespace {

// The website checker's schedule: a round a minute of this many sites at once, never back to
// back, so checks spread over the period (16 a minute is 161,280 a week per process) and cost a
// server next to nothing at any moment.
constexpr int kWebsitesRound = 16;

// "127.0.0.1:8080", "0.0.0.0:80", "[::1]:8080" → address and port.
bool split_listen(const std::string& listen, http::ServerConfig& config) {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos) return false;
  std::string host = listen.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  const auto port = text::parse_integer<unsigned short>(std::string_view(listen).substr(colon + 1));
  if (!port) return false;
  config.address = host;
  config.port = *port;
  return true;
}

}  // namespace

int serve(int argc, char** argv) {
  po::options_description options("serve");
  add_db_option(options);
  add_db_read_option(options);
  add_staff_sign_in_options(options);
  options.add_options()("listen", po::value<std::string>()->default_value(env_or("NOK_LISTEN", "127.0.0.1:8080")),
                        "address:port to listen on (env NOK_LISTEN; port 0 picks a free one)")(
      "threads", po::value<unsigned>()->default_value(env_number("NOK_THREADS", 0u, 0u)),
      "worker threads, 0 = one per core (env NOK_THREADS)")(
      "connections", po::value<std::size_t>()->default_value(env_number<std::size_t>("NOK_DB_CONNECTIONS", 8, 1)),
      "database connections in the pool (env NOK_DB_CONNECTIONS)")(
      "body-limit", po::value<std::size_t>()->default_value(1024 * 1024), "largest request body in bytes (413 above)")(
      "write-threads", po::value<unsigned>()->default_value(env_number("NOK_WRITE_THREADS", 64u, 1u)),
      "threads that run writes (non-GET requests) while they wait for their commit (env NOK_WRITE_THREADS)")(
      "access-log", po::value<bool>()->default_value(env_or("NOK_ACCESS_LOG", "0") == "1"),
      "log one JSON line per request to stderr (env NOK_ACCESS_LOG=1)")(
      "trust-forwarded-for", po::value<bool>()->default_value(env_or("NOK_TRUST_FORWARDED_FOR", "0") == "1"),
      "behind a reverse proxy: the client address is the last X-Forwarded-For entry (env NOK_TRUST_FORWARDED_FOR=1)")(
      "drain-seconds", po::value<unsigned>()->default_value(env_number("NOK_DRAIN_SECONDS", 0u, 0u)),
      "behind a load balancer: seconds /healthz answers 503 on SIGTERM before the server stops accepting "
      "(env NOK_DRAIN_SECONDS)")(
      "metrics-networks", po::value<std::string>()->default_value(env_or("NOK_METRICS_NETWORKS", "127.0.0.0/8,::1")),
      "comma-separated networks whose clients may read /metrics (env NOK_METRICS_NETWORKS)");
  int exit_code = 0;
  auto vm = parse(argc, argv, options, "nok serve [--db URL] [--db-read URL] [--listen ADDR:PORT]", exit_code);
  if (!vm) return exit_code;
  if (!(*vm)["db-read"].as<std::string>().empty() &&
      !(sql::is_postgres_url((*vm)["db"].as<std::string>()) &&
        sql::is_postgres_url((*vm)["db-read"].as<std::string>()))) {
    std::cerr << "ошибка: реплика для чтения (--db-read, NOK_DB_READ) бывает только у PostgreSQL: и --db, и "
                 "--db-read должны быть адресами postgresql://\n";
    return 2;
  }

  http::ServerConfig config;
  if (!split_listen((*vm)["listen"].as<std::string>(), config)) {
    std::cerr << "ошибка: --listen ожидает адрес:порт, например 127.0.0.1:8080\n";
    return 2;
  }
  config.threads = (*vm)["threads"].as<unsigned>();
  config.body_limit = (*vm)["body-limit"].as<std::size_t>();
  config.blocking_threads = (*vm)["write-threads"].as<unsigned>();
  config.access_log = (*vm)["access-log"].as<bool>();
  config.trust_forwarded_for = (*vm)["trust-forwarded-for"].as<bool>();
  config.announce_drain = std::chrono::seconds((*vm)["drain-seconds"].as<unsigned>());
  web::MetricsAccess metrics;
  auto networks = parse_networks((*vm)["metrics-networks"].as<std::string>());
  if (!networks) {
    std::cerr << "ошибка: --metrics-networks: " << networks.error().message << "\n";
    return 2;
  }
  metrics.networks = std::move(*networks);
  metrics.token = env_or("NOK_METRICS_TOKEN", "");  // no flag: a command line is visible to every user
  metrics.trust_forwarded_for = config.trust_forwarded_for;

  const std::string public_url = public_url_from_env();  // checked before anything opens
  ReviewPolicy review_policy = review_policy_from_env();
  const auto db = (*vm)["db"].as<std::string>();
  auto stores = open_prepared_stores(*vm, (*vm)["connections"].as<std::size_t>());
  auto& store = stores->main;
  config.reads_on_loop = store->engine() == sql::Engine::sqlite;
  const SecretKey key = load_secret_key(db);
  auto mailer = mailer_from_env();
  auto sms = sms_sender_from_env();
  // Every message goes through the outbox; its sender thread retries what failed.
  Outbox outbox(stores->outbox, key, mailer.get(), sms.get(), outbox_policy_from_env());
  const auto report = [](const char* what) {
    return [what](const std::exception& e) {
      log::error(what, "\"error\":\"" + log::json_escape(e.what()) + "\"");
    };
  };
  constexpr int kOutboxRound = 50;  // messages per round, so that stopping waits for little
  PeriodicWorker sender(
      "nok-outbox", outbox_interval_from_env(),
      [&outbox] { return outbox.send_due(kOutboxRound).attempted() >= kOutboxRound; }, report("outbox round failed"));
  // The website checker's schedule (kWebsitesRound), each site held against the other processes.
  const auto website_checks = website_check_settings_from_env(public_url);
  const auto website_period = website_check_period_from_env();
  std::atomic<bool> stopping{false};
  auto scheduled_checks = website_checks;
  scheduled_checks.stop = &stopping;
  std::optional<PeriodicWorker> site_checker;
  if (website_period.count() > 0)
    site_checker.emplace(
        "nok-websites", std::chrono::minutes(1),
        [&] {
          check_due_websites(stores->ports(), scheduled_checks, website_period, kWebsitesRound);
          return false;
        },
        report("website check round failed"));
  // Invitations after a service go straight to the transports: each is its own durable record.
  constexpr int kInvitationsRound = 200;
  InvitationSender invitation_sender(*store, stores->invitations, key, mailer.get(), sms.get(),
                                     invitation_policy_from_env(), invitation_sending_from_env(public_url));
  PeriodicWorker invitations(
      "nok-invitations", std::chrono::minutes(1),
      [&] { return invitation_sender.send_due(kInvitationsRound, &stopping).attempted() >= kInvitationsRound; },
      report("invitation round failed"));
  web::StaffContext staff = web::staff_context(stores->ports(), staff_sign_in_policy(*vm));
  staff.website_checks = &website_checks;
  staff.invitation_policy = invitation_policy_from_env();
  // After the stores, the key and the policy, before the site: its checks use them until it is gone.
  PasswordHashing hashing(staff.policy.hash_threads, staff.policy.hash_queue);
  staff.hashing = &hashing;
  const auto oidc = oidc_from_env(public_url);
  const web::SiteContext context{*store,
                                 outbox.mailer(),
                                 key,
                                 public_url,
                                 public_url.starts_with("https://"),
                                 &staff,
                                 outbox.sms(),
                                 &oidc,
                                 std::move(review_policy),
                                 std::make_shared<web::OrganisationPages>(),
                                 std::make_shared<EditionCatalog>(&stores->editions)};
  // The shipped editions are read once, here: a broken one stops the start, not a request.
  (void)methodology::methodologies();
  auto site = web::build_site(context, metrics);
  http::Server server(config, site);
  std::cout << "nok serving http://" << config.address << ":" << server.port() << "/" << std::endl;
  server.run();
  stopping = true;  // visits in progress end at their next request
  return 0;
}

}  // namespace nok::cli
