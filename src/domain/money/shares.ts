import type { Cents } from './money';

export interface Funding {
  readonly cost: Cents | null;
  readonly state: Cents | null;
  readonly department: Cents | null;
  readonly other: Cents | null;
}

/** Each financer's part of the total cost, as a fraction (0.5); null without a cost, or for a cost of 0. */
export interface Shares {
  readonly state: number | null;
  readonly department: number | null;
  readonly other: number | null;
}

export function sharesOf(funding: Funding): Shares {
  const { cost } = funding;
  const part = (amount: Cents | null) => (cost === null || cost === 0 || amount === null ? null : amount / cost);
  return { state: part(funding.state), department: part(funding.department), other: part(funding.other) };
}
