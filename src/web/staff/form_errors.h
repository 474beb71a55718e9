#pragma once
#include <string>

#include "core/error.h"
#include "web/view.h"

namespace nok::web {

// Fills templates/form_errors.mustache: each error links to its field, whose id is the
// error's column plus `id_suffix` (forms repeated per row carry "-{row id}").
void set_form_errors(Data& data, const Errors& errors, const std::string& id_suffix = "");

}  // namespace nok::web
