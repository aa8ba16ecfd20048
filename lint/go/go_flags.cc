// SPDX-License-Identifier: Apache-2.0
// See go_flags.h.
#include "lint/go/go_flags.h"

namespace prowlint {

std::vector<Flag> ParseGoFlags(const std::vector<Located<std::string>>& args) {
  std::vector<Flag> flags;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i].value;
    if (arg.size() < 2 || arg[0] != '-') break;  // Go stops at the first non-flag
    if (arg == "--") break;
    const std::size_t dashes = arg[1] == '-' ? 2 : 1;
    const std::string body = arg.substr(dashes);
    if (body.empty() || body[0] == '-' || body[0] == '=') break;  // Go: bad flag syntax
    Flag flag;
    const auto eq = body.find('=');
    flag.name = {body.substr(0, eq), args[i].pos};
    if (eq != std::string::npos) {
      flag.value = Located<std::string>{body.substr(eq + 1), args[i].pos};
    } else if (i + 1 < args.size() && !args[i + 1].value.empty() &&
               args[i + 1].value[0] != '-') {
      // Go takes the next argument as the value of a non-boolean flag. Which
      // flags are boolean depends on the binary; Prow's components take no
      // positional arguments, so a following word is a value.
      flag.value = args[i + 1];
      ++i;
    }
    flags.push_back(std::move(flag));
  }
  return flags;
}

bool GoFalse(std::string_view value) {
  // strconv.ParseBool's false spellings.
  return value == "false" || value == "0" || value == "f" || value == "F" || value == "FALSE" ||
         value == "False";
}

}  // namespace prowlint
