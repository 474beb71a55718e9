#pragma once
#include <boost/asio/buffer.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/optional.hpp>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace nok::http {

// A Beast body for our answers: either the answer's own bytes, or bytes kept elsewhere (a
// kept page, http::KeptBody) that are only referred to, so that a page served from a cache is
// never copied for each request. Written in one piece (Beast's BodyWriter).
struct AnswerBody {
  struct value_type {
    std::string own;
    std::shared_ptr<const void> keeper;  // when set, keeps `kept` alive and `own` is unused
    std::string_view kept;

    std::string_view bytes() const { return keeper ? kept : std::string_view(own); }
  };

  static std::uint64_t size(const value_type& body) { return body.bytes().size(); }

  class writer {
   public:
    using const_buffers_type = boost::asio::const_buffer;

    template <bool isRequest, class Fields>
    writer(const boost::beast::http::header<isRequest, Fields>&, const value_type& body) : body_(body) {}

    void init(boost::beast::error_code& ec) { ec = {}; }

    boost::optional<std::pair<const_buffers_type, bool>> get(boost::beast::error_code& ec) {
      ec = {};
      const auto bytes = body_.bytes();
      return std::pair{const_buffers_type(bytes.data(), bytes.size()), false};
    }

   private:
    const value_type& body_;
  };
};

}  // namespace nok::http
