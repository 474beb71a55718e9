#pragma once
#include "store/sql/cache_events.h"
#include "store/sql/citizen_writes.h"
#include "store/sql/group_commit.h"
#include "store/sql/pool.h"
#include "store/sql/public_reads.h"
#include "core/ttl_cache.h"
#include "store/store.h"

namespace nok::sql {

// The Store written once in SQL that both engines accept. Each table family's queries
// live in their own file (registry.cpp, …); engine differences stay in migrations.
class SqlStore final : public Store {
 public:
  // `open_writer` opens the connections of the group-commit writers; `replica`, when given,
  // serves the public reads (PublicReads).
  SqlStore(std::unique_ptr<Pool> pool, GroupCommit::Opener open_writer, std::unique_ptr<Pool> replica = nullptr)
      : pool_(std::move(pool)),
        writes_(std::move(open_writer), pool_->engine() == Engine::postgres ? kPostgresWriters : 1,
                pool_->engine() == Engine::postgres ? kPostgresBatch : kSqliteBatch),
        reads_(replica ? std::make_unique<PublicReads>(*pool_, std::move(replica), cache_events_)
                       : std::make_unique<PublicReads>(*pool_, cache_events_)) {
    cache_events_.subscribe([this](Stale what) {
      if (what == Stale::registry) {
        organisations_.clear();
        region_destinations_.clear();
        searches_.clear();
      }
      if (what == Stale::cycles) {
        assessments_.clear();
        cards_.clear();
      }
    });
  }
  // Keeps an engine's helper (the SQLite checkpointer) for the store's lifetime.
  void keep_alive(std::shared_ptr<void> helper) { helpers_.push_back(std::move(helper)); }

  Engine engine() const { return pool_->engine(); }
  // For the other stores of the same database (composition root: open_stores).
  Pool& pool() { return *pool_; }
  // Where the stores of this database drop their caches when another process changes them.
  CacheEvents& cache_events() { return cache_events_; }
  // Where the public reads of the stores of this database go (a read replica, if any).
  PublicReads& public_reads() { return *reads_; }
  // Applies the migrations not applied yet, in order; returns their names.
  std::vector<std::string> migrate();
  int schema_version();
  void ping() override;
  void on_public_change(std::function<void()> changed) override;

  void upsert_regions(const std::vector<Region>& regions) override;
  std::vector<Region> regions() override;

  std::optional<Ticket> take_limit(std::string_view key, int limit, std::chrono::seconds window) override;
  void give_back(const Ticket& ticket) override;

  using RegistryStore::upsert_organisations;
  UpsertSummary upsert_organisations(const std::vector<Organisation>& organisations, StaffEdits staff_edits) override;
  std::optional<Organisation> find_organisation(std::string_view code) override;
  OrganisationPage search_organisations(const OrganisationQuery& query) override;
  std::vector<std::string> municipalities(std::int64_t authority_id) override;
  std::int64_t count_organisations() override;
  QrDestination region_qr_destination(std::string_view region_code) override;
  bool set_region_qr_destination(std::string_view region_code, QrDestination destination, AuditEntry audit) override;
  bool set_organisation_qr_destination(std::string_view code, std::optional<QrDestination> destination,
                                       AuditEntry audit) override;

  std::int64_t open_cycle(const std::string& authority, int year, const std::string& methodology) override;
  void include_in_cycle(std::int64_t cycle_id,
                        const std::vector<std::pair<std::string, std::int64_t>>& codes_and_targets) override;
  std::optional<Assessment> assessment_of(std::string_view organisation_code, int year) override;
  std::optional<AssessmentCard> assessment_card(std::string_view organisation_code, int year) override;

  SubmitOutcome submit_response(const NewResponse& response) override;
  void submit_response_async(NewResponse response, SubmitDone done) override;
  std::vector<SubmitOutcome> submit_responses(const std::vector<NewResponse>& batch,
                                              const std::optional<AuditEntry>& audit) override;
  survey::SurveyCounters survey_tally(std::string_view organisation_code, std::int64_t cycle_id) override;
  methodology::ExpertInputs expert_inputs(std::string_view organisation_code, std::int64_t cycle_id) override;
  void put_expert_inputs(const std::vector<ExpertRecord>& records, const std::vector<AuditEntry>& audit) override;
  std::optional<ExpertRecord> expert_record(std::string_view organisation_code, std::int64_t cycle_id) override;
  bool put_expert_record(const ExpertRecord& record, const AuditEntry& audit) override;
  std::vector<ExportedResponse> counted_responses(std::int64_t cycle_id, std::int64_t after,
                                                  std::size_t limit) override;
  std::vector<ExpertRecord> cycle_expert_records(std::int64_t cycle_id) override;

  void add_login_code(const std::string& login_hash, const std::string& code_hash,
                      const std::string& expires_at) override;
  std::optional<LoginCode> latest_login_code(const std::string& login_hash, const std::string& now) override;
  std::optional<int> count_code_attempt(std::int64_t code_id, int limit, const std::string& now) override;
  bool consume_login_code(std::int64_t code_id, const std::string& now) override;
  std::int64_t upsert_citizen(const std::string& login_hash, const std::string& contact_enc) override;
  void create_session(const Session& session) override;
  std::optional<Session> find_session(const std::string& token_hash, const std::string& now) override;
  void delete_session(const std::string& token_hash) override;

