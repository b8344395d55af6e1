import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findCycles, importGraph, sourceFiles } from './import-cycles.js';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cycles-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const names = (dir: string, cycles: string[][]) => cycles.map((c) => c.map((f) => f.slice(dir.length + 1)));

describe('import cycles', () => {
  it('finds a cycle made only of type imports, which import/no-cycle would let through', () => {
    const dir = tree({
      'a.ts': "import type { B } from './b.js';\nexport interface A { b: B }\n",
      'b.ts': "import type { A } from './a.js';\nexport interface B { a?: A }\n",
    });
    expect(names(dir, findCycles(importGraph(sourceFiles(dir))))).toEqual([['a.ts', 'b.ts', 'a.ts']]);
  });

  it('finds a longer value cycle once, and none in a tree that only flows one way', () => {
    const cyclic = tree({
      'a.ts': "import { b } from './b.js';\nexport const a = b;\n",
      'b.ts': "export { c as b } from './c.js';\n",
      'c.ts': "import { a } from './a.js';\nexport const c = () => a;\n",
    });
    expect(findCycles(importGraph(sourceFiles(cyclic)))).toHaveLength(1);
    const oneWay = tree({
      'a.ts': "import { b } from './b.js';\nimport { c } from './c.js';\nexport const a = [b, c];\n",
      'b.ts': "import { c } from './c.js';\nexport const b = c;\n",
      'c.ts': "import { z } from 'zod';\nexport const c = z;\n",
    });
    expect(findCycles(importGraph(sourceFiles(oneWay)))).toEqual([]);
  });
});
