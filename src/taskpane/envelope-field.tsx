import { Field, Input } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import { type Cents, formatMoney, type Lang, parseAmountText } from '../domain';
import type { Translate } from './text';

export interface EnvelopeFieldProps {
  readonly value: Cents | undefined;
  readonly lang: Lang;
  readonly t: Translate;
  readonly label: string;
  readonly hint: string;
  readonly onChange: (cents: Cents | undefined) => void;
}

/** An amount typed as officers write it ("500 000", "500.000 €"), read by the core's rules; never guessed. */
export function EnvelopeField({ value, lang, t, label, hint, onChange }: EnvelopeFieldProps) {
  const id = useId();
  const shown = value === undefined ? '' : formatMoney(value, 'fr');
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(shown);
    setInvalid(false);
  }, [shown]);

  const commit = () => {
    if (text.trim() === '') {
      setInvalid(false);
      if (value !== undefined) onChange(undefined);
      return;
    }
    const amount = parseAmountText(text);
    if (amount === null || amount.negative || amount.cents === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (amount.cents !== value) onChange(amount.cents);
  };

  return (
    <Field label={label} hint={invalid ? undefined : hint} validationState={invalid ? 'error' : 'none'} validationMessage={invalid ? t('envelopeInvalid', { text }) : undefined}>
      <Input
        id={id}
        value={text}
        inputMode="decimal"
        lang={lang}
        onChange={(_, data) => setText(data.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </Field>
  );
}
