import en from './locales/en.json';
import zh from './locales/zh-CN.json';

const keys = (o: object, p = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));

test("the 'staff' namespace has the same keys in zh-CN and en, none empty", () => {
  expect(keys(zh).sort()).toEqual(keys(en).sort());
  for (const k of keys(en)) expect(k.split('.').reduce((o: never, s) => o[s], en as never)).not.toBe('');
});
