/** The app's sections, in menu order. Only sections that work are listed. */
export type Section = 'home' | 'plans' | 'cases' | 'actions' | 'gi' | 'reports' | 'exchange' | 'changes' | 'reference' | 'settings';
export const SECTIONS: Section[] = ['home', 'plans', 'cases', 'actions', 'gi', 'reports', 'exchange', 'changes', 'reference', 'settings'];