  void submit_feedback(NewFeedback feedback, FeedbackDone done) override;
  OrganisationFeedback organisation_feedback(std::string_view organisation_code, std::int64_t cycle_id,
                                             int latest_reviews) override;
  ReviewPage published_reviews(std::string_view organisation_code, int limit, int offset) override;
  std::vector<PlanItem> published_plan(std::string_view organisation_code) override;
  CitizenActivity citizen_activity(std::int64_t citizen_id, int limit) override;
  std::optional<Appeal> find_appeal(std::int64_t appeal_id) override;
  std::optional<Review> find_review(std::int64_t review_id) override;
  std::vector<Appeal> organisation_appeals(std::string_view organisation_code) override;
  std::vector<Review> organisation_reviews(std::string_view organisation_code, int limit) override;
  std::vector<MeasureComment> measure_comments(std::string_view organisation_code, int limit) override;
  bool answer_review(std::string_view organisation_code, std::int64_t review_id, const std::string& answer,
                     std::int64_t user_id, const AuditEntry& audit) override;
  bool answer_appeal(std::int64_t appeal_id, const std::string& answer, std::int64_t user_id,
                     const AuditEntry& audit) override;
  void mark_appeal_notified(std::int64_t appeal_id) override;
  std::string citizen_contact(std::int64_t citizen_id) override;

 private:
  // The id of the organisation with `code`, from the registry cache; throws DatabaseError
  // when none, a caller's bug (SurveyStore::submit_response).
  std::int64_t organisation_id(const std::string& code);
  // The GroupCommit lock order of a write to the organisation's tallies (monitoring_lock_order).
  std::string write_order(const std::string& code);
  // Each kind of submit_feedback's writes, in its own file (ratings, plans, reviews, appeals).
  void submit(NewRating rating, FeedbackDone done);
  void submit(NewOpinion opinion, FeedbackDone done);
  void submit(NewMeasureFeedback feedback, FeedbackDone done);
  void submit(NewReview review, FeedbackDone done);
  void submit(NewAppeal appeal, FeedbackDone done);
  // A citizen's feedback write through the group commit (see citizen_write), answered to
  // `done` once durable; a stored one drops its organisation's cached feedback.
  void write_feedback(std::string earlier_sql, CitizenWrite from, CitizenInsert insert, FeedbackDone done);
  // One voice per citizen, organisation and cycle in `table` (ratings, rating_opinions): the
  // citizen's counted row becomes `replaced` and `insert` adds the new one.
  void write_voice(std::string table, CitizenWrite from, std::int64_t cycle_id, VoiceInsert insert, FeedbackDone done);

  // Batches in flight at once on PostgreSQL; each writer keeps a connection of its own.
  static constexpr std::size_t kPostgresWriters = 4;
  // Writes per batch at most. A PostgreSQL batch holds its row locks (tallies, citizens)
  // until its commit, so with four writers a large batch makes the others wait for its
  // fsync: on bench/submit.sh, 16 a batch gave 6,400 submissions/s, 64 only 3,200. SQLite's
  // single writer waits for nobody, and the larger its batch, the fewer its fsyncs.
  static constexpr std::size_t kPostgresBatch = 16;
  static constexpr std::size_t kSqliteBatch = 512;
  std::unique_ptr<Pool> pool_;
  GroupCommit writes_;  // citizens' submissions: many per fsync
  std::vector<std::shared_ptr<void>> helpers_;  // destroyed before the pool and the writer
  CacheEvents cache_events_;
  std::unique_ptr<PublicReads> reads_;  // after cache_events_, whose position it reads
  // Registry rows and cycle membership change rarely; every process drops them on a change
  // (cache_events_), and the time limits are only a safety net.
  TtlCache<Organisation> organisations_{std::chrono::seconds(5)};
  TtlCache<QrDestination> region_destinations_{std::chrono::seconds(5)};  // by region code
  // Pages of search results by the whole query: a broad word («школа») matches tens of
  // thousands of a country's organisations, which the database counts and sorts each time.
  TtlCache<OrganisationPage> searches_{std::chrono::seconds(30), 2048};
  TtlCache<AssessmentCard> cards_{std::chrono::seconds(1)};           // scores change with every response
  // Who is in which year's cycle changes rarely; a submission needs only this, not the card.
  TtlCache<Assessment> assessments_{std::chrono::seconds(5)};
  // Ratings, opinions and the latest reviews, keyed by organisation code alone so that a
  // write drops exactly its organisation's entry; `cycle_id` and `latest` say what it holds.
  struct CachedFeedback {
    std::int64_t cycle_id = 0;
    int latest = 0;
    OrganisationFeedback feedback;
  };
  TtlCache<CachedFeedback> feedback_{std::chrono::seconds(1)};
};

// True for a PostgreSQL URL (postgresql://… or postgres://…).
bool is_postgres_url(std::string_view url);

// Opens the SQL store named by a URL: `sqlite:PATH` (or a bare path) or `postgresql://…`.
// `connections` bounds the pool shared by the server's threads and by the other SQL ports
// opened over it (open_stores). `read_url`, when not empty, names a PostgreSQL hot standby of
// that database for the public reads (PublicReads), with a pool of its own of the same
// bound; it may be away at start-up. Throws std::invalid_argument when `read_url` is given
// and either URL is not PostgreSQL's (the callers check first). Applies no migrations.
std::unique_ptr<SqlStore> open_sql_store(const std::string& url, std::size_t connections,
                                         const std::string& read_url = "");

}  // namespace nok::sql
