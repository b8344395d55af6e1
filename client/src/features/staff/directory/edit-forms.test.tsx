import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { ContactUnit, Programme } from '../../../../../domain/schemas/programme.js';
import i18n, { setLang } from '../../../lib/i18n.js';
import programmesSeed from '../../../../../seeds/programmes.json';
import unitsSeed from '../../../../../seeds/contact-units.json';
import '../staff-i18n.js';
import type { DirectoryAnswer } from '../../../../../domain/schemas/staff-data.js';
import { ProgrammeEditForm } from './programme-edit-form.js';
import { UnitEditForm } from './unit-edit-form.js';

// the committed seeds (texts and unit lists); every value typed below is SYNTHETIC test input
const programmes = (programmesSeed as unknown as { programmes: Programme[] }).programmes;
const units = (unitsSeed as unknown as { units: ContactUnit[] }).units;
const unit = units.find((u) => u.id === 'cq-commerce')!;
const programme = programmes.find((p) => p.id === 'certificate-of-origin')!;
/** as the server lists them (every document cited in the seeds); here the 83号 plan and the programme's own */
const fileOf = new Map(
  [
    ...programmes.flatMap((p) => [...p.citations, ...p.documents.map((d) => d.citation)]),
    ...units.flatMap((u) => u.citations),
  ].map((c) => [c.doc, c.file]),
);
const docs = ['渝府办发〔2022〕83号', ...new Set(programme.documents.map((d) => d.citation.doc))].map((doc) => ({
  doc,
  file: fileOf.get(doc) ?? '',
}));
const dir: DirectoryAnswer = { version: 'original', programmes, units, docs, history: [] };

function saver() {
  const calls: { kind: string; id: string; body: unknown }[] = [];
  const mutate = (e: { kind: 'units' | 'programmes'; id: string; body: unknown }) => void calls.push(e);
  return { calls, save: { mutate, isPending: false, error: null } };
}
const show = (ui: React.ReactElement) => render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);

test('a contact unit: every problem is listed with a link to its field; a valid change is sent with its source', async () => {
  setLang('en');
  const { calls, save } = saver();
  show(<UnitEditForm unit={unit} dir={dir} save={save} />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Phone'), 'call us');
  await user.type(screen.getByLabelText('Web page'), 'ftp://example.org/synthetic');
  await user.click(screen.getByRole('button', { name: 'Save with this source' }));
  const summary = screen.getByRole('alert');
  const links = within(summary)
    .getAllByRole('link')
    .map((a) => [a.getAttribute('href'), a.textContent]);
  expect(links).toEqual([
    ['#dir-phone', expect.stringMatching(/^Phone: Enter a phone number/)],
    ['#dir-url', 'Web page: Enter a web address starting with http:// or https://.'],
    ['#dir-source-title', 'Source title: Enter the title of the source.'],
    [
      '#dir-source-reference',
      "Source address or document number: Enter the source's address (URL) or document number.",
    ],
  ]);
  expect(screen.getByLabelText('Phone')).toHaveAttribute('aria-invalid', 'true');
  expect(calls).toEqual([]);

  await user.clear(screen.getByLabelText('Phone'));
  await user.type(screen.getByLabelText('Phone'), '023-0000 0000 转 000');
  await user.clear(screen.getByLabelText('Web page'));
  await user.type(screen.getByLabelText('Source title'), 'SYNTHETIC page');
  await user.type(screen.getByLabelText('Source address or document number'), 'https://example.org/synthetic');
  await user.click(screen.getByRole('button', { name: 'Save with this source' }));
  expect(screen.queryByRole('alert')).toBeNull();
  expect(calls).toHaveLength(1);
  expect(calls[0]).toMatchObject({
    kind: 'units',
    id: 'cq-commerce',
    body: {
      version: 'original',
      phone: '023-0000 0000 转 000',
      url: '',
      source: { kind: 'published', title: 'SYNTHETIC page', reference: 'https://example.org/synthetic' },
    },
  });
});

test('a programme (zh-CN): figures are not editable, a policy source needs its document and item', async () => {
  setLang('zh-CN');
  const { calls, save } = saver();
  show(<ProgrammeEditForm programme={programme} dir={dir} save={save} />);
  const user = userEvent.setup();
  expect(screen.getByText('申请条件、扶持内容及其中的数字不在这里修改，一律以政策文件原文为准。')).toBeInTheDocument();
  await user.click(screen.getByRole('radio', { name: '政策文件条款' }));
  await user.click(screen.getByRole('button', { name: '保存并记录来源' }));
  const summary = screen.getByRole('alert');
  expect(within(summary).getByRole('link', { name: '政策文件：请选择政策文件。' })).toHaveAttribute(
    'href',
    '#dir-source-doc',
  );
  expect(within(summary).getByRole('link', { name: /^条款：请填写条款/ })).toHaveAttribute('href', '#dir-source-item');
  await user.selectOptions(screen.getByLabelText('政策文件', { selector: '#dir-source-doc' }), '0');
  await user.type(screen.getByLabelText('条款', { selector: '#dir-source-item' }), '第25条');
  await user.click(screen.getByRole('button', { name: '添加步骤' }));
  const added = screen.getByRole('group', { name: `第 ${programme.steps.length + 1} 步` });
  await user.type(within(added).getByLabelText('中文'), 'SYNTHETIC 步骤');
  await user.type(within(added).getByLabelText('英文'), 'SYNTHETIC step');
  await user.click(screen.getByRole('button', { name: '保存并记录来源' }));
  expect(calls).toHaveLength(1);
  const body = calls[0].body as { steps: unknown[]; source: unknown; leadUnits: string[] };
  expect(body.steps).toHaveLength(programme.steps.length + 1);
  expect(body.leadUnits).toEqual(programme.leadUnits);
  expect(body.source).toEqual({ kind: 'policy', doc: '渝府办发〔2022〕83号', item: '第25条' });
  expect(Object.keys(body)).not.toContain('eligibility');
});
