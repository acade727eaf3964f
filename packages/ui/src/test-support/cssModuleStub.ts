// Stands in for CSS modules under Jest: every class name is the key itself, so components render as usual.
const classNames: Record<string, string> = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? key : undefined) });
export default classNames;
