/** Entry of `rcep admin …` (see admin.ts): exit 0 on success, 2 with one line on stderr on bad input. */
import { AdminCliError, adminCommand } from './admin.js';

adminCommand(process.argv.slice(2), (t) => process.stdout.write(`${t}\n`)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof AdminCliError) {
      process.stderr.write(`rcep admin: ${e.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`rcep: internal-error ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    }
  },
);
