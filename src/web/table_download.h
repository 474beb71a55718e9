#pragma once
#include <string>

#include "http/message.h"

namespace nok::web {

enum class TableFormat { csv, xlsx };

// A table for officials' spreadsheets, produced while it is sent: the format's content type,
// an attachment named `file_name` (http::content_disposition adds its ASCII fallback), and no
// caching anywhere, since it holds what one person may see.
http::Response table_download(TableFormat format, const std::string& file_name, http::StreamProducer producer);

}  // namespace nok::web
