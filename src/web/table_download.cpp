#include "web/table_download.h"

#include "http/header.h"

namespace nok::web {

http::Response table_download(TableFormat format, const std::string& file_name, http::StreamProducer producer) {
  auto response = http::Response::streamed(format == TableFormat::xlsx
                                               ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                                               : "text/csv; charset=utf-8",
                                           std::move(producer));
  response.headers = {{"Content-Disposition", http::content_disposition("attachment", file_name)},
                      {"Cache-Control", "private, no-store"}};
  return response;
}

}  // namespace nok::web
