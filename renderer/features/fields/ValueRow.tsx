import { memo, useEffect, useRef, type MouseEvent } from 'react';
import type { FieldValuePayload } from '../../../shared/contract/domain';
import { setStateCommand } from '../editing/value-commands';
import type { FieldInfo } from './field-info';
import { useFieldsStore } from './fields-store';
import { FocusedTools } from './FocusedTools';
import { formatValue } from './format-value';
import { performQuietly as perform } from './perform-quietly';
import type { RowText } from './row-text';
import { ValueEditor } from './ValueEditor';
import { useValueEditorStore } from './value-editor-store';
import { ValueMeta } from './ValueMeta';
import { ValueThreadsMarker } from './ValueThreadsMarker';
import { StructuredValueEditor } from './StructuredValueEditor';
import { structuredKindOf } from '../../../shared/values/structured-value';
import classes from './FieldsPanel.module.css';

/**
 * One value: its normalised form, what the text says, where it came from and how sure, its
 * state; the focused one also shows its tools. Rows stay light (no tooltips, titles instead), so
 * an article with a thousand values renders fast.
 */
export const ValueRow = memo(function ValueRow({
  articleId,
  value,
  field,
  focused,
  editing,
  siblings,
  text,
}: {
  articleId: number;
  value: FieldValuePayload;
  field: FieldInfo;
  focused: boolean;
  editing: boolean;
  siblings: readonly number[];
  text: RowText;
}) {
  const focus = useFieldsStore((s) => s.focus);
  const shown = formatValue(field.type, value.value, text.locale);
  const row = useRef<HTMLDivElement>(null);
  // However a value gets focused (a click in the text, n/p, a new value, undo), its row shows.
  useEffect(() => {
    if (focused) row.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  const toggle = (event: MouseEvent, state: 'accepted' | 'rejected') => {
    event.stopPropagation();
    decide(articleId, value, state, editing);
  };
  return (
    <div
      ref={row}
      className={classes.value}
      data-focused={focused || undefined}
      data-state={value.state}
      data-value-id={value.id}
      data-origin={value.origin}
      onClick={() => focus(focused ? null : value.id)}
    >
      {/* Plain elements, not Mantine components: a thousand rows must render in milliseconds. */}
      <div className={classes.line}>
        <button
          type="button"
          className={classes.valueButton}
          aria-label={`${field.label}: ${shown}`}
          aria-pressed={focused}
        >
          <p className={classes.valueText} data-testid="value-text">
            {shown}
          </p>
        </button>
        <ValueThreadsMarker valueId={value.id} />
        <StateButton
          color="green"
          active={value.state === 'accepted'}
          label={text.accept}
          mark="✓"
          onClick={(event) => toggle(event, 'accepted')}
        />
        <StateButton
          color="red"
          active={value.state === 'rejected'}
          label={text.reject}
          mark="✕"
          onClick={(event) => toggle(event, 'rejected')}
        />
      </div>
      {editing ? (
        structuredKindOf(field.type, value.value) ? (
          <StructuredValueEditor articleId={articleId} value={value} field={field} />
        ) : (
          <ValueEditor articleId={articleId} value={value} field={field} />
        )
      ) : (
        <ValueMeta value={value} text={text} />
      )}
      {focused && !editing && (
        <FocusedTools articleId={articleId} value={value} field={field} siblings={siblings} />
      )}
    </div>
  );
});

/**
 * ✓ or ✕: sets the state, or takes it back to suggested when pressed again. A decision ends the
 * value's open edit: the box kept its text (and a refusal) for a value decided on meanwhile.
 */
function decide(
  articleId: number,
  value: FieldValuePayload,
  state: 'accepted' | 'rejected',
  editing: boolean,
): void {
  if (editing) useValueEditorStore.getState().stopEditing();
  perform(setStateCommand(articleId, value.id, value.state === state ? 'suggested' : state));
}

/** Accept (green) or reject (red): pressed again, it takes the value back to suggested. */
function StateButton({
  color,
  active,
  label,
  mark,
  onClick,
}: {
  color: 'green' | 'red';
  active: boolean;
  label: string;
  mark: string;
  onClick: (event: MouseEvent) => void;
}) {
  return (
    <button
      type="button"
      className={classes.icon}
      data-color={color}
      data-active={active || undefined}
      aria-label={label}
      title={label}
      onClick={onClick}
    >
      {mark}
    </button>
  );
}
