#pragma once
// What every download of an organisation's QR code shares (docs/printing.md): the
// organisation, the check that its QR code is active, the placement the request names.
#include <functional>
#include <string>

#include "core/result.h"
#include "domain/registry/organisation.h"
#include "http/router.h"
#include "print/target_url.h"
#include "store/store.h"

namespace nok::web {

struct PrintTarget {
  Organisation organisation;
  std::string url;  // what its QR code opens, with the request's placement (`?p=`) if any
};

using PrintRender = std::function<Result<http::Response>(const PrintTarget&, const http::Request&)>;

// Looks the organisation `{code}` up (404), checks that its QR code is active (409) and the
// placement id well formed (400), then renders. A renderer's error is the person's
// parameters: 400 with its message.
http::Handler print_download(Store& store, print::PrintConfig config, PrintRender render);

// A file, cached privately for five minutes; named for saving when `file_name` is given.
http::Response print_file(std::string content_type, std::string bytes, const std::string& file_name = "");

// The friendly 404 of an unknown organisation code.
http::Response organisation_not_found(const http::Request& request);

}  // namespace nok::web
