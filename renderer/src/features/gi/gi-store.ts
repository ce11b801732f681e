/** GI screens' view state: which view is open (the list filters live in the views themselves). */
import { create } from 'zustand';

export type GiView =
  | { kind: 'catalogue' }
  | { kind: 'attention' }
  | { kind: 'users'; giId: string }
  | { kind: 'user'; id: string }
  | { kind: 'newUser'; giId: string }
  | { kind: 'editUser'; id: string };

interface GiState {
  view: GiView;
  /** Where "back" goes from a user's detail: the GI's list or the attention list. */
  back: GiView;
  show(view: GiView): void;
}

export const useGiStore = create<GiState>((set) => ({
  view: { kind: 'catalogue' },
  back: { kind: 'catalogue' },
  show(view) {
    set((s) => ({ view, back: view.kind === 'users' || view.kind === 'attention' || view.kind === 'catalogue' ? view : s.back }));
  },
}));
