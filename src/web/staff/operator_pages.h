#pragma once
#include "http/router.h"
#include "web/context.h"

// The operator's data entry, registered by add_operator_pages.
namespace nok::web {

// /operator/{code}/entry: a questionnaire typed in from paper, a call or an interview.
void add_operator_entry_pages(http::Router& router, const SiteContext& site);
// /operator/field: the entry form as an installable web app that queues interviews offline.
void add_operator_field_pages(http::Router& router, const SiteContext& site);
// POST /api/v1/operator/interviews: the field mode's sync of queued interviews (JSON).
void add_operator_interviews_api(http::Router& router, const SiteContext& site);
// /operator/{code}/expert: the inspection's expert inputs, saved over the version read.
void add_operator_expert_pages(http::Router& router, const SiteContext& site);
// /operator/upload and /operator/expert-upload: a CSV or XLSX batch, all or nothing.
void add_operator_upload_pages(http::Router& router, const SiteContext& site);

}  // namespace nok::web
