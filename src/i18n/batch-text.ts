import { reportText } from './report-text';
import { catalogue } from './catalogue';
import { BATCH_EN } from './en/batch';
import { BATCH_FR } from './fr/batch';

/** What `check` prints for several workbooks at once: one line per workbook, then a total (its counts are the report's). */
export const batchText = {
  budgetOne: reportText.budgetOne,
  budgetMany: reportText.budgetMany,
  errorOne: reportText.errorOne,
  errorMany: reportText.errorMany,
  warningOne: reportText.warningOne,
  warningMany: reportText.warningMany,
  ...catalogue({ fr: BATCH_FR, en: BATCH_EN }),
};
