#pragma once
// Known activity of the two organisations of add_two_assessed_organisations, written straight
// into the tables the popularisation effect is summed from (scan counters, invitations,
// responses), with the figures the effect queries must find. Dates are of `year`, some of the
// year before, so that periods and scopes are both tested.
#include "store/sql/pool.h"

namespace nok::test {

// "school" («Департамент образования», region 77):
//   a poster_a4: March 10 — 10 scans, 3 completed; June 1 — 5 and 1; Dec 31 of the year
//   before — 100 and 50; a ticket: March 15 — 7 and 2; a website block: April 1 — 4 and 0;
//   scans with no placement: March 10 — 50 (no carrier, never counted);
//   invitations sent March 5 (3, of them 2 answered March 6) and July 1 (1, unanswered);
//   kiosk questionnaires: 2 counted in March (its first and its last second), 1 counted at the
//   first second of April, 1 excluded March 21, and a web one March 20.
// "clinic" («Минздрав области», region 50): a poster_a4 with 1000 scans and 500 completed
// on March 10; 1 invitation sent and answered March 5; 10 counted kiosk questionnaires March 20.
void add_popularisation_activity(sql::Pool& pool, int year);

}  // namespace nok::test
