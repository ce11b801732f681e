/**
 * Enter on a checkbox or radio button toggles it, as Space does, and never submits the form it is
 * in (browsers treat Enter in any form input as "submit": the whole case form was saved when a
 * clerk pressed Enter on 涉外 or a confirmation box). Installed once, on the document.
 */
export function enterTogglesCheckboxes(e: KeyboardEvent): void {
  if (e.key !== 'Enter' || e.isComposing) return;
  const target = e.target;
  if (!(target instanceof HTMLInputElement)) return;
  if (target.type !== 'checkbox' && target.type !== 'radio') return;
  e.preventDefault();
  if (!target.disabled) target.click();
}

/**
 * Tab after a choice in a select moves on to the next field: the select's clear button (a real
 * <button> inside the select since rc-select 1.x) is taken out of the Tab order just before the
 * browser moves the focus, so it is not a stop of its own (where Enter would clear the choice).
 * It stays a click target.
 */
export function tabSkipsSelectClear(e: KeyboardEvent): void {
  if (e.key !== 'Tab') return;
  const doc = (e.target as Node | null)?.ownerDocument ?? document;
  doc.querySelectorAll<HTMLButtonElement>('button.ant-select-clear:not([tabindex])').forEach((b) => {
    b.tabIndex = -1;
  });
}

function onKeyDown(e: KeyboardEvent): void {
  enterTogglesCheckboxes(e);
  tabSkipsSelectClear(e);
}

export function installKeyboardRules(doc: Document = document): () => void {
  doc.addEventListener('keydown', onKeyDown, true);
  return () => doc.removeEventListener('keydown', onKeyDown, true);
}
