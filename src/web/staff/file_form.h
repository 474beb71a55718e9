#pragma once
// A staff form that posts one file (multipart/form-data, the field "file") beside its form
// token: operators' uploads, an organisation's list of invitations.
#include <optional>
#include <vector>

#include "http/message.h"
#include "http/multipart.h"
#include "web/context.h"

namespace nok::web {

struct FileForm {
  std::vector<http::FormPart> parts;

  // The "file" part, or nullptr when none was posted.
  const http::FormPart* file() const;
};

// The posted form; nullopt when the body is not such a form or its form token is stale —
// answer stale_file_form() then: nothing of it may be used.
std::optional<FileForm> read_file_form(const SiteContext& site, const http::Request& request);
http::Response stale_file_form(const http::Request& request);

}  // namespace nok::web
