import { makeStyles, tokens } from '@fluentui/react-components';

/** The convention review's styles, shared by its two steps: the text given, then its parameters reviewed. */
export const useReviewStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyle: 'none' },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  pending: { borderInlineStartWidth: '3px', borderInlineStartStyle: 'solid', borderInlineStartColor: tokens.colorPaletteMarigoldBorderActive, paddingInlineStart: tokens.spacingHorizontalS },
  label: { fontWeight: tokens.fontWeightSemibold },
  sentence: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});
