import { useId } from "react";

export type RadioOption = { id: string; label: string; hint?: string | undefined; lang?: string | undefined; disabled?: boolean };

type Props = {
  name: string;
  options: readonly RadioOption[];
  value: string | null;
  onChange: (optionId: string) => void;
  /** id of an error message that every radio should point to. */
  errorId?: string | undefined;
};

/**
 * Native radio inputs, one row each: the browser gives arrow-key movement, the checked
 * state and the group name to assistive technology. Each row is a large target.
 */
export function RadioOptions({ name, options, value, onChange, errorId }: Props) {
  const prefix = useId();
  return (
    <div className="radios">
      {options.map((option) => {
        const inputId = `${prefix}-${option.id}`;
        const hintId = option.hint === undefined ? undefined : `${inputId}-hint`;
        const describedBy = [hintId, errorId].filter((id) => id !== undefined).join(" ") || undefined;
        return (
          <div className="radios__item" key={option.id}>
            <input
              className="radios__input"
              type="radio"
              id={inputId}
              name={name}
              value={option.id}
              checked={value === option.id}
              disabled={option.disabled === true}
              aria-describedby={describedBy}
              onChange={() => onChange(option.id)}
            />
            <label className="radios__label" htmlFor={inputId} lang={option.lang}>
              {option.label}
            </label>
            {option.hint !== undefined && (
              <p className="radios__hint" id={hintId}>
                {option.hint}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
