import { useT } from "../../lib/i18n/index.tsx";
import { scoreLabelKeys } from "../pathways/labels.ts";
import { type CriterionScore, criterionScores } from "../pathways/types.ts";

interface ScoreToggleProps {
  /** Shared by the three radio buttons: one group per criterion. */
  name: string;
  /** The element naming the criterion (its code and wording). */
  labelledBy: string;
  value: CriterionScore | null;
  onChange: (score: CriterionScore) => void;
  isReadOnly: boolean;
}

/**
 * Acquis / Partiellement / Non acquis as three large buttons (at least 48 px high, a third of the row
 * wide) for a finger on a tablet. Underneath they are native radio buttons: one tab stop per
 * criterion, arrow keys to change, read as a radio group.
 */
export function ScoreToggle({ name, labelledBy, value, onChange, isReadOnly }: ScoreToggleProps) {
  const t = useT();
  return (
    <div role="radiogroup" aria-labelledby={labelledBy} className="score-options">
      {criterionScores.map((score) => {
        const isChecked = value === score;
        return (
          <label
            key={score}
            className="score-option"
            data-score={score}
            data-checked={isChecked || undefined}
            data-disabled={isReadOnly || undefined}
          >
            <input
              type="radio"
              name={name}
              value={score}
              checked={isChecked}
              disabled={isReadOnly}
              onChange={() => onChange(score)}
            />
            <span aria-hidden="true" className="score-option-mark">
              {isChecked ? "✓" : ""}
            </span>
            {t(scoreLabelKeys[score])}
          </label>
        );
      })}
    </div>
  );
}
