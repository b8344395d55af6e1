import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import i18n, { setLang } from '../../lib/i18n.js';
import './staff-i18n.js';
import type { RuleFailureStat } from '../../../../domain/origin/failure.js';
import { RuleFailures } from './stats-rule-failures.js';

// SYNTHETIC statistics as GET /api/v1/staff/stats answers them
const LIST: RuleFailureStat[] = [
  {
    rule: 'RVC40',
    chapter: '87',
    dest: 'JP',
    count: 3,
    measure: 'points',
    medianShort: 7.5,
    shortBands: { '0-5': 1, '5-10': 1, '20+': 1 },
  },
  { rule: 'CTSH', chapter: '85', dest: 'JP', count: 1, measure: 'materials', medianShort: 1, shortBands: { '1': 1 } },
];
const show = (list: RuleFailureStat[]) =>
  render(
    <I18nextProvider i18n={i18n}>
      <RuleFailures list={list} />
    </I18nextProvider>,
  );

test('a chart per rule and a table by rule x chapter x destination with how short', () => {
  setLang('en');
  show(LIST);
  const chart = screen.getByRole('table', { name: 'Failures per rule' });
  expect(
    within(chart).getByRole('progressbar', { name: 'Regional value content of at least 40% (RVC40): 3' }),
  ).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'Failed rules by HS chapter and destination, with how short' });
  const rvc = within(table).getByRole('row', { name: /RVC40/ });
  expect(rvc).toHaveTextContent('7.5 points short');
  expect(rvc).toHaveTextContent('20+ points short: 1');
  expect(within(table).getByRole('row', { name: /CTSH/ })).toHaveTextContent('materials not qualifying: 1');
});

test('zh-CN, and an empty list says so', () => {
  setLang('zh-CN');
  show(LIST);
  // one row in the chart, one in the table
  expect(screen.getAllByRole('rowheader', { name: '子目改变（CTSH）' })).toHaveLength(2);
  expect(screen.getAllByText('差 7.5 个百分点').length).toBe(1);
  show([]);
  expect(screen.getByText('暂无未通过规则的记录。')).toBeInTheDocument();
});
