/** The work-plan screens in the route (state/route.ts): the main tabs, or one plan with its tab. */
import { routeOf, useRoute, type PlansScreen } from '../../state/route';

export function showPlans(screen: PlansScreen): void {
  useRoute.getState().navigate(routeOf('plans', screen));
}
