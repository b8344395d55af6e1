import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conditionText, jpChapterFiles, walkJpChapter, type JpTreeNode } from './walk-jp-tree.js';

// A miniature chapter file shaped like jp/j_02_tariff_data.json heading 02.03 (0203.11): the general rate sits on
// the group row "2 その他のもの", the temporary rates on the lines. Values here are illustrative, not rates.
const node = (
  stat: string,
  hs: string,
  desc: string,
  rate: Record<string, string>,
  children: JpTreeNode[] = [],
): JpTreeNode => ({
  level: 0,
  stat_code: stat,
  hs_code: hs,
  desc,
  rate,
  unit: { I: '', II: 'KG' },
  children,
});

function mirror(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jp-tree-'));
  mkdirSync(join(dir, 'jp'));
  const tree = [
    node('02.03', '', 'heading', {}, [
      node('0203.11', '', 'group', { 基本: '(5%)' }, [
        node('0203.11', '010', '1 いのししのもの', { 基本: '無税', WTO協定: '(無税)', EPA_RCEP_中国: '無税' }),
        node('0203.11', '040', '*〔3〕その他', { 暫定: '4.3%', WTO協定: '(4.3%)' }),
      ]),
    ]),
    node('9619.00', '000', 'line with a stray child heading', { 基本: '無税' }, [
      node('96.20', '', 'heading nested by the scraper', {}, [node('9620.00', '000', 'other heading line', {})]),
    ]),
  ];
  writeFileSync(join(dir, 'jp', 'j_02_tariff_data.json'), JSON.stringify(tree));
  writeFileSync(join(dir, 'jp', 'notes.txt'), '');
  return dir;
}

describe('walkJpChapter', () => {
  const dir = mirror();
  const lines = walkJpChapter(dir, 'jp/j_02_tariff_data.json');
  const by = (code: string) => lines.find((l) => l.code === code)!;

  test('only chapter files are listed', () => {
    expect(jpChapterFiles(dir)).toEqual(['jp/j_02_tariff_data.json']);
  });

  test('9-digit code = stat_code digits + hs_code; printed keeps the dot and dash', () => {
    expect(lines.map((l) => l.code)).toEqual(['020311010', '020311040', '961900000', '962000000']);
    expect(by('020311040').printed).toBe('0203.11-040');
  });

  test('a column blank on the line is inherited from the nearest ancestor that prints it, with its node reference', () => {
    expect(by('020311040').cells['基本']).toEqual({ text: '(5%)', from: '0203.11 @0/0' });
    expect(by('020311040').cells['暫定']?.text).toBe('4.3%');
    expect(by('020311010').cells['基本']?.text).toBe('無税');
    expect(by('020311040').cells['EPA_RCEP_中国']).toBeUndefined();
  });

  test('inheritance stops at a heading boundary', () => {
    expect(by('962000000').cells['基本']).toBeUndefined();
  });

  test('conditionText drops the row enumerator', () => {
    expect(conditionText('1 毎年6月1日から同年11月30日までに輸入されるもの')).toBe(
      '毎年6月1日から同年11月30日までに輸入されるもの',
    );
    expect(conditionText('(2)毎年10月1日から翌年3月31日までに輸入されるもの')).toBe(
      '毎年10月1日から翌年3月31日までに輸入されるもの',
    );
    expect(conditionText('− 毎年6月1日から同年11月30日までに輸入されるもの')).toBe(
      '毎年6月1日から同年11月30日までに輸入されるもの',
    );
  });
});
