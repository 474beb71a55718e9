#pragma once
#include <string>

#include "app/operator/enter_response.h"
#include "http/message.h"
#include "web/context.h"

// What the operator's entry form and the field mode share.
namespace nok::web {

// Enters a posted questionnaire (channel, interview_id, answers) for `org_code`.
EntryResult enter_posted(const SiteContext& site, const Collector& collector, const std::string& org_code,
                         const http::Fields& posted);

// The N of «Анкета № N сохранена»: the paper form's number, else the organisation's count.
std::string saved_number(const SiteContext& site, const Collector& collector, const std::string& org_code,
                         const http::Fields& posted);

}  // namespace nok::web
