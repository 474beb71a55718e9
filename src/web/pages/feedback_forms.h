#pragma once
// The citizens' feedback forms besides the survey, one file each.
#include "app/feedback/review_policy.h"
#include "web/pages/citizen_form.h"

namespace nok::web {

CitizenForm rating_form();    // /o/{code}/rate: the five aspects in points (form 2)
CitizenForm opinion_form();   // /o/{code}/opinion: agree or disagree with the rating (form 1)
CitizenForm measures_form();  // /o/{code}/measures: the measures taken against deficiencies (form 4)
// /o/{code}/review: a review, screened by `policy` (kept by reference) before publication.
CitizenForm review_form(const ReviewPolicy& policy);
CitizenForm appeal_form();    // /o/{code}/appeal: an appeal the organisation answers

}  // namespace nok::web
