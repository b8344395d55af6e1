import type { ComponentType } from 'react';
import { Navigate, useParams } from 'react-router';
import { canVisit, firstIncomplete, isStepId, type StepId } from '../../../domain/wizard/index.js';
import { useWizard } from '../features/wizard/wizard-context.js';
import { stepPath } from '../features/wizard/use-step-nav.js';
import { ProductStep } from '../features/product/product-step.js';
import { DestinationStep } from '../features/destination/destination-step.js';
import { LineStep } from '../features/line/line-step.js';
import { OriginMethodStep } from '../features/origin/origin-method-step.js';
import { OriginQuickStep } from '../features/origin/origin-quick-step.js';
import { OriginBomStep } from '../features/origin/origin-bom-step.js';
import { ShipmentStep } from '../features/shipment/shipment-step.js';
import { FirmStep } from '../features/firm/firm-step.js';
import { CheckAnswersStep } from '../features/check-answers/check-answers-step.js';

const VIEWS: Record<StepId, ComponentType> = {
  product: ProductStep,
  destination: DestinationStep,
  line: LineStep,
  'origin-method': OriginMethodStep,
  'origin-quick': OriginQuickStep,
  'origin-bom': OriginBomStep,
  shipment: ShipmentStep,
  firm: FirmStep,
  'check-answers': CheckAnswersStep,
};

/** /check/:step — renders the step, or sends the user to the first step still to answer. */
export function StepRoute() {
  const { step = '' } = useParams();
  const { answers, ready } = useWizard();
  if (!ready) return null;
  if (!isStepId(step) || !canVisit(answers, step)) {
    return <Navigate to={stepPath(firstIncomplete(answers) ?? 'check-answers')} replace />;
  }
  const View = VIEWS[step];
  return <View key={step} />;
}
