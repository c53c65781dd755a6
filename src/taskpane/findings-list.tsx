import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Warning16Filled } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Finding, Lang } from '../domain';
import { findingText } from '../i18n/finding-text';
import type { Translate } from './text';

const SHOWN_AT_FIRST = 100;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { display: 'flex' },
  finding: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    width: '100%',
    minHeight: 'auto',
    paddingBlock: tokens.spacingVerticalXS,
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
  },
  budgetLevel: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  // A cell address or « Budget » never breaks (the pane's overflow-wrap would cut « Budge / t » at 320 px).
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, minWidth: '3.5em', flexShrink: 0, whiteSpace: 'nowrap', overflowWrap: 'normal' },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: '2px' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0, marginTop: '2px' },
});

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  readonly lang: Lang;
  readonly t: Translate;
  readonly onSelect: (finding: Finding) => void;
}

/** The findings of a budget; a click (or Enter) on one selects its cell in the workbook. */
export function FindingsList({ findings, lang, t, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const shown = all ? findings : findings.slice(0, SHOWN_AT_FIRST);
  const icon = (finding: Finding) =>
    finding.severity === 'error' ? <ErrorCircle16Filled className={styles.error} aria-label={t('error')} /> : <Warning16Filled className={styles.warning} aria-label={t('warning')} />;

  return (
    <>
      <ul className={styles.list}>
        {shown.map((finding, index) => (
          <li key={`${finding.rule}:${finding.cell ?? 'budget'}:${index}`} className={styles.item}>
            {finding.cell === null ? (
              <div className={styles.budgetLevel}>
                {icon(finding)}
                <Text className={styles.cell}>{t('budgetLevel')}</Text>
                <Text>{findingText(finding, lang)}</Text>
              </div>
            ) : (
              <Button
                appearance="subtle"
                className={styles.finding}
                icon={icon(finding)}
                aria-label={t('goToCell', { cell: finding.cell, message: findingText(finding, lang) })}
                onClick={() => onSelect(finding)}
              >
                <Text className={styles.cell}>{finding.cell}</Text>
                <Text>{findingText(finding, lang)}</Text>
              </Button>
            )}
          </li>
        ))}
      </ul>
      {!all && findings.length > SHOWN_AT_FIRST && (
        <Button appearance="transparent" onClick={() => setAll(true)}>
          {`+ ${findings.length - SHOWN_AT_FIRST}`}
        </Button>
      )}
    </>
  );
}
