#include "cli/staff_stores.h"

#include "app/registry/reference_data.h"

namespace nok::cli {

std::unique_ptr<StaffStores> open_staff_stores(const po::variables_map& vm, std::size_t connections) {
  auto stores = std::make_unique<StaffStores>(sql::open_sql_store(vm["db"].as<std::string>(), connections));
  prepare_database(*stores->main);
  return stores;
}

}  // namespace nok::cli
