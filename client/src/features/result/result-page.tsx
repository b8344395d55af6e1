import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  caseAnswerFor,
  decodeAnswers,
  decodeOriginCase,
  decodeOriginProviso,
  encodeAnswers,
  encodeOriginCase,
  encodeOriginProviso,
  firstIncomplete,
  provisoAnswerFor,
} from '../../../../domain/wizard/index.js';
import { useCheckService } from '../../lib/check/check-service.js';
import { useDataService } from '../../lib/data/service.js';
import { toCheckInput, toFirmProfile } from '../../lib/check/to-input.js';
import { isOnline } from '../../lib/data/api.js';
import { todayIso } from '../../lib/format.js';
import { saveEnquiry } from '../../lib/store/repository.js';
import { Button } from '../../components/ui/fields.js';
import { useWizard } from '../wizard/wizard-context.js';
import { stepPath } from '../wizard/use-step-nav.js';
import { OriginCaseQuestion } from './origin-case-question.js';
import { OriginProvisoQuestion } from './origin-proviso-question.js';
import { PrintSheet } from './print-sheet.js';
import { ResultView } from './result-view.js';
import { summaryOf } from '../../lib/check/enquiry-summary.js';

export function ResultPage() {
  const { t, i18n } = useTranslation();
  const loc = useLocation();
  const navigate = useNavigate();
  const check = useCheckService();
  const { answers: current, replace, reset } = useWizard();
  const answers = useMemo(() => decodeAnswers(loc.search), [loc.search]);
  // the firm's answer to "which case are your goods" travels in the URL beside the answers (k)
  const caseAnswer = useMemo(() => decodeOriginCase(loc.search), [loc.search]);
  const psrCase = caseAnswerFor(answers, caseAnswer);
  const provisoAnswer = useMemo(() => decodeOriginProviso(loc.search), [loc.search]);
  const activeOk = provisoAnswerFor(answers, provisoAnswer);
  const input = useMemo(() => toCheckInput(answers, todayIso(), psrCase, activeOk), [answers, psrCase, activeOk]);
  const h1 = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const [savedId, setSavedId] = useState<string | undefined>(new URLSearchParams(loc.search).get('e') ?? undefined);

  // a result opened from a link or QR code becomes the wizard's answers, so Change links work
  useEffect(() => {
    if (input && encodeAnswers(current) !== encodeAnswers(answers)) replace(answers);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [input]);
  useEffect(() => h1.current?.focus(), []);

  const run = useQuery({
    queryKey: ['check', JSON.stringify(input)],
    queryFn: () => check.run(input!),
    enabled: !!input,
    retry: false,
  });
  const outcome = run.data?.outcome;
  const result = outcome && !('error' in outcome) ? outcome : null;
  const caseQuery =
    (caseAnswer && psrCase !== undefined ? `&${encodeOriginCase(caseAnswer)}` : '') +
    (provisoAnswer && activeOk !== undefined ? `&${encodeOriginProviso(provisoAnswer)}` : '');
  const data = useDataService();
  const hs = useQuery({ queryKey: ['pack', 'hs'], queryFn: () => data.hs() });
  const zhName = useMemo(() => {
    const c = result ? (result.tariff.line?.code ?? result.tariff.code) : '';
    const ns = hs.data?.versions['2022'];
    if (!c || !ns) return undefined;
    const at = (k: string) => ns.find((n) => n.code === k)?.zh;
    return (c.length > 4 ? at(c.slice(0, 6)) : undefined) ?? at(c.slice(0, 4));
  }, [result, hs.data]);
  const link = `${globalThis.location?.origin ?? ''}/result?${encodeAnswers(answers)}${caseQuery}`;

  const onSave = async () => {
    if (!result) return;
    const id = await saveEnquiry(answers, summaryOf(result), savedId);
    setSavedId(id);
    setStatus(t('result.actions.saved'));
  };
  const onPdf = async () => {
    if (!result) return;
    setStatus(t('result.actions.pdfMaking'));
    try {
      const { makeResultPdf } = await import('./pdf/result-pdf.js');
      const blob = await makeResultPdf(result, link, i18n.getFixedT('zh-CN'), i18n.getFixedT('en'), zhName);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `rcep-${result.tariff.dest}-${result.tariff.code}.pdf`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      setStatus(t('result.actions.pdfReady'));
    } catch {
      setStatus(t('result.actions.pdfFailed'));
    }
  };

  return (
    <div className="mx-auto max-w-4xl">
      <div className="print:hidden">
        <Link to={stepPath('check-answers')} className="mb-4 inline-block text-blue-800 underline">
          ‹ {t('common.back')}
        </Link>
        <h1 ref={h1} tabIndex={-1} className="mb-4 text-3xl font-bold focus:outline-none">
          {t('result.heading')}
        </h1>
        {!input ? (
          <div role="alert" className="border-l-8 border-yellow-500 p-3">
            <p>{t('result.incomplete')}</p>
            <Link className="text-blue-800 underline" to={stepPath(firstIncomplete(answers) ?? 'product')}>
              {t('result.continueWizard')}
            </Link>
          </div>
        ) : null}
        {run.isLoading ? <p role="status">{t('result.loading')}</p> : null}
        {run.isError ? (
          <p role="alert" className="border-l-8 border-red-700 p-3">
            {t(isOnline() ? 'result.failed' : 'result.failedOffline')}
          </p>
        ) : null}
        {outcome && 'error' in outcome ? (
          <p role="alert" className="border-l-8 border-red-700 p-3">
            {t(`errors.${outcome.error.reason}`, { defaultValue: t('result.failed') })}
          </p>
        ) : null}
        {result ? (
          <>
            {result.origin ? <OriginCaseQuestion verdict={result.origin} answers={answers} keep={caseQuery} /> : null}
            {result.origin ? (
              <OriginProvisoQuestion verdict={result.origin} answers={answers} keep={caseQuery} />
            ) : null}
            <ResultView
              result={result}
              offline={run.data?.offline ?? false}
              onUseLine={(code) => {
                const next = { ...answers, line: { code } };
                replace(next);
                navigate(`/result?${encodeAnswers(next)}`);
              }}
              firm={{ profile: toFirmProfile(answers), editLink: '/check/firm?from=result' }}
            />
            <div className="mb-8 flex flex-wrap gap-3">
              <Button onClick={onSave}>{t('result.actions.save')}</Button>
              <Button variant="secondary" onClick={() => window.print()}>
                {t('result.actions.print')}
              </Button>
              <Button variant="secondary" onClick={onPdf}>
                {t('result.actions.pdf')}
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  reset();
                  navigate(stepPath('product'));
                }}
              >
                {t('result.actions.new')}
              </Button>
            </div>
            <p role="status" className="mb-4">
              {status}
            </p>
          </>
        ) : null}
      </div>
      {result ? <PrintSheet result={result} link={link} zhName={zhName} /> : null}
    </div>
  );
}
