import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { setAnswer as applyAnswer, type StepId, type WizardAnswers } from '../../../../domain/wizard/index.js';
import { clearDraft, loadDraft, loadFirm, saveDraft } from '../../lib/store/repository.js';

interface WizardState {
  answers: WizardAnswers;
  /** false until the saved draft has been read (steps wait for it) */
  ready: boolean;
  setAnswer: <K extends StepId>(id: K, value: WizardAnswers[K]) => WizardAnswers;
  replace: (answers: WizardAnswers) => void;
  reset: () => void;
}

const WizardContext = createContext<WizardState | null>(null);

/** Holds the answers; every change is saved as the draft so an unfinished wizard survives a reload. */
export function WizardProvider({ children, initial }: { children: ReactNode; initial?: WizardAnswers }) {
  const [answers, setAnswers] = useState<WizardAnswers>(initial ?? {});
  const [ready, setReady] = useState(initial !== undefined);
  const ref = useRef(answers);

  useEffect(() => {
    if (initial !== undefined) return;
    let live = true;
    Promise.all([loadDraft(), loadFirm().catch(() => undefined)])
      .then(([d, firm]) => {
        // the firm profile remembered on this device fills the firm step of a new enquiry
        const next = d?.firm || !firm ? d : { ...d, firm };
        if (live && next) {
          ref.current = next;
          setAnswers(next);
        }
      })
      .catch(() => undefined)
      .finally(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [initial]);

  const commit = useCallback((next: WizardAnswers) => {
    ref.current = next;
    setAnswers(next);
    void saveDraft(next).catch(() => undefined);
  }, []);

  const setAnswer = useCallback(
    <K extends StepId>(id: K, value: WizardAnswers[K]) => {
      const next = applyAnswer(ref.current, id, value);
      commit(next);
      return next;
    },
    [commit],
  );
  const replace = useCallback((a: WizardAnswers) => commit(a), [commit]);
  const reset = useCallback(() => {
    // a new enquiry keeps the firm: its profile is remembered on this device
    const keep: WizardAnswers = ref.current.firm ? { firm: ref.current.firm } : {};
    ref.current = keep;
    setAnswers(keep);
    void clearDraft().catch(() => undefined);
  }, []);

  const value = useMemo(
    () => ({ answers, ready, setAnswer, replace, reset }),
    [answers, ready, setAnswer, replace, reset],
  );
  return <WizardContext.Provider value={value}>{children}</WizardContext.Provider>;
}

export function useWizard(): WizardState {
  const w = useContext(WizardContext);
  if (!w) throw new Error('WizardProvider missing');
  return w;
}
