#pragma once
#include <string>

#include "app/operator/enter_response.h"
#include "domain/survey/channel.h"
#include "http/message.h"
#include "store/staff_store.h"
#include "web/context.h"
#include "web/view.h"

// What the operator's entry form and the field mode share.
namespace nok::web {

// Fills the questionnaire form of templates/entry_fields.mustache for `organisation`: its
// progress, the idempotency key (the posted one when the form comes back with errors), the
// channel (`default_channel` unless posted or asked for), the answers and the errors.
// False when the organisation has left the registry.
bool set_entry_form(Data& data, const SiteContext& site, const http::Request& request,
                    const ContractOrganisation& organisation, const http::Fields& posted, const EntryResult& result,
                    survey::Channel default_channel);

// Enters a posted questionnaire (channel, interview_id, answers) for `org_code`.
EntryResult enter_posted(const SiteContext& site, const Collector& collector, const std::string& org_code,
                         const http::Fields& posted);

// The N of «Анкета № N сохранена»: the paper form's number, else the organisation's count.
std::string saved_number(const SiteContext& site, const Collector& collector, const std::string& org_code,
                         const http::Fields& posted);

}  // namespace nok::web
