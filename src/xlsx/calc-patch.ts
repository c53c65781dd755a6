import type { Parts } from './package-edit';

/** Sets the workbook to recalculate on opening: a value we wrote changes what formulas show. */
export function recalculateOnLoad(parts: Parts, workbookPart: string): void {
  let xml = parts.text(workbookPart);
  const p = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? '';
  const calc = new RegExp(`<${p}calcPr\\b([^>]*?)(/?)>`).exec(xml);
  if (calc !== null) {
    const attributes = (calc[1] ?? '').replace(/\sfullCalcOnLoad="[^"]*"/, '');
    xml = xml.replace(calc[0], `<${p}calcPr${attributes} fullCalcOnLoad="1"${calc[2]}>`);
  } else {
    const after = new RegExp(`<${p}(?:oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\\b|</${p}workbook>`).exec(xml);
    if (after !== null) xml = `${xml.slice(0, after.index)}<${p}calcPr fullCalcOnLoad="1"/>${xml.slice(after.index)}`;
  }
  parts.set(workbookPart, xml);
  // Excel's calculation chain may name cells that no longer hold a formula: dropped, Excel rebuilds it.
  const chain = parts.rels(workbookPart).list.find((rel) => rel.type === 'calcChain');
  if (chain !== undefined && parts.has(chain.target)) {
    delete parts.files[chain.target];
    const rels = parts.rels(workbookPart);
    parts.set(rels.name, rels.xml.replace(new RegExp(`<(?:\\w+:)?Relationship\\b[^>]*Id="${chain.id}"[^>]*/>`), ''));
    parts.set('[Content_Types].xml', parts.text('[Content_Types].xml').replace(new RegExp(`<Override\\b[^>]*PartName="/${chain.target}"[^>]*/>`), ''));
  }
}
