#include "web/pages/print_download.h"

#include "app/print/qr_activity.h"
#include "http/header.h"
#include "web/view.h"

namespace nok::web {

http::Response organisation_not_found(const http::Request& request) {
  return message_page(404, "Организация не найдена",
                      "Организации с таким кодом нет в реестре. Проверьте адрес или найдите организацию через поиск.",
                      request);
}

http::Response print_file(std::string content_type, std::string bytes, const std::string& file_name) {
  http::Response response{200, std::move(content_type), std::move(bytes), {{"Cache-Control", "private, max-age=300"}}};
  if (!file_name.empty())
    response.headers.emplace_back("Content-Disposition", http::content_disposition("inline", file_name));
  return response;
}

http::Handler print_download(Store& store, print::PrintConfig config, PrintRender render) {
  return [&store, config = std::move(config), render = std::move(render)](const http::Request& request) {
    auto organisation = store.find_organisation(request.param("code"));
    if (!organisation) return organisation_not_found(request);
    if (auto active = check_qr_active(store, *organisation); !active)
      return message_page(409, "QR-код не активен", active.error().message, request);
    std::optional<std::int64_t> placement;
    if (const auto p = request.query_value("p"); !p.empty()) {
      auto id = print::parse_placement_id(p);
      if (!id) return message_page(400, "Неверные параметры", id.error().message, request);
      placement = *id;
    }
    PrintTarget target{*organisation, print::organisation_url(config.public_url, organisation->code, placement)};
    auto response = render(target, request);
    if (!response) return message_page(400, "Неверные параметры", response.error().message, request);
    return std::move(*response);
  };
}

}  // namespace nok::web
