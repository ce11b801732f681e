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

export function installKeyboardRules(doc: Document = document): () => void {
  doc.addEventListener('keydown', enterTogglesCheckboxes, true);
  return () => doc.removeEventListener('keydown', enterTogglesCheckboxes, true);
}
