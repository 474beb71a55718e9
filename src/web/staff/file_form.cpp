#include "web/staff/file_form.h"

#include "web/session.h"
#include "web/view.h"

namespace nok::web {

const http::FormPart* FileForm::file() const {
  for (const auto& part : parts)
    if (part.name == "file") return &part;
  return nullptr;
}

std::optional<FileForm> read_file_form(const SiteContext& site, const http::Request& request) {
  auto parts = http::parse_multipart(request.header("content-type"), request.body);
  if (!parts) return std::nullopt;
  http::Fields fields;  // the text fields, for the form token
  for (const auto& part : *parts)
    if (part.name != "file") fields.emplace_back(part.name, part.body);
  if (!form_token_valid(site, request, fields)) return std::nullopt;
  return FileForm{std::move(*parts)};
}

http::Response stale_file_form(const http::Request& request) {
  return message_page(403, "Форма устарела или повреждена", "Файл не загружен. Обновите страницу и отправьте форму снова.",
                      request);
}

}  // namespace nok::web
