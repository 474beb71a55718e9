#include "web/staff/form_errors.h"

#include <kainjow/mustache.hpp>

namespace nok::web {

void set_form_errors(Data& data, const Errors& errors, const std::string& id_suffix) {
  kainjow::mustache::list items;
  for (const auto& e : errors)
    items.push_back(kainjow::mustache::object{{"field", e.column.empty() ? std::string("main") : e.column + id_suffix},
                                              {"message", e.message}});
  data.set("errors", items);
  data.set("has_errors", !errors.empty());
}

}  // namespace nok::web
