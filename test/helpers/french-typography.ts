/**
 * French typography problems in a text: French wants a no-break space (U+00A0, or the narrow U+202F)
 * before « : », « ; », « ! », « ? » and « % » and inside « »; an ordinary space there lets a line
 * start with the mark.
 */
export function typographyProblems(text: string): string[] {
  const problems: string[] = [];
  const around = (index: number) => JSON.stringify(text.slice(Math.max(0, index - 25), index + 25));
  for (const match of text.matchAll(/ [:;!?%]/g)) problems.push(`ordinary space before « ${match[0].trim()} » in ${around(match.index)}`);
  for (const match of text.matchAll(/« | »/g)) problems.push(`ordinary space inside « » in ${around(match.index)}`);
  // Prose punctuation is followed by a space, a closing bracket or the end; "Feuille1!A1", "A1:B2",
  // "10:30", "#REF!" and JSON's "key": are not prose.
  for (const match of text.matchAll(/(?<!#[\p{L}\p{N}/]*)[^\s\u00a0\u202f"]([:;!?])(?=[\s)\]»,.]|$)/gu)) problems.push(`no space before « ${match[1]} » in ${around(match.index)}`);
  for (const match of text.matchAll(/«(?![\s\u00a0\u202f])|(?<![\s\u00a0\u202f])»/g)) problems.push(`no space inside « » in ${around(match.index)}`);
  for (const match of text.matchAll(/\d%/g)) problems.push(`no space before « % » in ${around(match.index)}`);
  return problems;
}
