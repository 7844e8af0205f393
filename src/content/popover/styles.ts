/** The popover's styles, scoped to its shadow root; `:host { all: initial }` shields it from the page. */
export const POPOVER_CSS = `
:host {
  all: initial;
  position: fixed !important;
  /* Placed through custom properties: inside a shadow root, these !important rules outrank any inline style. */
  left: var(--lodestone-left, 8px) !important;
  top: var(--lodestone-top, 8px) !important;
  right: auto !important;
  bottom: auto !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  background: transparent !important;
  overflow: visible !important;
  z-index: 2147483647;
  display: block;
}
.card {
  box-sizing: border-box;
  width: min(360px, calc(100vw - 16px));
  max-height: min(420px, var(--lodestone-max-height, calc(100vh - 16px)));
  overflow: auto;
  padding: 12px 14px;
  border-radius: 8px;
  border: 1px solid #c8ccd2;
  background: #fff;
  color: #1b1f24;
  box-shadow: 0 6px 24px rgb(0 0 0 / 18%);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: left;
}
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #5a6270; }
h2 { margin: 2px 0 2px; font-size: 16px; line-height: 1.25; }
h3 { margin: 10px 0 4px; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #5a6270; }
.role { margin: 0; color: #30363d; font-weight: 600; }
.roles { margin: 2px 0 0; }
.roles div { display: flex; gap: 6px; align-items: baseline; }
.roles dt { flex: none; color: #5a6270; font-size: 12px; }
.roles dt::after { content: ":"; }
.roles dd { margin: 0; }
.summary { margin: 8px 0 0; }
ul { margin: 0; padding-left: 16px; }
li { margin: 2px 0; }
.relation, .outlet, .when { color: #5a6270; }
.when { font-size: 12px; white-space: nowrap; }
a { color: #0b5cad; }
.card:focus-visible, a:focus-visible { outline: 2px solid #0b5cad; outline-offset: 2px; }
.hint { margin: 10px 0 0; font-size: 11px; color: #5a6270; }
details { margin: 2px 0 0; }
summary { cursor: pointer; color: #5a6270; font-size: 12px; }
summary:focus-visible { outline: 2px solid #0b5cad; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2328; color: #e6edf3; border-color: #444c56; }
  .role { color: #e6edf3; }
  .kind, h3, .relation, .outlet, .when, .roles dt, .hint, summary { color: #9da7b3; }
  a { color: #6cb6ff; }
}
`;
