#pragma once

#include <string>
#include <vector>

namespace rrw::cli {

// rrw-cli swot list|add|move|delete (cmd_swot_items.cpp); dispatched by runSwot. Each takes the
// arguments after the subcommand and returns the exit code.
int swotList(const std::vector<std::string>& argv);
int swotAdd(const std::vector<std::string>& argv);
int swotMove(const std::vector<std::string>& argv);
int swotDelete(const std::vector<std::string>& argv);

}  // namespace rrw::cli
