import { useTranslation } from 'react-i18next';

/** The wizard's steps, in order. */
export const WIZARD_STEPS = ['file', 'mapping', 'preview', 'save'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** Where the user is in the wizard: the steps with the current one marked. */
export function WizardSteps({ current }: { current: WizardStep }) {
  const { t } = useTranslation();
  const at = WIZARD_STEPS.indexOf(current);
  return (
    <ol className="data-steps">
      {WIZARD_STEPS.map((step, index) => (
        <li
          key={step}
          aria-current={step === current ? 'step' : undefined}
          className={index < at ? 'data-step-done' : undefined}
        >
          {t(`data.wizard.steps.${step}`)}
        </li>
      ))}
    </ol>
  );
}
