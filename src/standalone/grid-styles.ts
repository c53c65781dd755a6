import { makeStyles, tokens } from '@fluentui/react-components';
import { ROW_HEADER_WIDTH, ROW_HEIGHT } from './grid-metrics';

/** The grid's own styles; its status line, tooltip and printed list have theirs. */
export const useGridStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%', position: 'relative', backgroundColor: tokens.colorNeutralBackground1 },
  scroller: { flex: 1, overflow: 'auto', position: 'relative', minHeight: '200px', '@media print': { overflow: 'visible', flex: 'none' } },
  table: { borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200 },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 4, width: `${ROW_HEADER_WIDTH}px`, backgroundColor: tokens.colorNeutralBackground3 },
  columnHeader: {
    boxSizing: 'border-box',
    position: 'sticky',
    top: 0,
    zIndex: 3,
    height: `${ROW_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  rowHeader: {
    boxSizing: 'border-box',
    height: `${ROW_HEIGHT}px`,
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'center',
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Border-box: a row is exactly ROW_HEIGHT high, borders included, so that row n sits at n × ROW_HEIGHT.
  cell: {
    boxSizing: 'border-box',
    height: `${ROW_HEIGHT}px`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'cell',
    ':focus': { outline: 'none' },
    // Paper keeps the marks: browsers drop background colours when printing unless told not to.
    '@media print': { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact', whiteSpace: 'normal', maxWidth: 'none' },
  },
  frozen: { borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  // Excel's red corner on a cell with a note, over any fill.
  noted: { backgroundImage: 'linear-gradient(225deg, #C00000 6px, transparent 6px)', '@media print': { backgroundImage: 'none' } },
  wrapped: { overflow: 'hidden', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', display: '-webkit-box', WebkitBoxOrient: 'vertical', '@media print': { display: 'block', WebkitLineClamp: 'none' } },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  selected: { boxShadow: `inset 0 0 0 2px ${tokens.colorBrandStroke1}`, '@media print': { boxShadow: 'none' } },
  uncomputed: { textDecorationLine: 'underline', textDecorationStyle: 'dotted' },
  editor: { width: '100%', height: '100%', boxSizing: 'border-box', border: 'none', padding: 0, font: 'inherit', outline: 'none', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  tabs: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingInline: tokens.spacingHorizontalS, overflowX: 'auto', '@media print': { display: 'none' } },
});
