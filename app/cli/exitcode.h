#pragma once

namespace Turnpoint {

// cli.md: 0 done (warnings allowed), 1 an input or output failed, 2 bad usage, 3 --check-links
// found a link problem.
enum ExitCode { ExitOk = 0, ExitInputOutput = 1, ExitUsage = 2, ExitLinkProblems = 3 };

} // namespace Turnpoint
