/**
 * jest's asymmetric matchers, typed as what they are: @types/jest gives them `any`, which the
 * type-checked lint refuses inside an expected object.
 */
export const stringContaining = (text: string) => expect.stringContaining(text) as jest.AsymmetricMatcher;
export const objectContaining = (sample: object) => expect.objectContaining(sample) as jest.AsymmetricMatcher;

/**
 * What `act` throws, to compare with toMatchObject (an office.js error's code): @types/jest does not
 * let toThrow take a matcher. Throwing nothing fails the test.
 */
export function thrownBy(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('Expected a throw; nothing was thrown.');
}
