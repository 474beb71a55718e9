#pragma once
#include <string_view>
#include <vector>

#include "app/operator/collection.h"
#include "http/message.h"
#include "store/staff_store.h"
#include "web/context.h"
#include "web/view.h"

namespace nok::web {

// What an operator works on this year: its contracts, and the organisations of those it
// may enter questionnaires, uploads and inspections for (staff::can on SampleCollection).
// Anyone else's desk is empty, so every operator page answers them 404.
struct OperatorDesk {
  std::vector<Contract> contracts;
  Collector collector;

  const ContractOrganisation* organisation(std::string_view code) const;
};

OperatorDesk operator_desk(const SiteContext& site, const StaffAccount& account);

// Sets `progress` for an organisation: collected of the target and by operator channel.
void set_progress(Data& data, const ContractOrganisation& organisation);

// "строка 3, столбец D (stand_ok): …" and the like for each error, as the `errors` list
// of the form_errors partial; `field` links the error to its form control.
void set_errors(Data& data, const Errors& errors, std::string_view first_field);

}  // namespace nok::web
