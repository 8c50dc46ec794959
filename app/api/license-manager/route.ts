import { licenseManager, updateLicenseManager } from '@/lib/features/license-manager/server';

export const GET = licenseManager.handle;
export const POST = updateLicenseManager.handle;
