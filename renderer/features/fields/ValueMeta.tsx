import type { FieldValuePayload } from '../../../shared/contract/domain';
import { LEARNED_EXTRACTOR } from '../../../shared/extraction/learned/learned-entry';
import { LearnedEvidence } from '../learning/LearnedEvidence';
import type { RowText } from './row-text';
import classes from './FieldsPanel.module.css';

/** Under a value: its state, origin, confidence, the raw text, and the rule that found it. */
export function ValueMeta({ value, text }: { value: FieldValuePayload; text: RowText }) {
  return (
    <div className={classes.meta}>
      <span className={classes.state} data-value-state={value.state}>
        {text.states[value.state]}
      </span>
      <span data-testid="value-origin">{text.origins[value.origin]}</span>
      {value.confidence !== null && (
        <span title={text.confidence}>{Math.round(value.confidence * 100)}%</span>
      )}
      <span className={classes.raw} title={text.raw}>
        “{value.raw}”
      </span>
      {value.spans.length === 0 && (
        <span className={classes.noProvenance} data-testid="no-provenance">
          {text.noProvenance}
        </span>
      )}
      {value.extractor && <span>{value.extractor}</span>}
      {value.extractor === LEARNED_EXTRACTOR && <LearnedEvidence valueId={value.id} />}
    </div>
  );
}
