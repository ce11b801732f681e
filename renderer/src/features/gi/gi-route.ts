/** The GI screens in the route (state/route.ts): catalogue, attention list, a GI's users (filters kept there), a user, the user form. */
import { routeOf, useRoute, type GiListScreen, type GiScreen } from '../../state/route';

export function showGi(screen: GiScreen): void {
  useRoute.getState().navigate(routeOf('gi', screen));
}

/** A GI's user list: as last shown (with its filters) if that was this GI's, else unfiltered. */
export function usersOf(list: GiListScreen, giId: string): GiListScreen {
  return list.view === 'users' && list.params.giId === giId ? list : { view: 'users', params: { giId } };
}

/** Where a user's detail goes back to: the attention list if it was opened from there, else the user's GI's list. */
export function userBack(list: GiListScreen, giId: string): GiListScreen {
  return list.view === 'attention' ? list : usersOf(list, giId);
}

export function showUser(id: string): void {
  showGi({ view: 'user', params: { id } });
}
