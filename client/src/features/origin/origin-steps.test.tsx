import '../../test-utils/polyfills.js';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../test-utils/render-app.js';
import { setLang } from '../../lib/i18n.js';
import { loadDraft, resetStore } from '../../lib/store/repository.js';
import type { WizardAnswers } from '../../../../domain/wizard/index.js';

const before: WizardAnswers = {
  product: { code: '850980' },
  destination: { dest: 'JP' },
  line: { code: '850980000' },
};

beforeEach(async () => {
  setLang('zh-CN');
  await resetStore();
});

describe('origin steps', () => {
  test('method: quick leads to the share question; back goes to the line', async () => {
    const user = userEvent.setup();
    renderApp('/check/origin-method', { answers: before });
    expect(await screen.findByRole('link', { name: /返回/ })).toHaveAttribute('href', '/check/line');
    await user.click(screen.getByRole('button', { name: '继续' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('请选择原产地的判断方式');
    await user.click(screen.getByRole('radio', { name: /快速判断/ }));
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/check/origin-quick'));
  });

  test('quick: wholly obtained comes first; no answer is an error; "no" asks the share, checked for range', async () => {
    const user = userEvent.setup();
    renderApp('/check/origin-quick', { answers: { ...before, 'origin-method': { method: 'quick' } } });
    await screen.findByRole('radio', { name: '否' });
    expect(screen.queryByRole('textbox', { name: 'RCEP 区域价值成分（%）' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '继续' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('请选择产品是否完全在中国获得或生产');
    await user.click(screen.getByRole('radio', { name: '否' }));
    const share = await screen.findByRole('textbox', { name: 'RCEP 区域价值成分（%）' });
    await user.type(share, '120');
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('区域价值成分须在 0 到 100 之间'));
    await user.clear(share);
    await user.type(share, '４５'); // full-width digits, as typed with a Chinese IME
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/check/shipment'));
    await waitFor(async () => expect((await loadDraft())?.['origin-quick']).toEqual({ share: 45, wholly: false }));
  });

  test('quick: wholly obtained = yes ends the origin questions (no share asked)', async () => {
    const user = userEvent.setup();
    renderApp('/check/origin-quick', { answers: { ...before, 'origin-method': { method: 'quick' } } });
    await user.click(await screen.findByRole('radio', { name: '是' }));
    expect(screen.queryByRole('textbox', { name: 'RCEP 区域价值成分（%）' })).toBeNull();
    expect(screen.getByText(/不需要再回答其他原产地问题/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/check/shipment'));
  });

  test('bill of materials: rows, paste from a spreadsheet, materials above FOB refused', async () => {
    const user = userEvent.setup();
    renderApp('/check/origin-bom', { answers: { ...before, 'origin-method': { method: 'bom' } } });
    await screen.findByRole('heading', { level: 1, name: '请填写物料清单' });
    await user.click(screen.getByRole('button', { name: '继续' }));
    let alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('请输入产品离岸价（FOB）');
    await user.type(screen.getByRole('textbox', { name: '产品离岸价（FOB）' }), '100');
    await user.type(screen.getByRole('textbox', { name: 'HS 编码' }), '8501.40');
    await user.type(screen.getByRole('combobox', { name: /原产国/ }), 'US');
    await user.type(screen.getByRole('textbox', { name: '价值' }), '30');
    await user.click(screen.getByText('从电子表格粘贴'));
    fireEvent.change(screen.getByRole('textbox', { name: '粘贴表格内容' }), {
      target: { value: '名称\tHS\t原产国\t价值\n塑料外壳\t3926.90\tCN\t80\n' },
    });
    await user.click(screen.getByRole('button', { name: '添加粘贴的原材料' }));
    expect(screen.getByRole('heading', { name: '原材料 2' })).toBeInTheDocument();
    expect(screen.getAllByRole('textbox', { name: 'HS 编码' })[1]).toHaveValue('3926.90');
    await user.click(screen.getByRole('button', { name: '继续' }));
    alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('原材料价值合计超过了离岸价');
    await user.click(screen.getByRole('button', { name: '删除原材料 2' }));
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/check/shipment'));
    const draft = await loadDraft();
    expect(draft?.['origin-bom']).toEqual({ fob: 100, materials: [{ hs: '850140', origin: 'US', value: 30 }] });
  });

  test('bill of materials: a bad material code is shown on its row', async () => {
    const user = userEvent.setup();
    renderApp('/check/origin-bom', { answers: { ...before, 'origin-method': { method: 'bom' } } });
    await user.type(await screen.findByRole('textbox', { name: '产品离岸价（FOB）' }), '100');
    await user.type(screen.getByRole('textbox', { name: 'HS 编码' }), '85');
    await user.type(screen.getByRole('combobox', { name: /原产国/ }), 'USA');
    await user.type(screen.getByRole('textbox', { name: '价值' }), '10');
    await user.click(screen.getByRole('button', { name: '继续' }));
    expect(await screen.findByRole('link', { name: '原材料 HS 编码须为 4 至 12 位数字' })).toHaveAttribute(
      'href',
      '#material-0-hs',
    );
    expect(screen.getByRole('link', { name: /原产国请填两位字母代码/ })).toHaveAttribute('href', '#material-0-origin');
  });
});
