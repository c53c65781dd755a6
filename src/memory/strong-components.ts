/**
 * The strongly connected components of a directed graph (Tarjan's algorithm, with a stack of its
 * own: a chain of 10 000 formulas is no deep recursion), each emitted after every component it
 * leads to. A component of several nodes, or of one that leads to itself, is a circle.
 */
export function strongComponents<T>(nodes: Iterable<T>, next: (node: T) => readonly T[]): T[][] {
  const index = new Map<T, number>();
  const low = new Map<T, number>();
  const stack: T[] = [];
  const onStack = new Set<T>();
  const components: T[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: Array<{ node: T; successors: readonly T[]; at: number }> = [];
    const open = (node: T) => {
      index.set(node, counter);
      low.set(node, counter);
      counter++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, successors: next(node), at: 0 });
    };
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as (typeof work)[number];
      if (frame.at < frame.successors.length) {
        const successor = frame.successors[frame.at++] as T;
        if (!index.has(successor)) open(successor);
        else if (onStack.has(successor)) low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(successor) as number));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: T[] = [];
      let member: T;
      do {
        member = stack.pop() as T;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      components.push(component);
    }
  }
  return components;
}

/** Whether a component is a circle: several nodes, or one that leads to itself. */
export function isCircle<T>(component: readonly T[], next: (node: T) => readonly T[]): boolean {
  const [first] = component;
  return component.length > 1 || (first !== undefined && next(first).includes(first));
}
