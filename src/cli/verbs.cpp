#include "cli/verbs.h"

namespace nok::cli {

std::span<const Verb> verbs() {
  static constexpr Verb table[] = {
      {"serve", "run the HTTP server (migrates the database first)", serve},
      {"migrate", "apply pending database migrations and reference data", migrate},
      {"import-orgs", "import the organisation registry from CSV (all or nothing)", import_orgs},
      {"demo", "fill the database with a realistic demo registry", demo},
      {"score", "compute 344н indicators, criteria and totals from exchange CSVs", score},
      {"secret-key", "print a new secret key for NOK_SECRET_KEY", secret_key},
      {"version", "print the version", version},
      {"posters", "render QR posters, labels or tickets for an organisation or a whole region", posters},
      {"operator", "register a survey operator that authorities engage (operator add --help)", survey_operator},
      {"reminders", "mail the reminders of assessment deadlines due within a week or overdue (run daily)", reminders},
      {"invitations", "send the invitations after a service that are due (invitations send --help)", invitations},
      {"outbox", "send the due e-mail and SMS of the outbox once (outbox send --help)", outbox},
      {"methodology", "check or add a methodology edition file (methodology check --help)", methodology_editions},
      {"check-websites", "visit organisations' websites and record whether each carries the assessment's QR block",
       check_websites},
      {"api-token", "issue or revoke a read-only token of the monitoring API (api-token add --help)", api_token},
      {"user", "add a staff account and print its one-time password link (user add --help)", user},
  };
  return table;
}

}  // namespace nok::cli
