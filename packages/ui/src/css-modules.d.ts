// What Vite (and the portals' jest stubs) make of an imported CSS module: its class names.
declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}
