#pragma once
// What the citizens' forms share — the survey, the rating in points, agreeing with the
// rating, comments on measures, reviews and appeals: the organisation from the path, the
// signed-in citizen, the CSRF check, the error summary with links to the fields, the
// answers kept, and a fresh idempotency key per form (a double tap resubmits the same one).
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/feedback/citizen_feedback.h"
#include "http/router.h"
#include "web/context.h"
#include "web/session.h"
#include "web/view.h"

namespace nok::web {

// A redirect to sign in and come back, unless a citizen is signed in (then `session` is set).
std::optional<http::Response> require_sign_in(const SiteContext& site, const http::Request& request,
                                              std::optional<Session>& session);

// Who opens a form about which organisation: the organisation of /o/{code}/… and the
// signed-in citizen, or in `refusal` the 404 page or the redirect to sign in.
struct FormVisit {
  std::optional<Organisation> org;
  std::optional<Session> session;
  std::optional<http::Response> refusal;
};
FormVisit visit_form(const SiteContext& site, const http::Request& request);

// The posted form, or the page that refuses it: 400 for a damaged body, 403 for a missing
// or wrong CSRF token.
std::optional<http::Response> read_posted_form(const SiteContext& site, const http::Request& request,
                                               http::Fields& form);

// The message for this field among `errors`, or empty.
std::string field_error(const Errors& errors, std::string_view key);

// Sets what every form template uses: code, short_name, csrf, idempotency_key (the posted
// one kept), errors and has_errors (the summary: `form_errors` partial). `fields` are the
// names of the fields the form shows, in order. A summary link goes to the id of its
// field's first control, which is the field's name; an error about no field, or about one
// the form does not show, links to the first field. Messages read as sentences
// (wording.h). `cookies` receives the Set-Cookie of a new form token.
void set_form_basics(Data& data, const SiteContext& site, const http::Request& request, const Organisation& org,
                     const http::Fields& posted, const Errors& errors, std::span<const std::string_view> fields,
                     http::Response& cookies);

// Sets the error summary of the `form_errors` partial (errors, has_errors): as in
// set_form_basics, for a form that carries no form token of its own (a terminal's).
void set_error_summary(Data& data, const Errors& errors, std::span<const std::string_view> fields);

// The title of a form page: «Ошибка: » before it when the form came back with errors, so
// that a screen reader says so first (and a browser tab shows it).
std::string form_title(std::string_view title, bool failed);

// The 303 to a form's result page: /o/{code}/{path}/sent with what the page says about
// `stored`, so that refreshing the result never sends the form again (Post/Redirect/Get).
http::Response result_redirect(std::string_view code, std::string_view path, const StoredFeedback& stored);
// What a result page's address carries back (result_redirect's query).
StoredFeedback result_of(const http::Request& request);

// A form page: `page` plus the cookies and Cache-Control: no-store (forms carry tokens).
http::Response form_response(http::Response page, const http::Response& cookies);

// A text box for the `text_field` partial: label, hint, the error and the posted value.
Data text_field(std::string_view key, std::string_view label, std::string_view hint, std::size_t max, bool multiline,
                bool optional, const http::Fields& posted, const Errors& errors);

// One of the feedback forms at /o/{code}/{path}.
struct CitizenForm {
  std::string_view path;      // "rate" → /o/{code}/rate; also the template's name
  std::string_view title;     // the page title: «Оценка в баллах»
  std::vector<std::string_view> fields;  // the names of the fields it shows, in order (set_form_basics)
  bool needs_cycle = false;   // only for organisations in this year's assessment
  // Adds the form's own fields to `data`, keeping what was posted (or given in the query).
  std::function<void(Data& data, const SiteContext& site, const Organisation& org, const http::Fields& posted,
                     const Errors& errors)>
      fill;
  std::function<void(Store&, const FeedbackRequest&, FeedbackReply)> submit;  // a use case of citizen_feedback.h
  // The thank-you page's heading and sentences for what `citizen_id` stored (as result_of reads it).
  std::function<std::pair<std::string, std::vector<std::string>>(const SiteContext& site, std::int64_t citizen_id,
                                                                 const StoredFeedback&)>
      thanks;
};

// GET shows the form (query values preselect choices); POST submits it and answers with the
// form again and its errors, or — once the write is durable, no thread waiting for it — a
// redirect to GET …/sent, the thank-you page.
void add_citizen_form(http::Router& router, const SiteContext& site, CitizenForm form);

}  // namespace nok::web
