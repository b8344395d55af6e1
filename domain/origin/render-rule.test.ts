import type { PsrRule } from '../schemas/index.js';
import { renderPsrRule } from './render-rule.js';

const h = (code: string) => ({ level: 'heading' as const, code });

describe('renderPsrRule', () => {
  it.each<[PsrRule, string, string, string]>([
    [{ kind: 'CTH' }, '品目改变（4位级税则归类改变）', 'Change in tariff heading (CTH)', 'CTH'],
    [
      { kind: 'RVC', threshold: 40 },
      '区域价值成分不低于40%',
      'Regional value content of not less than 40% (RVC40)',
      'RVC40',
    ],
    [
      {
        kind: 'or',
        rules: [
          { kind: 'CTH', except: [{ level: 'subheading', code: '853710' }] },
          { kind: 'RVC', threshold: 40 },
        ],
      },
      '品目改变（4位级税则归类改变），但从子目8537.10改变而来的除外；或区域价值成分不低于40%',
      'Change in tariff heading (CTH), except from subheading 8537.10; or Regional value content of not less than 40% (RVC40)',
      'CTH except from subheading 8537.10, or RVC40',
    ],
    [
      { kind: 'CTH', except: ['7208', '7209', '7210', '7211'].map(h) },
      '品目改变（4位级税则归类改变），但从品目72.08至72.11改变而来的除外',
      'Change in tariff heading (CTH), except from heading 72.08 through 72.11',
      'CTH except from heading 72.08 through 72.11',
    ],
    [
      { kind: 'CC', except: [{ level: 'chapter', code: '01' }] },
      '章改变（2位级税则归类改变），但从第01章改变而来的除外',
      'Change in chapter (CC), except from Chapter 01',
      'CC except from Chapter 01',
    ],
  ])('%j', (rule, zh, en, code) => {
    expect(renderPsrRule(rule)).toEqual({ zh, en, code });
  });
});
