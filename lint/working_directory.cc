// See working_directory.h. The process has one working directory: nothing
// else may run while a comparison loads its base side (loading's own threads
// are joined before it returns).
#include "lint/working_directory.h"

namespace prowlint {

ScopedWorkingDirectory::ScopedWorkingDirectory(const std::string& dir) {
  std::error_code ec;
  previous_ = std::filesystem::current_path(ec);
  if (ec) {
    error_ = ec.message();
    return;
  }
  std::filesystem::current_path(dir, ec);
  if (ec) {
    error_ = ec.message();
    return;
  }
  ok_ = true;
}

ScopedWorkingDirectory::~ScopedWorkingDirectory() {
  if (!ok_) return;
  std::error_code ec;
  std::filesystem::current_path(previous_, ec);
}

}  // namespace prowlint
