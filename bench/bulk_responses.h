#pragma once
// A national year of survey responses, loaded in bulk for the cluster benchmark
// (bench/cluster_mixed.sh): tens of millions of rows, which the store's own path (one
// transaction of tally updates per batch) would take hours to write.
#include <cstdint>

#include "store/sql/connection.h"

namespace nok::bench {

// Stores `total` counted survey responses, spread evenly over the organisations assessed in
// `year`'s cycles, in SQL on the server (INSERT … SELECT over generate_series, 10,000
// organisations a statement), then adds them to survey_tallies and to the monitoring
// aggregates by a recount of the new rows, so that every tally still equals a recount of
// the responses. The answers and channels are those of the demo (app/demo/demo_responses.h):
// 64 respondents drawn per sphere, each organisation's rows cycling through them; months run
// from January to the current one. Ids are time-ordered ids of 1 January of `year`, below any
// id a process mints now. PostgreSQL only; prints progress to stderr.
void load_bulk_responses(sql::Connection& c, int year, std::int64_t total);

}  // namespace nok::bench
