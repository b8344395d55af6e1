/**
 * Which parts of the project may import which, checked on resolved paths (so `../x` from any depth is
 * judged by where it lands). domain/ is kept pure by eslint; these are the boundaries between the rest:
 * - scripts and server never import each other: the data build and the CLI run without the server, and
 *   the server's own commands (server/cli) run as a child process of `rcep`;
 * - a client feature imports no other feature except the shared wizard module, so a feature can be
 *   changed or lazy-loaded on its own; what several features need lives in client/src/lib or components.
 */
export interface ZoneBreach {
  from: string;
  to: string;
  rule: string;
}

const FEATURE = /^client\/src\/features\/([^/]+)\//;

/** `from` and `to` are paths relative to the repository root, with forward slashes */
export function zoneBreach(from: string, to: string): string | null {
  if (from.startsWith('scripts/') && to.startsWith('server/')) return 'scripts-import-server';
  if (from.startsWith('server/') && to.startsWith('scripts/')) return 'server-imports-scripts';
  const a = FEATURE.exec(from)?.[1];
  const b = FEATURE.exec(to)?.[1];
  if (a && b && a !== b && b !== 'wizard') return 'feature-imports-feature';
  return null;
}

export function zoneBreaches(graph: Map<string, string[]>, relative: (file: string) => string): ZoneBreach[] {
  const out: ZoneBreach[] = [];
  for (const [file, targets] of graph) {
    const from = relative(file);
    for (const target of targets) {
      const to = relative(target);
      const rule = zoneBreach(from, to);
      if (rule) out.push({ from, to, rule });
    }
  }
  return out;
}
