#pragma once
#include <span>
#include <string_view>

namespace nok::cli {

// A verb receives its own arguments: argv[0] is the verb's name.
struct Verb {
  std::string_view name;
  std::string_view summary;
  int (*run)(int argc, char** argv);
};

std::span<const Verb> verbs();

int serve(int argc, char** argv);
int migrate(int argc, char** argv);
int import_orgs(int argc, char** argv);
int demo(int argc, char** argv);
int score(int argc, char** argv);
int version(int argc, char** argv);
int secret_key(int argc, char** argv);
int posters(int argc, char** argv);
int user(int argc, char** argv);
int reminders(int argc, char** argv);
int outbox(int argc, char** argv);
int invitations(int argc, char** argv);
int survey_operator(int argc, char** argv);
int api_token(int argc, char** argv);
int methodology_editions(int argc, char** argv);
int check_websites(int argc, char** argv);

}  // namespace nok::cli
