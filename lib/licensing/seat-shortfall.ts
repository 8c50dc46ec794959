import { formatCount } from '../view/dates';

// One cross-check, wherever seats change (a license file's import, its later steps, the
// organization's scheduled changes): do the seats cover the members who hold the entitlement today?
// Members keep what they hold when seats fall short, so the admin has to move them first.

/** Seats against the members who hold them, and how many members are over. */
export interface SeatShortfall {
  seats: number;
  used: number;
  /** used − seats, always above 0. */
  over: number;
}

/**
 * The shortfall when `seats` leaves fewer than the `used` members today; undefined when they fit
 * or when either number is unknown (the portal did not report it).
 */
export function seatShortfall(seats: number | undefined, used: number | undefined): SeatShortfall | undefined {
  if (seats === undefined || used === undefined || used <= seats) return undefined;
  return { seats, used, over: used - seats };
}

/** "1 member" / "25 members". */
export function membersText(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'member' : 'members'}`;
}

/** "1 seat" / "20 seats". */
export function seatsText(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'seat' : 'seats'}`;
}
