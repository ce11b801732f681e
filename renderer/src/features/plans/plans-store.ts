/** Work-plan screens' view state: which tab or plan is open. */
import { create } from 'zustand';

export type PlansView = { kind: 'main'; tab: 'tasks' | 'indicators' } | { kind: 'plan'; id: string; tab: 'tasks' | 'matrix' | 'text' };

interface PlansState {
  view: PlansView;
  show(view: PlansView): void;
}

export const usePlansStore = create<PlansState>((set) => ({
  view: { kind: 'main', tab: 'tasks' },
  show(view) {
    set({ view });
  },
}));
