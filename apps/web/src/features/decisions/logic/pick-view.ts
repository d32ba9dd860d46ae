/**
 * Which version of a decision the page shows. By default: the draft, for those who may edit it;
 * otherwise the active version (or the draft when nothing is published yet). A version picked in
 * the history is shown read-only — the draft or the active one from the decision itself, any
 * other one loaded on its own.
 */
export type DecisionView =
  | { kind: 'draft' }
  | { kind: 'readOnly'; which: 'active' | 'draft'; isCurrent: boolean }
  | { kind: 'past'; version: number }
  | { kind: 'none' };

interface ViewInput {
  draftVersion: number | null;
  activeVersion: number | null;
  viewing: number | null;
  canUpdate: boolean;
}

/** A version picked in the history, if it is not simply the current view. */
function pickedView({ draftVersion, activeVersion, viewing, canUpdate }: ViewInput & { viewing: number }): DecisionView | null {
  const isEditing = draftVersion !== null && canUpdate;
  if (viewing !== draftVersion && viewing !== activeVersion) return { kind: 'past', version: viewing };
  if (viewing === activeVersion) return { kind: 'readOnly', which: 'active', isCurrent: !isEditing };
  return isEditing ? null : { kind: 'readOnly', which: 'draft', isCurrent: false };
}

export function pickView(input: ViewInput): DecisionView {
  const picked = input.viewing === null ? null : pickedView({ ...input, viewing: input.viewing });
  if (picked) return picked;
  if (input.draftVersion !== null && input.canUpdate) return { kind: 'draft' };
  if (input.activeVersion !== null) return { kind: 'readOnly', which: 'active', isCurrent: true };
  if (input.draftVersion !== null) return { kind: 'readOnly', which: 'draft', isCurrent: true };
  return { kind: 'none' };
}

/** Whether the view shows the draft (to edit or to read) rather than a published version. */
export function showsDraft(view: DecisionView): boolean {
  return view.kind === 'draft' || (view.kind === 'readOnly' && view.which === 'draft');
}

/** Whether the view is what the page shows without a version picked. */
export function isCurrentView(view: DecisionView): boolean {
  return view.kind === 'draft' || (view.kind === 'readOnly' && view.isCurrent);
}

/** The version number a view shows, if any. */
export function shownVersionOf(view: DecisionView, versions: { draftVersion: number | null; activeVersion: number | null }): number | null {
  switch (view.kind) {
    case 'draft': return versions.draftVersion;
    case 'readOnly': return view.which === 'active' ? versions.activeVersion : versions.draftVersion;
    case 'past': return view.version;
    default: return null;
  }
}
