import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { type KeyboardEvent, useRef } from 'react';

/**
 * The pane's tabs, after the WAI-ARIA tabs pattern (roving tab stop, arrow keys, Home and End,
 * automatic activation) and styled like Fluent's. Fluent's TabList would add some 8 KB gzipped to
 * the pane's first load: more than its keyboard handling is worth here.
 */

const useStyles = makeStyles({
  list: { display: 'flex', gap: tokens.spacingHorizontalXS },
  tab: {
    position: 'relative',
    border: 'none',
    background: 'none',
    cursor: 'pointer',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::after': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalM,
      right: tokens.spacingHorizontalM,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

export interface ScreenTab<T extends string> {
  readonly value: T;
  readonly label: string;
}

export interface ScreenTabsProps<T extends string> {
  readonly tabs: readonly ScreenTab<T>[];
  readonly selected: T;
  readonly label: string;
  readonly onSelect: (value: T) => void;
  /** The id of the panel the selected tab shows. */
  readonly panelId: string;
  /** Tabs are given ids `${idPrefix}-${index}`: values may hold spaces, ids may not. */
  readonly idPrefix: string;
}

export function tabId(idPrefix: string, index: number): string {
  return `${idPrefix}-${index}`;
}

export function ScreenTabs<T extends string>({ tabs, selected, label, onSelect, panelId, idPrefix }: ScreenTabsProps<T>) {
  const styles = useStyles();
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = tabs[target];
    if (!tab) return;
    onSelect(tab.value);
    buttons.current[target]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {tabs.map((tab, index) => {
        const isSelected = tab.value === selected;
        return (
          <button
            key={tab.value}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="tab"
            id={tabId(idPrefix, index)}
            aria-selected={isSelected}
            aria-controls={isSelected ? panelId : undefined}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(tab.value)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
