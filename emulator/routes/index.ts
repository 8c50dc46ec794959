import type { Route } from '../router';
import { kubernetesAdminRoutes } from './kubernetes-admin';
import { licenseFileRoutes } from './license-files';
import { licenseOperationRoutes } from './license-operations';
import { memberLicensingRoutes } from './member-licensing';
import { oauthRoutes } from './oauth';
import { portalAdminRoutes } from './portal-admin';
import { serverAdminRoutes } from './server-admin';
import { sharingRoutes } from './sharing';

/** Every operation the emulator serves; a new operation is a new entry in one of these modules. */
export const routes: Route[] = [
  ...sharingRoutes,
  ...oauthRoutes,
  ...memberLicensingRoutes,
  ...portalAdminRoutes,
  ...kubernetesAdminRoutes,
  ...licenseOperationRoutes,
  ...licenseFileRoutes,
  ...serverAdminRoutes,
];
