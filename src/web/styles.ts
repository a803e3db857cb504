/**
 * The form's stylesheet, adopted by each shadow root (a constructed
 * stylesheet, so a page whose Content-Security-Policy forbids inline styles
 * still styles it). Every colour, the font and the radius come from a custom
 * property a host can set on the element or any ancestor; every pair of
 * defaults meets WCAG AA (4.5:1) for text.
 */
export const INTAKE_FORM_CSS = `
:host {
  display: block;
  --_ink: var(--intake-ink, #1b1b1f);
  --_muted: var(--intake-muted, #4a4a55);
  --_paper: var(--intake-paper, #ffffff);
  --_wash: var(--intake-wash, #f3f4f7);
  --_line: var(--intake-line, #8a8a96);
  --_brand: var(--intake-brand, #1d4f91);
  --_brand-dark: var(--intake-brand-dark, #123563);
  --_focus: var(--intake-focus, #f2b705);
  --_error: var(--intake-error, #b3261e);
  --_crisis: var(--intake-crisis, #7a1010);
  --_crisis-wash: var(--intake-crisis-wash, #fdeceb);
  --_radius: var(--intake-radius, 0.35rem);
  font-family: var(--intake-font, inherit);
  line-height: 1.5;
  color: var(--_ink);
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
:focus-visible { outline: 3px solid var(--_ink); outline-offset: 2px; box-shadow: 0 0 0 6px var(--_focus); }
input:not([type='radio'], [type='checkbox']):focus, textarea:focus { outline: 3px solid var(--_ink); outline-offset: 2px; box-shadow: 0 0 0 6px var(--_focus); }
[tabindex='-1']:focus { outline: none; box-shadow: none; }
[tabindex='-1']:focus-visible { outline: 3px solid var(--_ink); box-shadow: 0 0 0 6px var(--_focus); }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
.progress { display: grid; grid-template-columns: 1fr auto; align-items: center; gap: 0.25rem 1rem; margin-bottom: 1rem; }
.progress-text { margin: 0; font-weight: 600; }
.answered { margin: 0; color: var(--_muted); font-size: 0.9rem; }
.progress progress { grid-column: 1 / -1; grid-row: 2; width: 100%; height: 0.75rem; accent-color: var(--_brand); }
.notice:empty { display: none; }
.notice { background: var(--_wash); border-left: 4px solid var(--_brand); padding: 0.5rem 0.75rem; margin: 0 0 1rem; }
h2 { font-size: 1.4rem; margin: 0.25rem 0 0.5rem; line-height: 1.3; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
.section-description, .instrument { color: var(--_muted); }
.instrument { font-size: 0.9rem; }
.item { border: 0; padding: 0; margin: 1.5rem 0; min-width: 0; }
.item[hidden], .option[hidden] { display: none; }
.question { font-weight: 600; padding: 0; margin-bottom: 0.5rem; }
.required { font-weight: 400; color: var(--_muted); }
.help { color: var(--_muted); margin: 0 0 0.5rem; }
.option { display: flex; align-items: flex-start; gap: 0.6rem; padding: 0.35rem 0.5rem; border-radius: var(--_radius); }
.option:hover { background: var(--_wash); }
.option input { width: 1.35rem; height: 1.35rem; margin: 0.15rem 0 0; flex: none; accent-color: var(--_brand); }
.option label { flex: 1; cursor: pointer; }
.option.decline { margin-top: 0.35rem; border-top: 1px dashed var(--_line); border-radius: 0; padding-top: 0.6rem; }
.field { display: flex; align-items: center; gap: 0.5rem; margin-bottom: 0.25rem; }
.field input, .field textarea { font: inherit; color: inherit; padding: 0.45rem 0.6rem; border: 2px solid var(--_ink); border-radius: 0.25rem; background: var(--_paper); }
.field textarea, .field input[type='text'] { width: 100%; }
.field input.number { width: 7rem; }
.field input:disabled { background: var(--_wash); border-color: var(--_line); }
.has-error { border-left: 4px solid var(--_error); padding-left: 0.85rem; }
.error { color: var(--_error); font-weight: 700; margin: 0 0 0.5rem; }
[aria-invalid='true'] { border-color: var(--_error) !important; }
.error-summary { border: 3px solid var(--_error); padding: 0.75rem 1rem; margin: 1rem 0; }
.error-summary h3 { margin-top: 0; }
.error-summary a { color: var(--_error); font-weight: 600; }
.navigation { display: flex; gap: 1rem; justify-content: space-between; margin-top: 2rem; flex-wrap: wrap; }
.navigation .primary:only-child { margin-left: auto; }
button { font: inherit; cursor: pointer; border-radius: var(--_radius); padding: 0.6rem 1.4rem; min-height: 2.75rem; }
button.primary { background: var(--_brand); color: #fff; border: 2px solid var(--_brand); font-weight: 600; }
button.primary:hover { background: var(--_brand-dark); }
button.secondary { background: var(--_paper); color: var(--_brand-dark); border: 2px solid var(--_brand-dark); }
.crisis { border: 4px solid var(--_crisis); background: var(--_crisis-wash); border-radius: 0.5rem; padding: 1rem 1.25rem; }
.crisis h2 { color: var(--_crisis); }
.crisis .resources { font-weight: 600; font-size: 1.1rem; }
.crisis:focus { outline: 3px solid var(--_ink); box-shadow: 0 0 0 6px var(--_focus); }
.review-section h3 { border-bottom: 1px solid var(--_line); padding-bottom: 0.25rem; }
.review-row { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; padding: 0.4rem 0; border-bottom: 1px solid var(--_wash); }
.review-row dt { color: var(--_muted); }
.review-row dd { margin: 0; font-weight: 600; }
.review-row dd.unanswered { font-weight: 400; font-style: italic; color: var(--_muted); }
.crisis-note { border-left: 4px solid var(--_crisis); background: var(--_crisis-wash); padding: 0.25rem 1rem; }
@media print { .progress, .navigation { display: none; } }
`;
