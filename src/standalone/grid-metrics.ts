/** The grid's measures, in pixels and rows. */
export const ROW_HEIGHT = 28;
export const ROW_HEADER_WIDTH = 48;
export const COLUMN_WIDTH = 120;
/** Rows drawn beyond the visible ones, so that scrolling never shows a gap. */
export const OVERSCAN = 8;
export const MIN_ROWS = 40;
export const MIN_COLUMNS = 10;
export const PAGE_ROWS = 20;
/** A budget's header row is kept in view when it sits this high on its sheet (below, it would hide the budget). */
export const MAX_FROZEN = 10;
