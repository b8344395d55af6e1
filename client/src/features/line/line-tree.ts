import type { HsNode, Party, RateExpr, TariffLine } from '../../../../domain/schemas/index.js';
import { selectEntry } from '../../../../domain/tariff/select-entry.js';

/** One national line in the chooser, with the rates of the year and its children (TH: 10-digit under 8-digit). */
export interface LineNode {
  line: TariffLine;
  rcep: RateExpr | null;
  mfn: RateExpr | null;
  children: LineNode[];
}

/** A subheading (6 digits) with its name and the national lines under it. */
export interface SubheadingGroup {
  code: string;
  node?: HsNode;
  lines: LineNode[];
}

export interface LineTree {
  heading?: HsNode;
  groups: SubheadingGroup[];
  count: number;
  /** every line has the same RCEP rate, MFN rate and rule of origin: choosing makes no difference */
  allSame: boolean;
}

/**
 * The destination's national lines under a code as a tree: subheading -> line -> longer lines that
 * extend it (a line is the child of the longest other line its code starts with). Rates are those of
 * the RCEP year (selectEntry: the year's entry, else the nearest earlier one).
 */
export function lineTree(
  lines: TariffLine[],
  nodes: (code: string) => HsNode | undefined,
  dest: Party,
  year: number | null,
): LineTree {
  const sorted = [...lines].sort((a, b) => a.code.localeCompare(b.code));
  const codes = new Set(sorted.map((l) => l.code));
  const byCode = new Map<string, LineNode>();
  const groups = new Map<string, SubheadingGroup>();
  for (const line of sorted) {
    const n: LineNode = {
      line,
      rcep: selectEntry(line.rcep, year, dest)?.entry.rate ?? null,
      mfn: selectEntry(line.mfn, year, dest)?.entry.rate ?? null,
      children: [],
    };
    byCode.set(line.code, n);
    let parent: LineNode | undefined;
    for (let k = line.code.length - 1; k > 6 && !parent; k--) {
      const p = line.code.slice(0, k);
      if (codes.has(p)) parent = byCode.get(p);
    }
    if (parent) parent.children.push(n);
    else {
      const sub = line.code.slice(0, 6);
      const g = groups.get(sub) ?? { code: sub, node: nodes(sub), lines: [] };
      g.lines.push(n);
      groups.set(sub, g);
    }
  }
  const key = (n: LineNode) => JSON.stringify([n.rcep, n.mfn, n.line.psr ?? null]);
  return {
    heading: nodes(sorted[0]?.code.slice(0, 4) ?? ''),
    groups: [...groups.values()],
    count: sorted.length,
    allSame: sorted.length > 1 && new Set([...byCode.values()].map(key)).size === 1,
  };
}

/** Lines (with their ancestors kept) whose code or text matches the filter; groups whose name matches keep all. */
export function filterTree(tree: LineTree, q: string, name: (n?: HsNode) => string): LineTree {
  const f = q.trim().toLowerCase();
  if (!f) return tree;
  const digits = f.replace(/[\s.-]/g, '');
  const hit = (n: LineNode) =>
    (/^\d+$/.test(digits) && n.line.code.includes(digits)) || n.line.desc.toLowerCase().includes(f);
  const prune = (ns: LineNode[]): LineNode[] =>
    ns.flatMap((n) => {
      if (hit(n)) return [n];
      const kids = prune(n.children);
      return kids.length ? [{ ...n, children: kids }] : [];
    });
  const groups = tree.groups
    .map((g) => (name(g.node).toLowerCase().includes(f) ? g : { ...g, lines: prune(g.lines) }))
    .filter((g) => g.lines.length);
  return { ...tree, groups };
}
