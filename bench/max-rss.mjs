// Preloaded with --import where GNU time is missing: writes the process's peak memory (KB) and CPU time
// (user and system, in seconds) on exit, as GNU time -f "%M %U %S" does.
import { writeFileSync } from 'node:fs';

const file = process.env.MCM_BENCH_RSS;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}`);
  });
}
