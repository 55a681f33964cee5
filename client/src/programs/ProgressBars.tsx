import { CATEGORY_COLORS, type ProgramStatus } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { useProgramFormat } from './use-program-format.ts';

/** Props of {@link ProgressBars}. */
export interface ProgressBarsProps {
  physical: number;
  financial: number;
  /** Colours the bars like the status. */
  status: ProgramStatus;
}

/** Physical and financial progress as two labelled bars (`role="progressbar"`). */
export function ProgressBars({ physical, financial, status }: ProgressBarsProps) {
  const { t } = useTranslation();
  return (
    <div className="progress-bars">
      <ProgressBar label={t('programs.progress.physical')} value={physical} status={status} />
      <ProgressBar label={t('programs.progress.financial')} value={financial} status={status} />
    </div>
  );
}

function ProgressBar({
  label,
  value,
  status,
}: {
  label: string;
  value: number;
  status: ProgramStatus;
}) {
  const format = useProgramFormat();
  const text = format.percent(value);
  return (
    <div className="progress">
      <div className="progress-label">
        <span>{label}</span>
        <span className="progress-value">{text}</span>
      </div>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={text}
      >
        <div
          className="progress-fill"
          style={{
            width: `${String(Math.min(100, Math.max(0, value)))}%`,
            background: CATEGORY_COLORS.programStatus[status],
          }}
        />
      </div>
    </div>
  );
}
