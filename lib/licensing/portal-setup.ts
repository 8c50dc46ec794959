// What a base portal is waiting for before its licensing is complete, from the flags of the
// Portal Administrator root (GET <portal>/portaladmin): after an upgrade or a new install the portal
// keeps working in a limited way until a license file is imported or its license populated.

/** The /portaladmin root's licensing flags; a flag the portal did not send is undefined. */
export interface PortalSetupFlags {
  isPostUpgrade?: boolean;
  isLicenseFileRequired?: boolean;
  isLicensePopulated?: boolean;
  isPortalLicensed?: boolean;
}

/** One sentence per thing the portal waits for, in the order an admin would fix them; empty when nothing. */
export function portalWaitingFor(flags: PortalSetupFlags): string[] {
  const waits: string[] = [];
  if (flags.isPortalLicensed === false) {
    waits.push('The portal reports that it is not licensed: import the organization license file from My Esri.');
  }
  if (flags.isLicenseFileRequired === true) {
    waits.push('The portal requires a new license file before its user types can be assigned: import it on Import license.');
  }
  if (flags.isLicensePopulated === false) {
    waits.push(
      flags.isPostUpgrade === true
        ? 'The portal was upgraded and its license has not been applied yet: import the new license file, or use Populate license on Import license.'
        : 'The portal’s license has not been applied yet: use Populate license, or import a license file, on Import license.',
    );
  }
  return waits;
}
